package io.sitegen.generator.scaffold;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of a new post: YAML front matter that reads back exactly as given, whatever the title
 * holds (quotes, colons, {@code #}, any script), then a placeholder body.
 */
final class SkeletonText {

  /** The form of the existing posts, which the post loader reads as local time in the site zone. */
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  static final String PLACEHOLDER = "Write your post here.";

  /** A tag that YAML reads back as this very string when written bare. */
  private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N}_+.-]*");

  /** Words YAML (1.1 or 1.2) reads as booleans or null. */
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

  private SkeletonText() {}

  static String of(String title, ZonedDateTime date, List<String> tags, boolean draft) {
    StringBuilder text = new StringBuilder("---\n");
    text.append("title: ").append(quoted(title)).append('\n');
    text.append("date: ").append(DATE.format(date)).append('\n');
    if (!tags.isEmpty()) {
      text.append("tags: [")
          .append(tags.stream().map(SkeletonText::tag).collect(Collectors.joining(", ")))
          .append("]\n");
    }
    if (draft) {
      text.append("draft: true\n");
    }
    return text.append("---\n\n").append(PLACEHOLDER).append('\n').toString();
  }

  private static String tag(String tag) {
    boolean plain =
        PLAIN.matcher(tag).matches() && !RESERVED.contains(tag.toLowerCase(Locale.ROOT));
    return plain ? tag : quoted(tag);
  }

  /**
   * A YAML double-quoted scalar: the only style in which every string can be written, since it
   * escapes {@code "}, {@code \} and the characters YAML may not hold literally.
   */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                  if (isPrintable(c)) {
                    out.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    out.append(String.format(Locale.ROOT, "\\x%02X", c));
                  } else if (c <= 0xFFFF) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", c));
                  } else {
                    out.append(String.format(Locale.ROOT, "\\U%08X", c));
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  /**
   * YAML's printable set, less the characters it reads as line breaks (NEL, LS, PS) and the byte
   * order mark.
   */
  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
