package io.sitegen.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.BasePathServer;
import io.sitegen.generator.testing.Chromium;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of {@code bench/search.sh}: for each query, bytes the search page fetches from the
 * index and the time from the search script's start to results shown, in headless Chromium on a
 * site already built (its folder in {@code -Dsitegen.searchBench=}, served at {@code /}). Skipped
 * without that property.
 */
class SearchBenchmarkIT {

  private static final List<String> QUERIES =
      List.of("hypervisor", "kernel", "the", "kernel migration", "\"the kernel\"", "hyperv");

  @TempDir Path tmp;

  @Test
  void measuresBytesAndTimeToFirstResults() throws Exception {
    String site = System.getProperty("sitegen.searchBench", "");
    Assumptions.assumeTrue(!site.isEmpty(), "-Dsitegen.searchBench=<built site> not given");
    Chromium.requireInstalled();
    try (BasePathServer server = BasePathServer.start(Path.of(site), "/");
        Chromium browser = Chromium.open(tmp, server.root() + "search/")) {
      System.out.println("| query | results | index bytes fetched | files | ms to results |");
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      for (String query : QUERIES) {
        // A new document each time: nothing of the index is cached (the server sends no
        // validators), so each query pays for index.json too.
        browser.evaluate(
            "location.href = '/search/?q=' + encodeURIComponent(" + quote(query) + ")");
        String row =
            browser.await(
                "results for " + query,
                () ->
                    browser.evaluate(
                        "(function () { var r = document.getElementById('search_results');"
                            + " if (!r || r.getAttribute('data-query') !== "
                            + quote(query)
                            + ") return '';"
                            + " var fetched = performance.getEntriesByType('resource')"
                            + ".filter(e => e.name.indexOf('/search/') > 0"
                            + " && e.name.endsWith('.json'));"
                            + " return document.getElementById('search_status').textContent"
                            + " + ' | ' + fetched.reduce((s, e) => s + e.encodedBodySize, 0)"
                            + " + ' | ' + fetched.length + ' | ' + r.getAttribute('data-ms'); })()"),
                s -> !s.isEmpty());
        System.out.println("| `" + query + "` | " + row + " |");
        assertThat(row).doesNotContain("failed");
      }
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"") + "'";
  }
}
