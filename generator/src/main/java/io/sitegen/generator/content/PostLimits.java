package io.sitegen.generator.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one post may hold, so an absurd input fails in the load stage naming its file and line
 * rather than filling the disk or failing at the write stage on a staging path. The limits are far
 * above any real post (documented in the README).
 */
public final class PostLimits {

  /** Tags on one post: each adds a page and a feed that list the post. */
  public static final int MAX_TAGS = 1000;

  /** Characters of a title or tag name; a title is shown in every listing of the post. */
  public static final int MAX_TITLE = 500;

  public static final int MAX_TAG = 100;

  /** Characters of a summary: one line of plain text in every listing of the post. */
  public static final int MAX_SUMMARY = 2000;

  /**
   * UTF-8 bytes of a slug or of one alias path segment: a file name, which most file systems cap at
   * 255 bytes, and a permalink may add a suffix to it.
   */
  public static final int MAX_NAME_BYTES = 200;

  private static final Pattern PERCENT = Pattern.compile("%([0-9A-Fa-f]{2})");
  private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

  private PostLimits() {}

  /**
   * The first control character of {@code text}, written as {@code \\u0007}: invisible, invalid in
   * XML feeds and never meant, so text holding one is refused, not written raw into pages.
   */
  public static Optional<String> controlCharacter(String text) {
    return text.chars()
        .filter(Character::isISOControl)
        .mapToObj(c -> String.format("\\u%04X", c))
        .findFirst();
  }

  /** {@code text} with its control characters written as escapes, for messages. */
  public static String shown(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  public static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Why an alias cannot be an output file, or empty when it can. The path is checked as a web
   * server sees it, after percent-decoding: {@code /%2e%2e/x} is {@code /../x}.
   */
  static Optional<String> aliasProblem(String alias) {
    String decoded = percentDecoded(alias);
    if (!alias.startsWith("/")
        || alias.contains("://")
        || decoded.contains("\\")
        || decoded.contains("%")
        || DOT_SEGMENT.matcher(decoded).find()
        || controlCharacter(decoded).isPresent()) {
      return Optional.of("is not a site path");
    }
    for (String segment : decoded.substring(1).split("/")) {
      if (segment.startsWith(".")) {
        return Optional.of("names a hidden file ('" + segment + "'), which is never published");
      }
      if (utf8Length(segment) > MAX_NAME_BYTES) {
        return Optional.of(
            "has a part of "
                + utf8Length(segment)
                + " bytes; a file name may have at most "
                + MAX_NAME_BYTES);
      }
    }
    return Optional.empty();
  }

  /** Decodes {@code %XX} escapes once; a {@code %} left over means a malformed or double escape. */
  private static String percentDecoded(String path) {
    Matcher m = PERCENT.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
