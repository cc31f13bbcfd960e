package io.sitegen.generator.importer.jekyll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Old URLs as Jekyll made them, for a post {@code _posts/2010-07-05-My-First_Post.md} written at
 * 09:04:03 on Monday 5 July 2010 (day 186, ISO week 27), with and without categories. The expected
 * URLs are those Jekyll's documentation gives for each style ("Permalinks": date, pretty, ordinal,
 * weekdate, none, and the placeholders table).
 */
class JekyllPermalinkTest {

  private static final ZonedDateTime DATE =
      ZonedDateTime.of(2010, 7, 5, 9, 4, 3, 0, ZoneId.of("Europe/Berlin"));

  private static String post(String permalink, List<String> categories) {
    return JekyllPermalink.expand(
        JekyllPermalink.postTemplate(permalink),
        JekyllPermalink.ofPost(categories, "My-First_Post", "2010-07-05-My-First_Post", DATE));
  }

  @Test
  void theBuiltInStylesWithoutCategories() {
    assertThat(post("date", List.of())).isEqualTo("/2010/07/05/My-First_Post.html");
    assertThat(post("pretty", List.of())).isEqualTo("/2010/07/05/My-First_Post/");
    assertThat(post("ordinal", List.of())).isEqualTo("/2010/186/My-First_Post.html");
    assertThat(post("weekdate", List.of())).isEqualTo("/2010/W27/Mon/My-First_Post.html");
    assertThat(post("none", List.of())).isEqualTo("/My-First_Post.html");
  }

  @Test
  void theBuiltInStylesWithCategoriesInLowerCaseEachOnce() {
    List<String> categories = List.of("Tech", "java", "tech");
    assertThat(post("date", categories)).isEqualTo("/tech/java/2010/07/05/My-First_Post.html");
    assertThat(post("pretty", categories)).isEqualTo("/tech/java/2010/07/05/My-First_Post/");
    assertThat(post("ordinal", categories)).isEqualTo("/tech/java/2010/186/My-First_Post.html");
    assertThat(post("none", categories)).isEqualTo("/tech/java/My-First_Post.html");
  }

  @Test
  void customPatternsUseEveryDatePlaceholderAndBothSlugs() {
    assertThat(post("/:year/:i_month/:i_day/:short_year/:hour:minute:second/:slug", List.of()))
        .isEqualTo("/2010/7/5/10/090403/my-first-post");
    assertThat(post("/blog/:categories/:title:output_ext", List.of("life")))
        .isEqualTo("/blog/life/My-First_Post.html");
    assertThat(post("/blog/:categories/:title:output_ext", List.of()))
        .isEqualTo("/blog/My-First_Post.html");
    assertThat(post("/:month-:day-:year/:title/", List.of("life")))
        .isEqualTo("/07-05-2010/My-First_Post/");
    assertThat(post("/:short_month/:long_day/:name", List.of()))
        .isEqualTo("/Jul/Monday/2010-07-05-my-first-post");
    // :year_ is :year followed by an underscore.
    assertThat(post("/:year_:title/", List.of())).isEqualTo("/2010_My-First_Post/");
  }

  @Test
  void anUnknownPlaceholderIsNamed() {
    assertThatThrownBy(() -> post("/:year/:author/:title/", List.of()))
        .isInstanceOf(JekyllPermalink.UnknownPlaceholder.class)
        .hasMessage(":author");
  }

  @Test
  void pagesAndDocumentsEndAsTheSiteStyleEnds() {
    Map<String, String> about = JekyllPermalink.ofPage("", "about");
    assertThat(
            JekyllPermalink.expand(JekyllPermalink.withSuffix("/:path/:basename", "pretty"), about))
        .isEqualTo("/about/");
    assertThat(
            JekyllPermalink.expand(JekyllPermalink.withSuffix("/:path/:basename", "date"), about))
        .isEqualTo("/about.html");
    assertThat(
            JekyllPermalink.expand(
                JekyllPermalink.withSuffix("/:path/:basename", "/:categories/:title/"),
                JekyllPermalink.ofPage("docs", "setup")))
        .isEqualTo("/docs/setup/");
    assertThat(
            JekyllPermalink.expand(
                JekyllPermalink.withSuffix("/:path/:basename", "/:year/:title"), about))
        .isEqualTo("/about");
    assertThat(
            JekyllPermalink.expand(
                JekyllPermalink.withSuffix("/:collection/:path", "none"),
                JekyllPermalink.ofDocument("recipes", "bread/Sourdough", "Sourdough")))
        .isEqualTo("/recipes/bread/Sourdough.html");
  }

  @Test
  void slugsAsJekyllMakesThem() {
    assertThat(JekyllPermalink.slugify("Hello, World! (2)", false, false))
        .isEqualTo("hello-world-2");
    assertThat(JekyllPermalink.slugify("Hello, World! (2)", true, true))
        .isEqualTo("Hello,-World!-(2)");
    assertThat(JekyllPermalink.slugify("Ünïcode café", false, false)).isEqualTo("ünïcode-café");
  }
}
