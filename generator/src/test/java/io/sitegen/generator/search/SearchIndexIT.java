package io.sitegen.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index files, search page and header box of a built fixture blog ({@code sites/search}). */
class SearchIndexIT {

  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesAManifestChunksAndShardsThatFindStemmedWordsTitleMatchesFirst() throws IOException {
    Path out = tmp.resolve("out");
    TestSites.build(TestSites.fixture("sites/search"), out);

    JsonNode index = manifest(out);
    // Five posts and the page pages/about.md.
    assertThat(index.get("docs").asInt()).isEqualTo(6);
    List<String> firsts = new ArrayList<>();
    index.get("shards").forEach(s -> firsts.add(s.asText()));
    assertThat(firsts).isSorted().doesNotHaveDuplicates();
    // Every shard listed exists with its positions, and every file below t/ and p/ is listed.
    try (var files = Files.list(out.resolve("search/t"))) {
      assertThat(files.map(p -> "search/t/" + p.getFileName()).sorted().toList())
          .isEqualTo(firsts.stream().map(SearchIndex::shardPath).sorted().toList());
    }
    try (var files = Files.list(out.resolve("search/p"))) {
      assertThat(files.map(p -> "search/p/" + p.getFileName()).sorted().toList())
          .isEqualTo(firsts.stream().map(SearchIndex::positionsPath).sorted().toList());
    }

    // "boot" is in the title of one post and the body ("booting", "boot") of another.
    Map<String, Integer> scores = scores(out, firsts, "boot");
    assertThat(scores.keySet())
        .containsExactlyInAnyOrder(
            "/blog/linux/boot-loaders.html", "/blog/linux/slow-startup.html");
    assertThat(scores.get("/blog/linux/boot-loaders.html"))
        .isGreaterThan(scores.get("/blog/linux/slow-startup.html"));
    // Pages are found like posts.
    assertThat(scores(out, firsts, "colophon")).containsOnlyKeys("/blog/about/");
    // Folded: "café" is found as "cafe".
    assertThat(scores(out, firsts, "cafe")).containsOnlyKeys("/blog/travel/cafe-in-lyon.html");
    // Stop words are in every post but in no shard.
    assertThat(scores(out, firsts, "the")).isEmpty();
    assertThat(scores(out, firsts, "a")).isEmpty();

    // Positions run on over the fields, one apart between fields: title 0-3 ("Choosing a boot
    // loader"), tag 5, category 7, summary 9-12, body from 14: "A boot loader starts the kernel.
    // [...] /boot/grub".
    // Stop words keep their places, so "starts" (17) and "kernel" (19) are two apart.
    String post = "/blog/linux/boot-loaders.html";
    assertThat(positions(out, firsts, "boot", post)).containsExactly(2, 12, 15, 25);
    assertThat(positions(out, firsts, "start", post)).containsExactly(17);
    assertThat(positions(out, firsts, "kernel", post)).containsExactly(19);

    JsonNode chunk = json.readTree(out.resolve("search/d/0.json").toFile());
    JsonNode oldest = chunk.get(0);
    assertThat(oldest.get(0).asText()).isEqualTo("/blog/linux/kernel-notes.html");
    assertThat(oldest.get(1).asText()).isEqualTo("Kernel notes");
    assertThat(oldest.get(2).asText()).isEqualTo("2019-01-05");
    assertThat(oldest.get(3).asText()).isEqualTo("linux");
    assertThat(chunk.get(1).get(4).asText())
        .startsWith("GRUB against systemd-boot. A boot loader starts the kernel.")
        .doesNotContain("<strong>");
  }

  @Test
  void thePageAndTheHeaderBoxUseTheBasePath() {
    Path out = tmp.resolve("out");
    TestSites.build(TestSites.fixture("sites/search"), out);

    Document post = TestSites.page(out, "linux/kernel-notes.html");
    assertThat(post.select("header form[role=search]").attr("action")).isEqualTo("/blog/search/");
    assertThat(post.select("header form[role=search] input[name=q]")).hasSize(1);

    Document page = TestSites.page(out, "search/index.html");
    assertThat(page.select("main form input#search_query[name=q]")).hasSize(1);
    assertThat(page.select("#search_results").attr("data-index")).isEqualTo("/blog/search/");
    // The manifest first: search.js finds it when it runs.
    assertThat(page.select("script[src]").eachAttr("src"))
        .containsExactly("/blog/search/index.js", "/blog/js/search.js");
    assertThat(page.select("noscript").text()).contains("needs JavaScript");
    assertThat(out.resolve("js/search.js")).isRegularFile();
  }

