package io.sitegen.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.BasePathServer;
import io.sitegen.generator.testing.Chromium;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in headless Chromium, on a blog served below {@code /blog/} (its baseUrl is
 * {@code https://example.org/blog/}) by a plain HTTP server, and on the example site. Also the
 * proof that the browser's tokenizer and {@link Tokenizer} agree on a shared word list.
 */
class SearchBrowserIT {

  private static final String RESULTS =
      "JSON.stringify(Array.from(document.querySelectorAll('#search_results a'))"
          + ".map(a => a.getAttribute('href')))";

  @TempDir Path tmp;
  private BasePathServer server;
  private Chromium browser;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void requireChromium() {
    Chromium.requireInstalled();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Builds the blog (with another baseUrl, if given) and serves it below {@code /blog/}. */
  private String serve(Path blog, Optional<String> baseUrl) throws Exception {
    Path out = tmp.resolve("out");
    BuildOptions options = TestSites.options(blog, out);
    new SiteGenerator().build(baseUrl.map(options::withBaseUrl).orElse(options), e -> {});
    server = BasePathServer.start(out, "/blog/");
    return server.root();
  }

  @Test
  void aStemmedQueryFindsTitleMatchesFirstAndAResultCanBeFollowedAndGoneBackFrom()
      throws Exception {
    String root = serve(TestSites.fixture("sites/search"), Optional.empty());
    browser = Chromium.open(tmp, root + "search/?q=booting");

    // "booting" is stemmed to "boot": the post with it in its title ranks above the body match.
    assertThat(resultsFor("booting"))
        .containsExactly("/blog/linux/boot-loaders.html", "/blog/linux/slow-startup.html");
    assertThat(
            browser.evaluate(
                "document.querySelector('#search_results li:nth-child(2) .search-snippet mark').textContent"))
        .isEqualTo("booting");
    assertThat(
            browser.evaluate(
                "document.querySelector('#search_results li .search-meta').textContent"))
        .isEqualTo("2020-03-01 · linux");

    // Arrow down from the box to the first result, Enter follows it.
    browser.evaluate("document.getElementById('search_query').focus()");
    key("ArrowDown", 40);
    assertThat(browser.evaluate("document.activeElement.getAttribute('href')"))
        .isEqualTo("/blog/linux/boot-loaders.html");
    key("Enter", 13);
    browser.await(
        "the result's page",
        () -> browser.evaluate("location.pathname + ' ' + document.title"),
        s -> s.startsWith("/blog/linux/boot-loaders.html Choosing a boot loader"));

    // Back: the search page with its query and results again.
    browser.evaluate("history.back()");
    assertThat(resultsFor("booting")).hasSize(2);
    assertThat(browser.evaluate("document.getElementById('search_query').value"))
        .isEqualTo("booting");
  }

  @Test
  void typingMatchesTheLastWordAsAPrefixAndUpdatesTheAddress() throws Exception {
    String root = serve(TestSites.fixture("sites/search"), Optional.empty());
    browser = Chromium.open(tmp, root + "search/");
    browser.await(
        "the search script",
        () -> browser.evaluate("String(document.activeElement.id)"),
        id -> id.equals("search_query"));

    browser.call("Input.insertText", json.createObjectNode().put("text", "sourd"));
    assertThat(resultsFor("sourd")).containsExactly("/blog/cooking/bread.html");
    assertThat(browser.evaluate("location.search")).isEqualTo("?q=sourd");

    // All words must match; a quoted phrase must appear as written.
    setQuery("kernel boot ");
    assertThat(resultsFor("kernel boot ")).containsExactly("/blog/linux/boot-loaders.html");
    setQuery("\"boot quick\"");
    assertThat(resultsFor("\"boot quick\"")).containsExactly("/blog/linux/slow-startup.html");
    setQuery("\"quick boot\"");
    assertThat(resultsFor("\"quick boot\"")).isEmpty();

    setQuery("zebra ");
    assertThat(resultsFor("zebra ")).isEmpty();
    assertThat(browser.evaluate("document.getElementById('search_status').textContent"))
        .isEqualTo("No posts match “zebra”.");
  }

  @Test
  void theExampleSiteUnderABasePathFindsItsPostAboutBooting() throws Exception {
    String root =
        serve(
            Path.of("../example-site").toAbsolutePath().normalize(),
            Optional.of("https://example.org/blog/"));
    browser = Chromium.open(tmp, root);
    browser.await(
        "the home page's search box",
        () -> browser.evaluate("String(document.getElementById('site_search_q') !== null)"),
        s -> s.equals("true"));

    // The header box: a plain form to the search page.
    assertThat(
            browser.evaluate(
                "var box = document.getElementById('site_search_q'); box.value = 'booting';"
                    + " box.form.requestSubmit(); box.form.action"))
        .isEqualTo(root + "search/");
    List<String> results = resultsFor("booting");
    assertThat(results).first().isEqualTo("/blog/openstack/tips/nova-boot-quickly.html");
    browser.evaluate("document.querySelector('#search_results a').click()");
    browser.await(
        "the post",
        () ->
            browser.evaluate(
                "document.querySelector('h1') && document.querySelector('h1').textContent"),
        s -> s.contains("Booting a test instance in one line"));
  }

  @Test
  void theBrowsersTokenizerAgreesWithTheJavaOneOnTheSharedWords() throws Exception {
    String root = serve(TestSites.fixture("sites/search"), Optional.empty());
    browser = Chromium.open(tmp, root + "search/");
    browser.await(
        "the search script",
        () -> browser.evaluate("typeof window.sitegenSearch"),
        t -> t.equals("object"));
    List<String> lines =
        Files.readAllLines(Path.of("src/test/resources/search/shared-words.txt")).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
    String browserTerms =
        browser.evaluate(
            "JSON.stringify("
                + json.writeValueAsString(lines)
                + ".map(l => window.sitegenSearch.terms(l)))");
    List<List<String>> javaTerms = lines.stream().map(new Tokenizer()::terms).toList();
    assertThat(javaTerms.stream().mapToInt(List::size).sum()).isGreaterThan(140);
    assertThat(browserTerms).isEqualTo(json.writeValueAsString(javaTerms));
    // The stop-word line keeps only its other words, on both sides.
    assertThat(javaTerms.get(javaTerms.size() - 1))
        .containsExactly("cat", "hat", "question", "la", "cart", "the", "isn", "t", "their");
    assertThat(browser.evaluate("JSON.stringify(window.sitegenSearch.stopWords)"))
        .isEqualTo(json.writeValueAsString(Tokenizer.STOP_WORDS));
  }

  @Test
  void aPhraseKeepsTheStopWordsPlaceAndStopWordsAloneAreExplained() throws Exception {
    String root = serve(TestSites.fixture("sites/search"), Optional.empty());
    browser = Chromium.open(tmp, root + "search/?q=" + "%22starts%20the%20kernel%22");

    // "A boot loader starts the kernel.": "the" is not indexed, but still stands between.
    assertThat(resultsFor("\"starts the kernel\""))
        .containsExactly("/blog/linux/boot-loaders.html");
    setQuery("\"starts a kernel\"");
    assertThat(resultsFor("\"starts a kernel\"")).containsExactly("/blog/linux/boot-loaders.html");
    setQuery("\"starts kernel\"");
    assertThat(resultsFor("\"starts kernel\"")).isEmpty();
    // "made the boot quick": a stop word at the start of a phrase leaves the rest to match.
    setQuery("\"the boot quick\"");
    assertThat(resultsFor("\"the boot quick\"")).containsExactly("/blog/linux/slow-startup.html");

    setQuery("the and ");
    assertThat(resultsFor("the and ")).isEmpty();
    assertThat(browser.evaluate("document.getElementById('search_status').textContent"))
        .isEqualTo("Common words like “the” are not searched for: add another word.");
    // A stop word before other words is left out; one being typed that begins no term too.
    setQuery("the kernel");
    assertThat(resultsFor("the kernel"))
        .containsExactly("/blog/linux/kernel-notes.html", "/blog/linux/boot-loaders.html");
    setQuery("kernel the");
    assertThat(resultsFor("kernel the"))
        .containsExactly("/blog/linux/kernel-notes.html", "/blog/linux/boot-loaders.html");
    // One that begins a term is a prefix as it is typed: "in" of "install the modules".
    setQuery("kernel in");
    assertThat(resultsFor("kernel in")).containsExactly("/blog/linux/kernel-notes.html");
  }

  /** The result links once the page shows the results of {@code query}. */
  private List<String> resultsFor(String query) throws Exception {
    // Before the results are there: where the browser is and what the status line says.
    String ask =
        "(function () { var r = document.getElementById('search_results');"
            + " if (r && r.getAttribute('data-query') === "
            + json.writeValueAsString(query)
            + ") return "
            + RESULTS
            + "; return location.href + ' shows: '"
            + " + (document.getElementById('search_status') || {}).textContent; })()";
    String links =
        browser.await("results for " + query, () -> browser.evaluate(ask), s -> s.startsWith("["));
    return List.of(json.readValue(links, String[].class));
  }

  private void setQuery(String query) throws Exception {
    browser.evaluate(
        "var q = document.getElementById('search_query'); q.value = "
            + json.writeValueAsString(query)
            + "; q.dispatchEvent(new Event('input'))");
  }

  private void key(String key, int code) throws Exception {
    for (String type : List.of("rawKeyDown", "keyUp")) {
      var params =
          json.createObjectNode()
              .put("type", type)
              .put("key", key)
              .put("code", key)
              .put("windowsVirtualKeyCode", code);
      browser.call("Input.dispatchKeyEvent", params);
      if (code == 13 && type.equals("rawKeyDown")) {
        browser.call(
            "Input.dispatchKeyEvent",
            json.createObjectNode().put("type", "char").put("text", "\r"));
      }
    }
  }
}
