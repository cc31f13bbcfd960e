package io.sitegen.generator.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed entry's summary is the text of the body as listings show it: a body cut at {@code <!--
 * more -->} gives only what comes before the marker, while its full content still rides along
 * (fixture {@code sites/feed-summaries}: {@code cut-short.md} has the marker, {@code whole.md} has
 * none).
 */
class FeedSummaryIT {

  private static final String CUT = "https://example.org/cut-short.html";
  private static final String WHOLE = "https://example.org/whole.html";

  @TempDir static Path tmp;
  private static Path site;

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    TestSites.build(TestSites.fixture("sites/feed-summaries"), site);
  }

  @Test
  void aBodyCutAtTheMoreMarkerIsSummarisedByTheTextBeforeIt() throws Exception {
    for (String name : new String[] {Feed.RSS, Feed.ATOM}) {
      SyndEntry cut = entry(name, CUT);
      // White space collapsed, markup gone, nothing after the marker.
      assertThat(cut.getDescription().getValue())
          .as(name)
          .isEqualTo("What the front page shows, on two lines.");
      assertThat(Jsoup.parseBodyFragment(cut.getContents().get(0).getValue()).text())
          .as(name + " content")
          .contains("What the front page shows")
          .contains("What only the post’s page shows.");
    }
    JsonNode item = jsonItem(CUT);
    assertThat(item.path("summary").asText()).isEqualTo("What the front page shows, on two lines.");
    assertThat(item.path("content_html").asText()).contains("What only the post’s page shows.");
  }

  @Test
  void aWholeBodyIsSummarisedByAllOfItsText() throws Exception {
    String text = "All of it, with a link and code. A heading The end.";
    for (String name : new String[] {Feed.RSS, Feed.ATOM}) {
      assertThat(entry(name, WHOLE).getDescription().getValue()).as(name).isEqualTo(text);
    }
    assertThat(jsonItem(WHOLE).path("summary").asText()).isEqualTo(text);
  }

  private static SyndEntry entry(String name, String link) throws Exception {
    SyndFeed feed = FeedsIT.rome(site.resolve(name));
    return feed.getEntries().stream()
        .filter(e -> link.equals(e.getLink()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(link + " not in " + name));
  }

  private static JsonNode jsonItem(String url) throws Exception {
    JsonNode feed = new ObjectMapper().readTree(Files.readString(site.resolve(Feed.JSON)));
    for (JsonNode item : feed.path("items")) {
      if (url.equals(item.path("url").asText())) {
        return item;
      }
    }
    throw new AssertionError(url + " not in " + Feed.JSON);
  }
}