  @Test
  void rebuildsAreByteIdentical() {
    TestSites.build(TestSites.fixture("sites/search"), tmp.resolve("a"));
    TestSites.build(TestSites.fixture("sites/search"), tmp.resolve("b"));
    List<String> files = TestSites.files(tmp.resolve("a/search"));
    assertThat(files).isEqualTo(TestSites.files(tmp.resolve("b/search")));
    for (String file : files) {
      assertThat(tmp.resolve("b/search").resolve(file))
          .hasSameBinaryContentAs(tmp.resolve("a/search").resolve(file));
    }
  }

  @Test
  void searchFalseWritesNoIndexNoPageAndNoBox() throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/search"), tmp.resolve("blog"));
    Files.writeString(
        blog.resolve("site.yaml"), "search: false\n", java.nio.file.StandardOpenOption.APPEND);
    Path out = tmp.resolve("out");
    TestSites.build(blog, out);

    assertThat(out.resolve("search")).doesNotExist();
    assertThat(TestSites.page(out, "linux/kernel-notes.html").select("form[role=search]"))
        .isEmpty();
  }

  /** The manifest: the JSON that {@code search/index.js} assigns. */
  private JsonNode manifest(Path out) throws IOException {
    String script = Files.readString(out.resolve(SearchIndex.MANIFEST));
    assertThat(script).startsWith(SearchIndex.MANIFEST_START).endsWith(";\n");
    return json.readTree(
        script.substring(SearchIndex.MANIFEST_START.length(), script.length() - ";\n".length()));
  }

  /** The score of each document holding {@code term}, by URL, read as the client reads it. */
  private Map<String, Integer> scores(Path out, List<String> firsts, String term)
      throws IOException {
    JsonNode postings =
        json.readTree(out.resolve(SearchIndex.shardPath(first(firsts, term))).toFile()).path(term);
    Map<String, Integer> scores = new LinkedHashMap<>();
    int doc = 0;
    for (int i = 0; i < postings.size(); i += 2) {
      doc += postings.get(i).asInt();
      scores.put(url(out, doc), postings.get(i + 1).asInt());
    }
    return scores;
  }

  /**
   * The positions of {@code term} in the document at {@code url}, read as the client reads them.
   */
  private List<Integer> positions(Path out, List<String> firsts, String term, String url)
      throws IOException {
    String first = first(firsts, term);
    JsonNode postings = json.readTree(out.resolve(SearchIndex.shardPath(first)).toFile()).get(term);
    JsonNode positions =
        json.readTree(out.resolve(SearchIndex.positionsPath(first)).toFile()).get(term);
    int doc = 0;
    for (int i = 0, j = 0; i < postings.size(); i += 2, j += 1 + positions.get(j).asInt()) {
      doc += postings.get(i).asInt();
      if (url(out, doc).equals(url)) {
        List<Integer> at = new ArrayList<>();
        for (int k = 1, p = 0; k <= positions.get(j).asInt(); k++) {
          p += positions.get(j + k).asInt();
          at.add(p);
        }
        return at;
      }
    }
    return List.of();
  }

  /** The first term of the shard that would hold {@code term}: the first shard for any before. */
  private static String first(List<String> firsts, String term) {
    return firsts.stream()
        .filter(f -> f.compareTo(term) <= 0)
        .reduce((a, b) -> b)
        .orElse(firsts.get(0));
  }

  private String url(Path out, int doc) throws IOException {
    JsonNode chunk =
        json.readTree(out.resolve("search/d/" + doc / SearchIndex.CHUNK + ".json").toFile());
    return chunk.get(doc % SearchIndex.CHUNK).get(0).asText();
  }
}
