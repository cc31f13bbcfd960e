package io.sitegen.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitegen.generator.testing.BasePathServer;
import io.sitegen.generator.testing.Chromium;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of {@code bench/search.sh}: for each query, bytes the search page fetches from the
 * index (the manifest {@code search/index.js} included) and the times from the search script's
 * start to the first and to all results shown, with the steps between (the client's performance
 * marks), in headless Chromium on a site already built (its folder in {@code
 * -Dsitegen.searchBench=}, served at {@code /}). Skipped without that property.
 */
class SearchBenchmarkIT {

  private static final List<String> QUERIES =
      List.of("hypervisor", "kernel", "the", "kernel migration", "\"the kernel\"", "hyperv");

  /** Page loads a query; medians are shown ({@code -Dsitegen.searchBenchRuns=}, default 5). */
  private static final int RUNS = Integer.getInteger("sitegen.searchBenchRuns", 5);

  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void measuresBytesAndTimeToFirstResults() throws Exception {
    String site = System.getProperty("sitegen.searchBench", "");
    Assumptions.assumeTrue(!site.isEmpty(), "-Dsitegen.searchBench=<built site> not given");
    Chromium.requireInstalled();
    try (BasePathServer server = BasePathServer.start(Path.of(site), "/");
        Chromium browser = Chromium.open(tmp, server.root() + "search/")) {
      System.out.println(
          "| query | results | index bytes fetched | files | ms to first results | ms to all"
              + " | shards fetched | scored | chunks fetched |");
      System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (String query : QUERIES) {
        List<JsonNode> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
          // A new document each time: nothing of the index is cached (the server sends no
          // validators), so each query pays for the manifest too.
          browser.evaluate(
              "location.href = '/search/?q=' + encodeURIComponent(" + quote(query) + ")");
          String row =
              browser.await(
                  "results for " + query,
                  () -> browser.evaluate(ROW.replace("QUERY", quote(query))),
                  s -> !s.isEmpty());
          assertThat(row).doesNotContain("failed");
          runs.add(json.readTree(row));
        }
        StringBuilder line = new StringBuilder("| `" + query + "` | ");
        line.append(runs.get(0).get(0).asText());
        for (int column = 1; column < runs.get(0).size(); column++) {
          int c = column;
          line.append(" | ").append(median(runs.stream().map(r -> r.get(c).asInt()).toList()));
        }
        System.out.println(line.append(" |"));
      }
    }
  }

  private static int median(List<Integer> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /**
   * A table row once the page shows the results of QUERY: the status, the index files fetched, the
   * times to the first and to all results, and the steps between the script's marks (ms).
   */
  private static final String ROW =
      "(function () { var r = document.getElementById('search_results');"
          + " if (!r || r.getAttribute('data-query') !== QUERY) return '';"
          + " var fetched = performance.getEntriesByType('resource')"
          + ".filter(e => e.name.indexOf('/search/') > 0);"
          + " var at = {}; performance.getEntriesByType('mark')"
          + ".forEach(m => at[m.name.replace('search:', '')] = m.startTime);"
          + " var step = (a, b) => at[a] === undefined || at[b] === undefined ? -1"
          + " : Math.round(at[b] - at[a]);"
          + " return JSON.stringify([document.getElementById('search_status').textContent,"
          + " fetched.reduce((s, e) => s + e.encodedBodySize, 0), fetched.length,"
          + " +(r.getAttribute('data-first-ms') || -1), +r.getAttribute('data-ms'),"
          + " step('start', 'fetched'), step('fetched', 'scored'), step('scored', 'shown')]);"
          + " })()";

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"") + "'";
  }
}
