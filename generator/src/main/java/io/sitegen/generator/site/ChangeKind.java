package io.sitegen.generator.site;

import io.sitegen.generator.internal.SourceFiles;
import java.nio.file.Path;
import java.util.Locale;

/** What a changed file of the blog folder is, which decides how much a preview builds again. */
public enum ChangeKind {
  /** {@code site.yaml}: everything depends on it. */
  CONFIG,
  /** Below {@code templates/}: every page, but no post is parsed again. */
  TEMPLATE,
  /**
   * Below {@code photos/}, or anything beside the posts but their Markdown (images there are the
   * album of their folder; a folder renamed whole is one path without an extension): the photo
   * stage runs again.
   */
  PHOTOS,
  /**
   * Posts, their files, pages of {@code pages/} and theirs, comments and {@code tags.yaml}: the
   * pages whose inputs changed.
   */
  CONTENT,
  /** Below {@code static/}: the changed files are copied. */
  STATIC,
  /** Anything else (build output, hidden and editor temp files): no build. */
  IGNORED;

  /**
   * @param relative the file's path relative to the blog folder
   */
  public static ChangeKind of(Path relative) {
    if (relative.getNameCount() == 0 || relative.isAbsolute() || SourceFiles.isHidden(relative)) {
      return IGNORED;
    }
    String first = relative.getName(0).toString();
    if (relative.getNameCount() == 1 && first.equals("site.yaml")) {
      return CONFIG;
    }
    if (relative.getNameCount() == 1 && first.equals("tags.yaml")) {
      return CONTENT;
    }
    if (first.equals("posts") && relative.getNameCount() > 1 && !isMarkdown(relative)) {
      return PHOTOS;
    }
    return switch (first) {
      case "posts", "pages", "comments" -> CONTENT;
      case "templates" -> TEMPLATE;
      case "photos" -> PHOTOS;
      case "static" -> STATIC;
      default -> IGNORED;
    };
  }

  private static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }
}
