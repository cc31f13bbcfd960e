package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkeletonTextTest {

  private static final ZonedDateTime DATE =
      ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, ZoneId.of("Australia/Sydney"));

  @Test
  void frontMatterThenABlankLineThenThePlaceholder() {
    assertThat(SkeletonText.of("Exploring a migration", DATE, List.of(), false))
        .isEqualTo(
            """
            ---
            title: "Exploring a migration"
            date: 2013-09-30 04:58
            ---

            Write your post here.
            """);
  }

  @Test
  void tagsAndDraftAreWrittenOnlyWhenGiven() {
    assertThat(SkeletonText.of("T", DATE, List.of("nova", "c++", "yes", "two words"), true))
        .isEqualTo(
            """
            ---
            title: "T"
            date: 2013-09-30 04:58
            tags: [nova, c++, "yes", "two words"]
            draft: true
            ---

            Write your post here.
            """);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain | \"plain\"",
        "say \"hi\" | \"say \\\"hi\\\"\"",
        "back\\slash | \"back\\\\slash\"",
        "tab\there | \"tab\\there\"",
        "be\u0007ll | \"be\\x07ll\"",
        "line\u2028sep | \"line\\u2028sep\"",
        "Zürich 日本 🎉 | \"Zürich 日本 🎉\"",
      })
  void titlesAreDoubleQuotedWithYamlEscapes(String value, String yaml) {
    assertThat(SkeletonText.quoted(value)).isEqualTo(yaml);
  }
}
