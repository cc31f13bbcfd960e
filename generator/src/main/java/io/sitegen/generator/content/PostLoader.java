package io.sitegen.generator.content;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.BlogFiles;
import io.sitegen.generator.internal.Fingerprint;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.model.Asset;
import io.sitegen.generator.model.CategoryPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks {@code posts/}: every Markdown file is a post in the category of its folder, every other
 * file is published beside it. Reports the problems of all files at once.
 */
public final class PostLoader {

  public static final String POSTS_DIR = "posts";
  private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

  private final ZoneId zone;
  private final Consumer<String> warn;
  private final Memo<String, Warned<PostSource>> parsed;

  /**
   * @param warn told of front matter keys that look like misspelt known keys
   */
  public PostLoader(ZoneId zone, Consumer<String> warn) {
    this(zone, warn, Memo.none());
  }

  /**
   * @param parsed posts parsed by earlier builds, by {@link PostSource#fingerprint}, reused where
   *     the file's path and text are unchanged; versioned by the time zone
   */
  public PostLoader(ZoneId zone, Consumer<String> warn, Memo<String, Warned<PostSource>> parsed) {
    this.zone = zone;
    this.warn = warn;
    this.parsed = parsed;
  }

  /**
   * Reads every post below {@code sourceDir/posts}.
   *
   * @param includeDrafts keep posts marked {@code draft: true}
   * @param includeFuture keep posts dated after {@code now}
   */
  public LoadedContent load(
      Path sourceDir, boolean includeDrafts, boolean includeFuture, Instant now) {
    Path postsDir = sourceDir.resolve(POSTS_DIR);
    if (!Files.isDirectory(postsDir)) {
      throw new BuildException(
          FrontMatterParser.STAGE,
          Problem.general(
              "no posts/ folder in " + sourceDir,
              "Create posts/<category>/<slug>.md, or point --source (<siteDirectory>) at your blog"));
    }
    List<Path> files = listFiles(sourceDir, postsDir, warn);
    parsed.begin(zone.getId());
    List<PostSource> posts = new ArrayList<>();
    List<Asset> assets = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int drafts = 0;
    int future = 0;
    Optional<Instant> firstFuture = Optional.empty();
    for (Path file : files) {
      Path relative = postsDir.relativize(file);
      Optional<String> control = PostLimits.controlCharacter(relative.toString());
      if (control.isPresent()) {
        problems.add(
            Problem.general(
                PostLimits.shown(sourceDir.relativize(file).toString())
                    + ": the name holds a control character ("
                    + control.get()
                    + ")",
                "Rename the file or folder: the name becomes part of a URL"));
        continue;
      }
      CategoryPath category =
          relative.getParent() == null
              ? CategoryPath.ROOT
              : CategoryPath.parse(relative.getParent().toString().replace('\\', '/'));
      if (!isMarkdown(file) && !isHtmlPost(file)) {
        assets.add(new Asset(file, relative.toString().replace('\\', '/')));
        continue;
      }
      try {
        PostSource post = read(file, sourceDir.relativize(file), category);
        if (post.frontMatter().draft() && !includeDrafts) {
          drafts++;
        } else if (post.frontMatter().date().toInstant().isAfter(now) && !includeFuture) {
          future++;
          Instant due = post.frontMatter().date().toInstant();
          firstFuture = firstFuture.filter(first -> first.isBefore(due)).or(() -> Optional.of(due));
        } else {
          posts.add(post);
        }
      } catch (BuildException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(FrontMatterParser.STAGE, problems);
    }
    if (posts.isEmpty() && drafts == 0 && future == 0) {
      throw new BuildException(
          FrontMatterParser.STAGE,
          Problem.at(
              sourceDir.relativize(postsDir),
              0,
              "has no posts (no .md files, nor .html files with front matter)",
              "Write your first post as posts/<category>/<slug>.md with a title and date in its"
                  + " front matter"));
    }
    return new LoadedContent(
        posts, List.of(), assets, Map.of(), List.of(), drafts, future, firstFuture);
  }

  private PostSource read(Path file, Path shown, CategoryPath category) {
    String text = SourceFiles.readUtf8(FrontMatterParser.STAGE, file, shown);
    String fingerprint = Fingerprint.ofText(shown.toString(), text);
    // Parsed now, its warnings are given as they come: before the problem that may stop it.
    boolean[] now = {false};
    Warned<PostSource> post =
        parsed.get(
            fingerprint,
            () -> {
              now[0] = true;
              return Warned.of(
                  warn, given -> parse(file, shown, category, text, fingerprint, given));
            });
    return now[0] ? post.value() : post.reuse(warn);
  }

  private PostSource parse(
      Path file,
      Path shown,
      CategoryPath category,
      String text,
      String fingerprint,
      Consumer<String> warn) {
    String stem = stem(file.getFileName().toString());
    Optional<ZonedDateTime> fileDate = Optional.empty();
    Optional<String> unrealNameDate = Optional.empty();
    Matcher dated = DATED_NAME.matcher(stem);
    if (dated.matches()) {
      try {
        fileDate = Optional.of(LocalDate.parse(dated.group(1)).atStartOfDay(zone));
        stem = dated.group(2);
      } catch (DateTimeParseException e) {
        // Not a real date (2013-02-31-...): the whole name is the slug, and a missing date says so.
        unrealNameDate = Optional.of(dated.group(1));
      }
    }
    FrontMatterParser.Split split = FrontMatterParser.split(text, shown);
    PostSource.FrontMatter fm =
        new FrontMatterParser(zone, warn).parse(split, shown, fileDate, unrealNameDate);
    if (fm.slug().isEmpty()) {
      FrontMatterParser.slugLength(stem, shown, 0)
          .ifPresent(
              problem -> {
                throw new BuildException(FrontMatterParser.STAGE, problem);
              });
    }
    String finalSlug = fm.slug().orElse(stem);
    return new PostSource(
        shown,
        category,
        Slugs.fromFileName(finalSlug),
        fm,
        split.body(),
        split.bodyLine(),
        !isMarkdown(file),
        fingerprint);
  }

  static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /**
   * An HTML file is a post when it opens with front matter, as imported posts do; any other HTML
   * file beside the posts is published as it is, as before.
   */
  private static boolean isHtmlPost(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".html") && !name.endsWith(".htm")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(4);
      return start.length >= 4
          && start[0] == '-'
          && start[1] == '-'
          && start[2] == '-'
          && (start[3] == '\n' || start[3] == '\r');
    } catch (IOException e) {
      // Unreadable: an asset, whose copy then says why.
      return false;
    }
  }

  static String stem(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Regular files below {@code dir} in a fixed order, skipping hidden and editor temp files. */
  static List<Path> listFiles(Path sourceDir, Path dir, Consumer<String> warn) {
    try {
      return BlogFiles.of(sourceDir).list(dir, SourceFiles::isHidden, warn);
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException(
          FrontMatterParser.STAGE,
          Problem.general("cannot list " + dir + ": " + e.getMessage(), "Check its permissions"),
          e);
    }
  }
}
