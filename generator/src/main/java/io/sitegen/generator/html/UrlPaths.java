package io.sitegen.generator.html;

import java.nio.charset.StandardCharsets;

/** Output paths to URL paths: each segment percent-encoded, {@code index.html} left implicit. */
public final class UrlPaths {

  private UrlPaths() {}

  /**
   * The URL of a file below the site root.
   *
   * @param basePath {@code /} or {@code /blog/}
   * @param outputPath e.g. {@code book/Robert_A_Heinlein/index.html}
   */
  public static String href(String basePath, String outputPath) {
    String path = outputPath;
    if (path.equals("index.html")) {
      path = "";
    } else if (path.endsWith("/index.html")) {
      path = path.substring(0, path.length() - "index.html".length());
    }
    return basePath + encodePath(path);
  }

  /** Percent-encodes each {@code /}-separated segment as RFC 3986 requires of a path. */
  public static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == ','
        || c == '@'
        || c == '!'
        || c == '=';
  }
}
