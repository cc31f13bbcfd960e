package io.sitegen.generator.content;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates bloggers write: {@code 2013-09-30}, {@code 2013-09-30 04:58}, {@code
 * 2013-09-30T04:58:12}, each optionally followed by {@code Z} or an offset such as {@code +10:00}.
 */
final class PostDates {

  static final String ACCEPTED = "YYYY-MM-DD, YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM:SS+10:00";

  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");

  private PostDates() {}

  /**
   * A date without an offset is local time in {@code zone}; one with an offset is converted to
   * {@code zone}, keeping the instant.
   */
  static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    Matcher m = DATE.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      if (m.group(7) == null) {
        return Optional.of(ZonedDateTime.of(local, zone));
      }
      ZoneOffset offset =
          ZoneOffset.of(m.group(7).length() == 5 ? insertColon(m.group(7)) : m.group(7));
      return Optional.of(local.atOffset(offset).atZoneSameInstant(zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} (a date {@link #parse} accepts) gives a time of day, not only a day. */
  static boolean hasTime(String text) {
    Matcher m = DATE.matcher(text.trim());
    return m.matches() && m.group(4) != null;
  }

  private static String insertColon(String offset) {
    return offset.substring(0, 3) + ":" + offset.substring(3);
  }
}
