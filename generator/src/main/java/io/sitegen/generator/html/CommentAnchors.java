package io.sitegen.generator.html;

/**
 * The page anchor of a comment, {@code comment-<id>}, safe as an HTML id whatever the file name.
 */
public final class CommentAnchors {

  private CommentAnchors() {}

  public static String of(String commentId) {
    return "comment_" + commentId.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
