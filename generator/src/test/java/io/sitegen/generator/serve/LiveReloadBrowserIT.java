package io.sitegen.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitegen.generator.testing.HeadlessChromium;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live reload in a real browser: headless Chromium shows a post of the preview, the test edits the
 * post's Markdown and sends the browser nothing but questions (DevTools {@code Runtime.evaluate}),
 * and the page must reload itself and show the new text.
 *
 * <p>Skipped, with a notice on stderr, where Chromium is not installed; with {@code
 * SITEGEN_REQUIRE_BROWSER=1} (as on CI) its absence fails instead.
 */
class LiveReloadBrowserIT {

  private static final String POST = "posts/diary/quiet-day.md";
  private static final String OLD_TEXT = "Nothing happened, and that was fine.";
  private static final String NEW_TEXT = "A heron landed on the fence at noon.";

  @TempDir Path tmp;
  private Preview preview;
  private HeadlessChromium browser;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void requireChromium() {
    HeadlessChromium.requireOrSkip();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void anOpenPageReloadsItselfAfterTheMarkdownIsSaved() throws Exception {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    preview =
        Preview.start(
            ServeOptions.of(TestSites.options(blog, tmp.resolve("out")))
                .withPort(0)
                .withQuietPeriod(Duration.ofMillis(100)),
            e -> {});
    String postUrl = preview.address() + "diary/quiet-day.html";

    browser = HeadlessChromium.open(tmp, postUrl);

    // The page as first loaded, with its live-reload stream open: an edit saved before the stream
    // is open would reload nothing, however correct the server.
    browser.awaitValue(
        "the page to load",
        () -> browser.evaluate("document.readyState === 'complete' && document.body.innerText"),
        text -> text.contains(OLD_TEXT));
    browser.awaitValue(
        "the event stream to open", this::openEventSources, count -> count.equals("1"));
    browser.evaluate("window.__sitegenBeforeEdit = 'still here'");
    String timeOrigin = browser.evaluate("String(performance.timeOrigin)");

    String markdown = Files.readString(blog.resolve(POST));
    Files.writeString(blog.resolve(POST), markdown.replace(OLD_TEXT, NEW_TEXT));

    String text =
        browser.awaitValue(
            "the page to show the new text",
            () -> browser.evaluate("document.readyState === 'complete' && document.body.innerText"),
            t -> t.contains(NEW_TEXT));
    assertThat(text).doesNotContain(OLD_TEXT);
    // It is a new document, made by the page's own location.reload().
    assertThat(browser.evaluate("typeof window.__sitegenBeforeEdit")).isEqualTo("undefined");
    assertThat(browser.evaluate("performance.getEntriesByType('navigation')[0].type"))
        .isEqualTo("reload");
    assertThat(browser.evaluate("String(performance.timeOrigin)")).isNotEqualTo(timeOrigin);
    assertThat(browser.evaluate("location.href")).isEqualTo(postUrl);
  }

  /**
   * How many {@code EventSource}s of the page are open: the live-reload script's is not reachable
   * from the page's globals, so the heap is asked for every object of that prototype.
   */
  private String openEventSources() {
    try {
      JsonNode prototype =
          browser.call(
              "Runtime.evaluate",
              json.createObjectNode().put("expression", "EventSource.prototype"));
      JsonNode objects =
          browser.call(
              "Runtime.queryObjects",
              json.createObjectNode()
                  .put("prototypeObjectId", prototype.path("result").path("objectId").asText()));
      JsonNode open =
          browser.call(
              "Runtime.callFunctionOn",
              json.createObjectNode()
                  .put("objectId", objects.path("objects").path("objectId").asText())
                  .put(
                      "functionDeclaration",
                      "function() { return String(this.filter(function(s) {"
                          + " return s.readyState === EventSource.OPEN"
                          + " && s.url.endsWith('/__sitegen/events'); }).length); }")
                  .put("returnByValue", true));
      return open.path("result").path("value").asText();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    } catch (Exception e) {
      return "";
    }
  }
}
