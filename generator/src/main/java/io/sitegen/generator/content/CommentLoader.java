package io.sitegen.generator.content;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.BlogFiles;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.internal.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads comments kept as PyBlosxom kept them, one file each: {@code comments/<post path without
 * .md>/<id>.yaml} with {@code author}, {@code date}, {@code body} and optionally {@code url},
 * {@code email} (never published) and {@code parent}. Comments arrive from readers, so a broken
 * comment file is a warning that skips that comment, never a failed build.
 */
public final class CommentLoader {

  public static final String COMMENTS_DIR = "comments";
  private static final String STAGE = "load";

  private final YamlReader yaml = new YamlReader();
  private final ZoneId zone;
  private final Consumer<String> warn;

  public CommentLoader(ZoneId zone, Consumer<String> warn) {
    this.zone = zone;
    this.warn = warn;
  }

  /**
   * The comments on published posts, in path order.
   *
   * @param published the published posts, relative to the blog folder ({@code posts/a/b.md})
   */
  public List<CommentSource> load(Path sourceDir, Set<Path> published) {
    Path dir = sourceDir.resolve(COMMENTS_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<CommentSource> comments = new ArrayList<>();
    for (Path file : list(sourceDir, dir)) {
      Path shown = sourceDir.relativize(file);
      Path folder = dir.relativize(file.getParent());
      Optional<Path> post = postOf(sourceDir, folder);
      if (post.isEmpty()) {
        warn.accept(
            shown.toString().replace('\\', '/')
                + ": no post posts/"
                + folder.toString().replace('\\', '/')
                + ".md for this comment, so it is not published. Move it to the folder named after"
                + " its post");
        continue;
      }
      if (!published.contains(post.get())) {
        continue; // a draft's or future post's comments wait with it
      }
      try {
        comments.add(read(file, shown, post.get()));
      } catch (BuildException e) {
        e.problems().forEach(p -> warn.accept(p.describe() + " (the comment is left out)"));
      }
    }
    return comments;
  }

  private CommentSource read(Path file, Path shown, Path post) {
    String text = SourceFiles.readUtf8(STAGE, file, shown);
    Map<String, Object> raw = yaml.readMap(STAGE, text, shown, 1);
    List<Problem> problems = new ArrayList<>();
    String author = required(raw, "author", text, shown, problems);
    if (author != null) {
      PostLimits.controlCharacter(author)
          .ifPresent(
              c ->
                  problems.add(
                      Problem.at(
                          shown,
                          YamlReader.lineOf(text, "author", 1),
                          "author holds a control character (" + c + ")",
                          "Remove it: it is invisible and not allowed in pages and feeds")));
    }
    String body = required(raw, "body", text, shown, problems);
    String dateText = required(raw, "date", text, shown, problems);
    ZonedDateTime date = null;
    if (dateText != null) {
      date = PostDates.parse(dateText, zone).orElse(null);
      if (date == null) {
        problems.add(
            Problem.at(
                shown,
                YamlReader.lineOf(text, "date", 1),
                "date '" + dateText + "' is not a date",
                "Write it as " + PostDates.ACCEPTED));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(STAGE, problems);
    }
    Optional<String> url =
        Optional.ofNullable(raw.get("url"))
            .map(Object::toString)
            .map(String::strip)
            // An empty optional value (url: '', as Staticman writes it) is no value, not a mistake.
            .filter(u -> !u.isEmpty());
    if (url.isPresent() && !isWebUrl(url.get())) {
      warn.accept(
          shown.toString().replace('\\', '/')
              + ":"
              + YamlReader.lineOf(text, "url", 1)
              + ": url '"
              + url.get()
              + "' is not an http(s) address, so the author's name is shown without a link");
      url = Optional.empty();
    }
    String name = file.getFileName().toString();
    return new CommentSource(
        name.substring(0, name.lastIndexOf('.')),
        shown,
        post,
        author.strip(),
        url,
        date,
        body,
        Optional.ofNullable(raw.get("parent")).map(Object::toString).map(String::strip));
  }

  private static String required(
      Map<String, Object> raw, String key, String text, Path file, List<Problem> problems) {
    Object value = raw.get(key);
    if (value == null
        || value instanceof Map
        || value instanceof List
        || value.toString().isBlank()) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(text, key, 1),
              "comment has no " + key,
              "Add '" + key + ": ...' to the file"));
      return null;
    }
    return value.toString();
  }

  static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code posts/<folder>.md} (or {@code .markdown}) if it exists. */
  private static Optional<Path> postOf(Path sourceDir, Path folder) {
    if (folder.toString().isEmpty()) {
      return Optional.empty();
    }
    for (String extension : List.of(".md", ".markdown", ".html", ".htm")) {
      Path post = Path.of(PostLoader.POSTS_DIR).resolve(folder.toString() + extension);
      if (Files.isRegularFile(sourceDir.resolve(post))) {
        return Optional.of(post);
      }
    }
    return Optional.empty();
  }

  private List<Path> list(Path sourceDir, Path dir) {
    try {
      return BlogFiles.of(sourceDir).list(dir, SourceFiles::isHidden, warn).stream()
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException(
          STAGE,
          Problem.general("cannot list " + dir + ": " + e.getMessage(), "Check its permissions"),
          e);
    }
  }
}
