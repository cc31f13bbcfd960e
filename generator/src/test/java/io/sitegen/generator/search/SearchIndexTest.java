package io.sitegen.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  /**
   * Documents are tokenised in parallel into hash maps; the files must not depend on either. Enough
   * documents and words for several threads and many shards.
   */
  @Test
  void theSameDocumentsGiveTheSameBytesEveryTime() {
    List<SearchDocument> documents = documents(400);
    SortedMap<String, byte[]> first = SearchIndex.files(documents);
    assertThat(first.keySet().stream().filter(p -> p.startsWith("search/t/")))
        .hasSizeGreaterThan(10);
    for (int run = 0; run < 3; run++) {
      SortedMap<String, byte[]> again = SearchIndex.files(documents);
      assertThat(again.keySet()).isEqualTo(first.keySet());
      again.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.get(path)));
    }
  }

  @Test
  void aShardListsItsTermsSortedAndLeavesOutStopWords() {
    SortedMap<String, byte[]> files = SearchIndex.files(documents(50));
    for (var e : files.entrySet()) {
      if (!e.getKey().startsWith("search/t/")) {
        continue;
      }
      List<String> terms = new ArrayList<>();
      for (String line : new String(e.getValue(), StandardCharsets.UTF_8).split("\n")) {
        int quote = line.indexOf('"');
        terms.add(line.substring(quote + 1, line.indexOf('"', quote + 1)));
      }
      assertThat(terms).isSorted().doesNotContainAnyElementsOf(Tokenizer.STOP_WORDS);
      // The file is named by its first term.
      assertThat(e.getKey()).isEqualTo(SearchIndex.shardPath(terms.get(0)));
    }
  }

  /** Posts of words drawn from a fixed vocabulary (stop words among them) with a fixed seed. */
  private static List<SearchDocument> documents(int count) {
    Random random = new Random(13);
    List<String> vocabulary = new ArrayList<>(Tokenizer.STOP_WORDS);
    for (int i = 0; i < 600; i++) {
      vocabulary.add("w" + Integer.toString(i * 7919, 36) + (i % 3 == 0 ? "ing" : "s"));
    }
    List<SearchDocument> documents = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
      }
      documents.add(
          new SearchDocument(
              "/p/" + d + ".html",
              "Post " + d + " " + vocabulary.get(random.nextInt(vocabulary.size())),
              "2020-01-01",
              "notes",
              List.of("tag" + d % 7),
              "",
              body.toString()));
    }
    return documents;
  }
}
