package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Exploring a migration | exploring-a-migration",
        "  Nova: boot --poll, quickly!  | nova-boot-poll-quickly",
        "Café crème à Zürich | cafe-creme-a-zurich",
        "Straße, Æsir, Øresund, Łódź | strasse-aesir-oresund-lodz",
        "Don't panic — it’s fine | dont-panic-its-fine",
        "C++ & \"quotes\" #1 | c-quotes-1",
        "Ｆｕｌｌｗｉｄｔｈ ２０１３ | fullwidth-2013",
        "日本語 and English | and-english",
        "---x--- | x",
      })
  void slugsAreLowerCaseAsciiWithHyphens(String title, String slug) {
    assertThat(PostNames.slugOf(title)).isEqualTo(slug);
  }

  @Test
  void aLongTitleIsCutAtAWordBoundary() {
    String title =
        "A very long title about migrating a whole OpenStack cloud from nova-network to neutron";

    String slug = PostNames.slugOf(title);

    assertThat(slug)
        .hasSizeLessThanOrEqualTo(PostNames.MAX_SLUG)
        .isEqualTo("a-very-long-title-about-migrating-a-whole-openstack-cloud");
  }

  @Test
  void aLongWordWithoutHyphensIsCutAtTheLimit() {
    assertThat(PostNames.slugOf("x".repeat(80))).isEqualTo("x".repeat(PostNames.MAX_SLUG));
  }

  @ParameterizedTest
  @ValueSource(strings = {"🎉🎉🎉", "日本語", "!!!", "  "})
  void aTitleWithoutLatinLettersAsksForASlug(String title) {
    assertThatThrownBy(() -> PostNames.slugFromTitle(title))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("-Dslug=")
        .hasMessageContaining("--slug");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "openstack/tips | openstack/tips",
        "/openstack/tips/ | openstack/tips",
        "openstack//tips | openstack/tips",
        "'  diary ' | diary",
        "book/Robert_A_Heinlein | book/Robert_A_Heinlein",
        "'' | ''",
        "/ | ''",
      })
  void categoriesAreFoldersBelowPosts(String category, String folder) {
    assertThat(PostNames.checkCategory(category)).isEqualTo(folder);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../etc | leaves its folder",
        "a/../../b | leaves its folder",
        "a/./b | leaves its folder",
        "a\\b | backslash",
        "C:/blog | path on disk",
        "~/blog | path on disk",
        "a/.hidden | skipped",
        "a/b~ | skipped",
        "a/#b | skipped",
        "a:b | cannot hold",
        "a/b?c | cannot hold",
      })
  void categoriesThatLeavePostsOrAreSkippedAreRefused(String category, String why) {
    assertThatThrownBy(() -> PostNames.checkCategory(category))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("category '" + category + "'")
        .hasMessageContaining(why);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"my-post | my-post", "my-post.md | my-post", "' notes ' | notes", "Über | Über"})
  void aGivenSlugIsTheFileName(String slug, String name) {
    assertThat(PostNames.checkSlug(slug)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", ".hidden", "x~", "a b", "a\\b", "", "a:b"})
  void aSlugThatCannotNameOneFileIsRefused(String slug) {
    assertThatThrownBy(() -> PostNames.checkSlug(slug))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("slug '" + slug + "'");
  }
}
