package io.sitegen.generator.site;

import io.sitegen.generator.html.ProcessedBody;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Warns of a post's relative links to {@code .md} files that are no post or page: posts link each
 * other by file name, and a misspelt or renamed one leads nowhere once built. Named by the file and
 * the line the link is written on, found by searching the source text for it.
 */
final class MissingPostLinks {

  private MissingPostLinks() {}

  /**
   * @param source the post's or page's file, relative to the blog folder
   * @param text the text after its front matter
   * @param bodyLine the file's line on which {@code text} starts
   */
  static void warn(
      Path source, String text, int bodyLine, ProcessedBody body, Consumer<String> warn) {
    for (String link : body.missingPosts()) {
      int line = line(text, link);
      warn.accept(
          source.toString().replace('\\', '/')
              + (line > 0 ? ":" + (bodyLine + line - 1) : "")
              + ": the link \""
              + link
              + "\" leads to no post"
              + expected(source, link)
              + ". Link to the file name of a post, relative to this file's folder"
              + " (\"other-post.md\", \"../diary/other-post.md\")");
    }
  }

  /** {@code : there is no posts/diary/x.md (or it is a draft or dated later)}, when it can say. */
  private static String expected(Path source, String link) {
    String file = link.replaceFirst("[#?].*$", "");
    try {
      Path parent = source.getParent() == null ? Path.of("") : source.getParent();
      String path = parent.resolve(file).normalize().toString().replace('\\', '/');
      return ": there is no " + path + " (or it is a draft or dated later)";
    } catch (InvalidPathException e) {
      return "";
    }
  }

  /** The 1-based line of {@code text} that holds the link, preferring a Markdown link to it. */
  private static int line(String text, String link) {
    int at = text.indexOf("(" + link);
    if (at < 0) {
      at = text.indexOf(link);
    }
    if (at < 0) {
      return 0;
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
