package io.sitegen.generator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermalinkPatternTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZonedDateTime SEP_30 = ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, SYDNEY);
  private static final ZonedDateTime MAR_1 = ZonedDateTime.of(2014, 3, 1, 0, 0, 0, 0, SYDNEY);

  @Test
  void theDefaultPatternUsesTheCategoryFolderAndSlug() {
    PermalinkPattern pattern = new PermalinkPattern("/{category}/{slug}.html");
    assertThat(pattern.expand("openstack/tips", "nova-quotas", SEP_30))
        .isEqualTo("/openstack/tips/nova-quotas.html");
    assertThat(pattern.expand("book/Robert_A_Heinlein", "the-moon", SEP_30))
        .isEqualTo("/book/Robert_A_Heinlein/the-moon.html");
  }

  @Test
  void aPostInTheRootCategoryGetsNoDoubleSlash() {
    assertThat(new PermalinkPattern("/{category}/{slug}.html").expand("", "hello", SEP_30))
        .isEqualTo("/hello.html");
    assertThat(new PermalinkPattern("/archive/{category}/{slug}/").expand("", "hello", SEP_30))
        .isEqualTo("/archive/hello/");
  }

  @Test
  void datePlaceholdersAreZeroPadded() {
    PermalinkPattern pattern = new PermalinkPattern("/{year}/{month}/{day}/{slug}/");
    assertThat(pattern.expand("diary", "rainy-saturday", MAR_1))
        .isEqualTo("/2014/03/01/rainy-saturday/");
    assertThat(pattern.expand("diary", "old", ZonedDateTime.of(999, 1, 2, 0, 0, 0, 0, SYDNEY)))
        .isEqualTo("/0999/01/02/old/");
    assertThat(new PermalinkPattern("/{year}/{month}/{slug}/").expand("x", "s", SEP_30))
        .isEqualTo("/2013/09/s/");
  }

  @Test
  void datePlaceholdersUseTheDateInItsOwnZone() {
    // 18:58 UTC on the 29th is the 30th in Sydney: the blog's day decides the URL.
    ZonedDateTime utc = ZonedDateTime.of(2013, 9, 29, 18, 58, 0, 0, ZoneId.of("UTC"));
    PermalinkPattern pattern = new PermalinkPattern("/{year}/{month}/{day}/{slug}.html");
    assertThat(pattern.expand("c", "s", utc.withZoneSameInstant(SYDNEY)))
        .isEqualTo("/2013/09/30/s.html");
    assertThat(pattern.expand("c", "s", utc)).isEqualTo("/2013/09/29/s.html");
  }

  @Test
  void everyPlaceholderMayBeCombinedAndRepeated() {
    PermalinkPattern pattern =
        new PermalinkPattern("/{category}/{year}-{month}-{day}/{slug}/{slug}.html");
    assertThat(pattern.expand("openstack", "x", SEP_30))
        .isEqualTo("/openstack/2013-09-30/x/x.html");
  }

  @Test
  void segmentsAreNotPercentEncodedYet() {
    assertThat(
            new PermalinkPattern("/{category}/{slug}.html")
                .expand("bücher", "café au lait", SEP_30))
        .isEqualTo("/bücher/café au lait.html");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/{category}/{slug}.html",
        "/{year}/{month}/{slug}/",
        "/{year}/{month}/{day}/{slug}.html",
        "/{slug}",
        "/posts/{slug}/index.html"
      })
  void validPatterns(String pattern) {
    assertThat(PermalinkPattern.validate(pattern)).isEmpty();
  }

  @Test
  void aPatternMustStartWithASlash() {
    assertThat(PermalinkPattern.validate("{category}/{slug}.html"))
        .isEqualTo("must start with '/'");
  }

  @Test
  void aPatternMustContainTheSlug() {
    assertThat(PermalinkPattern.validate("/{year}/{month}/index.html"))
        .isEqualTo("must contain {slug}, or every post would get the same URL");
  }

  @Test
  void unknownPlaceholdersAreNamed() {
    assertThat(PermalinkPattern.validate("/{title}/{slug}.html"))
        .startsWith("has an unknown placeholder {title}; use ")
        .contains("year", "month", "day", "slug", "category");
    assertThat(PermalinkPattern.validate("/{slug}/{hour}"))
        .startsWith("has an unknown placeholder {hour}");
  }
}
