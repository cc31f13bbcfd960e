package io.sitegen.generator.content;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.model.Asset;
import io.sitegen.generator.model.CategoryPath;
import java.io.IOException;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks {@code posts/}: every Markdown file is a post in the category of its folder, every other
 * file is published beside it. Reports the problems of all files at once.
 */
public final class PostLoader {

  public static final String POSTS_DIR = "posts";
  private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

  private final ZoneId zone;
  private final FrontMatterParser frontMatter;
  private final PostCache cache;

  /**
   * @param warn told of front matter keys that look like misspelt known keys
   */
  public PostLoader(ZoneId zone, Consumer<String> warn) {
    this(zone, warn, null);
  }

  /**
   * @param cache posts parsed by earlier builds, reused where the file's text is unchanged
   */
  public PostLoader(ZoneId zone, Consumer<String> warn, PostCache cache) {
    this.zone = zone;
    this.frontMatter = new FrontMatterParser(zone, warn);
    this.cache = cache;
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
    List<Path> files = listFiles(postsDir);
    List<PostSource> posts = new ArrayList<>();
    List<Asset> assets = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int drafts = 0;
    int future = 0;
    for (Path file : files) {
      Path relative = postsDir.relativize(file);
      CategoryPath category =
          relative.getParent() == null
              ? CategoryPath.ROOT
              : CategoryPath.parse(relative.getParent().toString().replace('\\', '/'));
      if (!isMarkdown(file)) {
        assets.add(new Asset(file, relative.toString().replace('\\', '/')));
        continue;
      }
      try {
        PostSource post = read(file, sourceDir.relativize(file), category);
        if (post.frontMatter().draft() && !includeDrafts) {
          drafts++;
        } else if (post.frontMatter().date().toInstant().isAfter(now) && !includeFuture) {
          future++;
        } else {
          posts.add(post);
        }
      } catch (BuildException e) {
        problems.addAll(e.problems());
      }
    }
    if (cache != null) {
      cache.retain(Set.copyOf(files));
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
              "has no posts (no .md files)",
              "Write your first post as posts/<category>/<slug>.md with a title and date in its"
                  + " front matter"));
    }
    return new LoadedContent(posts, assets, Map.of(), List.of(), drafts, future);
  }

  private PostSource read(Path file, Path shown, CategoryPath category) {
    String text = SourceFiles.readUtf8(FrontMatterParser.STAGE, file, shown);
    PostSource cached = cache == null ? null : cache.get(file, text);
    if (cached != null) {
      return cached;
    }
    PostSource post = parse(file, shown, category, text);
    if (cache != null) {
      cache.put(file, text, post);
    }
    return post;
  }

  private PostSource parse(Path file, Path shown, CategoryPath category, String text) {
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
    PostSource.FrontMatter fm = frontMatter.parse(split, shown, fileDate, unrealNameDate);
    String finalSlug = fm.slug().orElse(stem);
    return new PostSource(
        shown, category, Slugs.fromFileName(finalSlug), fm, split.body(), split.bodyLine());
  }

  private static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  private static String stem(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Regular files below {@code dir} in a fixed order, skipping hidden and editor temp files. */
  private static List<Path> listFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !SourceFiles.isHidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException(
          FrontMatterParser.STAGE,
          Problem.general("cannot list " + dir + ": " + e.getMessage(), "Check its permissions"),
          e);
    }
  }
}
