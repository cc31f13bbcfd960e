package io.sitegen.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "OpenStack | openstack",
        "open stack | open-stack",
        "c&<\"x\" | c-x",
        "C++ | c++",
        "linux.conf.au | linux.conf.au",
        "a/b?c#d | a-b-c-d",
        "日本語 | 日本語",
        "Café | café",
        "-x- | x",
      })
  void tagKeysAreLowerCaseAndSafeInUrlsAndFolderNames(String tag, String key) {
    assertThat(Slugs.tagKey(tag)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"..", ".", "!!!", "'<>'"})
  void tagsOfDotsOrPunctuationGetANameThatIsNoFolderTrick(String tag) {
    String key = Slugs.tagKey(tag);

    assertThat(key).startsWith("tag-").doesNotContain(".", "/");
    assertThat(Slugs.tagKey(tag)).isEqualTo(key);
  }
}
