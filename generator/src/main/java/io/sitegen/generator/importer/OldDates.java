package io.sitegen.generator.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dates as old blog engines and their plugins wrote them. */
public final class OldDates {

  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT));

  /** Jekyll's (Ruby's) form: {@code 2010-07-21 10:00:00 +0200}, also {@code +02:00}. */
  private static final DateTimeFormatter SPACED_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss] [XXX][Z]", Locale.ROOT);

  private OldDates() {}

  /**
   * {@code 2004-05-01 10:00[:00]}, {@code 2004-05-01T10:00:00+10:00}, {@code 2004-05-01}, {@code
   * 2004/05/01 10:00}, RFC 1123 ({@code Sat, 01 May 2004 10:00:00 +1000}) or Jekyll's {@code
   * 2004-05-01 10:00:00 +1000}; without an offset, in {@code zone}.
   */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    String value = text.strip();
    for (DateTimeFormatter offset :
        List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            SPACED_OFFSET)) {
      try {
        return Optional.of(OffsetDateTime.parse(value, offset).atZoneSameInstant(zone));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter local : LOCAL) {
      try {
        return Optional.of(LocalDateTime.parse(value, local).atZone(zone));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return Optional.of(LocalDate.parse(value).atStartOfDay(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
