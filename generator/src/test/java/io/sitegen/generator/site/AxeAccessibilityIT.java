package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitegen.generator.serve.Preview;
import io.sitegen.generator.serve.ServeOptions;
import io.sitegen.generator.testing.Chromium;
import io.sitegen.generator.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core (from npm, unpacked into {@code target/axe-core} by the build) finds no accessibility
 * violation on pages of every kind, in headless Chromium, in the light and the dark palette. The
 * pages are served by the preview, so CSS and images load as on a real site.
 *
 * <p>Skipped, with a notice on stderr, where Chromium is not installed; with {@code
 * SITEGEN_REQUIRE_BROWSER=1} (as on CI) its absence fails instead.
 */
class AxeAccessibilityIT {

  private static final Path AXE = Path.of("target/axe-core/package/axe.min.js");
  private static final Path EXAMPLE = Path.of("../example-site").toAbsolutePath().normalize();

  /** Post, listings, tag index, archive, 404, comments, albums, album and photo pages. */
  private static final List<String> SHARING_PAGES =
      List.of(
          "index.html",
          "notes/card.html",
          "trips/walk.html",
          "notes/index.html",
          "tags/java/index.html",
          "tags/index.html",
          "2014/index.html",
          "404.html",
          "comments/index.html",
          "photos/index.html",
          "photos/walk/index.html",
          "photos/walk/b-creek.html");

  /** The example site's post with comments, footnotes and tables, and its recent comments. */
  private static final List<String> EXAMPLE_PAGES =
      List.of(
          "index.html",
          "openstack/tips/nova-boot-quickly.html",
          "book/Ursula_K_Le_Guin/the-dispossessed.html",
          "electronics/solar/thinking-about-batteries.html",
          "comments/index.html",
          "openstack/upgrading-grizzly-to-havana.html",
          "openstack/tips/queue-depth-exporter.html",
          "about/index.html",
          "archives/index.html",
          "search/index.html");

  @TempDir Path tmp;
  private Preview preview;
  private Chromium chromium;

  @BeforeEach
  void requireChromium() {
    Chromium.requireInstalled();
    assertThat(AXE).as("axe-core, unpacked by the build's download-maven-plugin").isRegularFile();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (chromium != null) {
      chromium.close();
    }
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void pagesOfEveryKindHaveNoViolations() throws Exception {
    assertThat(violations(TestSites.fixture("sites/sharing"), SHARING_PAGES)).isEmpty();
  }

  @Test
  void theExampleSitesPostsAndCommentsHaveNoViolations() throws Exception {
    assertThat(violations(EXAMPLE, EXAMPLE_PAGES)).isEmpty();
  }

  /** Every violation on each page, as {@code page [scheme]: rule (impact) at selectors}. */
  private List<String> violations(Path blog, List<String> pages) throws Exception {
    preview =
        Preview.start(
            ServeOptions.of(TestSites.options(blog, tmp.resolve("out"))).withPort(0), e -> {});
    String axe = Files.readString(AXE, StandardCharsets.UTF_8);
    String first = preview.address() + pages.get(0);
    chromium = Chromium.open(tmp, first);
    List<String> found = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      chromium.call(
          "Emulation.setEmulatedMedia",
          chromium
              .params()
              .set(
                  "features",
                  chromium
                      .params()
                      .arrayNode()
                      .add(
                          chromium
                              .params()
                              .put("name", "prefers-color-scheme")
                              .put("value", scheme))));
      for (String page : pages) {
        String url = preview.address() + page;
        chromium.call("Page.navigate", chromium.params().put("url", url));
        chromium.await(
            page + " to load",
            () ->
                chromium.evaluate(
                    "document.readyState === 'complete' && location.href === '" + url + "'"),
            "true"::equals);
        chromium.call("Runtime.evaluate", chromium.params().put("expression", axe));
        JsonNode result =
            chromium.call(
                "Runtime.evaluate",
                chromium
                    .params()
                    .put(
                        "expression",
                        "axe.run(document, {resultTypes: ['violations']}).then(r =>"
                            + " JSON.stringify(r.violations.map(v => v.id + ' (' + v.impact"
                            + " + ') at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))")
                    .put("awaitPromise", true)
                    .put("returnByValue", true),
                Duration.ofSeconds(60));
        assertThat(result.has("exceptionDetails")).as(page + ": " + result).isFalse();
        for (JsonNode violation :
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.path("result").path("value").asText())) {
          found.add(page + " [" + scheme + "]: " + violation.asText());
        }
      }
    }
    return found;
  }
}
