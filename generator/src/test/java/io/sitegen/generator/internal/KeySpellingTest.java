package io.sitegen.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySpellingTest {

  private static final List<String> KNOWN = List.of("title", "tags", "postsPerPage", "date");

  @Test
  void nearMissesSuggestTheKnownKey() {
    assertThat(KeySpelling.probablyMeant("postPerPage", KNOWN)).contains("postsPerPage");
    assertThat(KeySpelling.probablyMeant("titel", KNOWN)).contains("title");
    assertThat(KeySpelling.probablyMeant("tag", KNOWN)).contains("tags");
    assertThat(KeySpelling.probablyMeant("PostsPerPage", KNOWN)).contains("postsPerPage");
  }

  @Test
  void knownAndUnrelatedKeysSuggestNothing() {
    assertThat(KeySpelling.probablyMeant("title", KNOWN)).isEmpty();
    assertThat(KeySpelling.probablyMeant("mood", KNOWN)).isEmpty();
    assertThat(KeySpelling.probablyMeant("gallery", KNOWN)).isEmpty();
  }
}
