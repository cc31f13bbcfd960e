package io.sitegen.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostDatesTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void aDateAloneIsMidnightInTheSitesZone() {
    assertThat(PostDates.parse("2013-09-30", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 30, 0, 0, 0, 0, SYDNEY));
  }

  @Test
  void dateAndTimeWithoutOffsetAreLocalTime() {
    ZonedDateTime date = PostDates.parse("2013-09-30 04:58", SYDNEY).orElseThrow();
    assertThat(date).isEqualTo(ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, SYDNEY));
    assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(10));
    assertThat(date.getZone()).isEqualTo(SYDNEY);
  }

  @Test
  void acceptsTheTSeparatorSecondsFractionsAndOneDigitFields() {
    assertThat(PostDates.parse("2013-09-30T04:58:12", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 30, 4, 58, 12, 0, SYDNEY));
    assertThat(PostDates.parse("2013-09-30T04:58:12.345", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 30, 4, 58, 12, 0, SYDNEY));
    assertThat(PostDates.parse("2013-9-3 4:05", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 3, 4, 5, 0, 0, SYDNEY));
    assertThat(PostDates.parse("  2013-09-30 04:58  ", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, SYDNEY));
  }

  @Test
  void anOffsetKeepsTheInstantAndConvertsToTheSitesZone() {
    // 04:58 at +10:00 is 18:58 UTC on the day before.
    assertThat(PostDates.parse("2013-09-30T04:58:00+10:00", UTC))
        .contains(ZonedDateTime.of(2013, 9, 29, 18, 58, 0, 0, UTC));
    // 20:00 UTC on the 29th is 06:00 on Monday the 30th in Sydney.
    ZonedDateTime z = PostDates.parse("2013-09-29T20:00:00Z", SYDNEY).orElseThrow();
    assertThat(z.toLocalDateTime().toString()).isEqualTo("2013-09-30T06:00");
    assertThat(z.getZone()).isEqualTo(SYDNEY);
    assertThat(z.toInstant().toString()).isEqualTo("2013-09-29T20:00:00Z");
  }

  @Test
  void offsetsWithoutColonAndAfterASpaceAreAccepted() {
    ZonedDateTime expected = ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, SYDNEY);
    assertThat(PostDates.parse("2013-09-30T04:58:00+1000", SYDNEY)).contains(expected);
    // 04:58 at +02:00 is 02:58 UTC, 12:58 in Sydney.
    assertThat(PostDates.parse("2013-09-30 04:58 +02:00", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 30, 12, 58, 0, 0, SYDNEY));
    // A negative offset moves the Sydney day forward: 22:00 at -05:00 is 03:00 UTC the next day.
    assertThat(PostDates.parse("2013-09-29T22:00-05:00", SYDNEY))
        .contains(ZonedDateTime.of(2013, 9, 30, 13, 0, 0, 0, SYDNEY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2013-02-30",
        "2013-02-29",
        "2013-13-01",
        "2013-00-10",
        "2013-09-31 10:00",
        "2013-09-30 25:00",
        "2013-09-30 10:60",
        "2013-09-30T10:00:00+25:00",
        "30/09/2013",
        "2013-09-30 at noon",
        "yesterday",
        ""
      })
  void invalidDatesAreRejected(String text) {
    assertThat(PostDates.parse(text, SYDNEY)).isEqualTo(Optional.empty());
  }

  @Test
  void leapDaysExistOnlyInLeapYears() {
    assertThat(PostDates.parse("2012-02-29", SYDNEY))
        .contains(ZonedDateTime.of(2012, 2, 29, 0, 0, 0, 0, SYDNEY));
    assertThat(PostDates.parse("2100-02-29", SYDNEY)).isEmpty();
    assertThat(PostDates.parse("2000-02-29", SYDNEY)).isPresent();
  }

  @Test
  void daylightSavingTimeChangesTheOffsetOfLocalDates() {
    // Sydney moved from AEST (+10) to AEDT (+11) at 02:00 on Sunday 6 October 2013.
    assertThat(PostDates.parse("2013-10-05 12:00", SYDNEY).orElseThrow().getOffset())
        .isEqualTo(ZoneOffset.ofHours(10));
    assertThat(PostDates.parse("2013-10-07 12:00", SYDNEY).orElseThrow().getOffset())
        .isEqualTo(ZoneOffset.ofHours(11));
  }

  @Test
  void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
    // 02:30 on 6 October 2013 never happened in Sydney; it is read as 03:30 AEDT.
    ZonedDateTime date = PostDates.parse("2013-10-06 02:30", SYDNEY).orElseThrow();
    assertThat(date.toLocalDateTime().toString()).isEqualTo("2013-10-06T03:30");
    assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    assertThat(date.toInstant().toString()).isEqualTo("2013-10-05T16:30:00Z");
  }

  @Test
  void aLocalTimeInTheAutumnOverlapTakesTheEarlierOffset() {
    // 02:30 on 6 April 2014 happened twice in Sydney; the first (AEDT, +11) is taken.
    ZonedDateTime date = PostDates.parse("2014-04-06 02:30", SYDNEY).orElseThrow();
    assertThat(date.toLocalDateTime().toString()).isEqualTo("2014-04-06T02:30");
    assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    assertThat(date.toInstant().toString()).isEqualTo("2014-04-05T15:30:00Z");
  }

  @Test
  void anOffsetDateAcrossTheChangeGetsTheOffsetInForceAtThatInstant() {
    // 16:30 UTC on 5 October 2013 is just after the change: 03:30 AEDT.
    ZonedDateTime date = PostDates.parse("2013-10-05T16:30:00Z", SYDNEY).orElseThrow();
    assertThat(date.toLocalDateTime().toString()).isEqualTo("2013-10-06T03:30");
    assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    // 15:30 UTC is just before it: 01:30 AEST.
    assertThat(PostDates.parse("2013-10-05T15:30:00Z", SYDNEY).orElseThrow().toString())
        .isEqualTo("2013-10-06T01:30+10:00[Australia/Sydney]");
  }
}
