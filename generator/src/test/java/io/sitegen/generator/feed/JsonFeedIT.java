package io.sitegen.generator.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Feeds of the fixture blog {@code sites/sharing}, read with Jackson and compared with the
 * RSS and Atom of the same listing read by Rome; and the photo post's thumbnails in all three.
 */
class JsonFeedIT {

  private static final String BASE = "https://example.org/blog/";
  private static final List<String> FOLDERS =
      List.of("", "notes", "trips", "tags/java", "tags/sharing", "tags/photos");

  @TempDir static Path tmp;
  private static Path site;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    TestSites.build(TestSites.fixture("sites/sharing"), site);
  }

  private static String file(String folder, String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  private static SyndFeed rome(String file) throws Exception {
    try (XmlReader reader = new XmlReader(site.resolve(file).toFile())) {
      return new SyndFeedInput().build(reader);
    }
  }

  private JsonNode jsonFeed(String folder) throws Exception {
    return json.readTree(Files.readString(site.resolve(file(folder, Feed.JSON))));
  }

  @Test
  void everyListingsJsonFeedHasTheEntriesOfItsRssFeed() throws Exception {
    for (String folder : FOLDERS) {
      JsonNode feed = jsonFeed(folder);
      assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
      assertThat(feed.path("feed_url").asText()).isEqualTo(BASE + file(folder, Feed.JSON));
      assertThat(feed.path("home_page_url").asText())
          .isEqualTo(BASE + (folder.isEmpty() ? "" : folder + "/"));
      SyndFeed rss = rome(file(folder, Feed.RSS));
      assertThat(feed.path("title").asText()).isEqualTo(rss.getTitle());
      List<SyndEntry> entries = rss.getEntries();
      JsonNode items = feed.path("items");
      assertThat(items.size()).as(folder).isEqualTo(entries.size()).isPositive();
      for (int i = 0; i < entries.size(); i++) {
        SyndEntry entry = entries.get(i);
        JsonNode item = items.get(i);
        assertThat(item.path("id").asText()).isEqualTo(entry.getUri());
        assertThat(item.path("url").asText()).isEqualTo(entry.getLink());
        assertThat(item.path("title").asText()).isEqualTo(entry.getTitle());
        assertThat(OffsetDateTime.parse(item.path("date_published").asText()).toInstant())
            .isEqualTo(entry.getPublishedDate().toInstant());
        // Rome trims the text of the XML element.
        assertThat(item.path("content_html").asText().strip())
            .isEqualTo(entry.getContents().get(0).getValue().strip());
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(t -> tags.add(t.asText()));
        assertThat(tags)
            .containsExactlyElementsOf(
                entry.getCategories().stream().map(c -> c.getName()).toList());
        assertThat(item.path("authors").get(0).path("name").asText()).isEqualTo("Ada Writer");
      }
    }
  }

  @Test
  void anUpdatedPostIsModifiedLaterThanPublishedInJsonAndAtom() throws Exception {
    JsonNode card = item(jsonFeed(""), BASE + "notes/card.html");
    assertThat(card.path("date_published").asText()).isEqualTo("2014-03-01T10:00:00Z");
    assertThat(card.path("date_modified").asText()).isEqualTo("2014-04-02T09:30:00Z");
    assertThat(card.path("image").asText()).isEqualTo(BASE + "images/post-card.png");
    SyndEntry atom =
        rome(Feed.ATOM).getEntries().stream()
            .filter(e -> e.getLink().equals(BASE + "notes/card.html"))
            .findFirst()
            .orElseThrow();
    assertThat(atom.getUpdatedDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2014-04-02T09:30:00Z").toInstant());
    assertThat(atom.getPublishedDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2014-03-01T10:00:00Z").toInstant());
    // Not updated: modified is when it was posted.
    JsonNode plain = item(jsonFeed(""), BASE + "notes/plain.html");
    assertThat(plain.path("date_modified").asText())
        .isEqualTo(plain.path("date_published").asText());
  }

  @Test
  void aPhotoPostCarriesItsThumbnailsAsAbsoluteUrlsInEveryFormat() throws Exception {
    String post = BASE + "trips/walk.html";
    List<String> contents = new ArrayList<>();
    for (String name : List.of(Feed.RSS, Feed.ATOM)) {
      SyndEntry entry =
          rome(file("trips", name)).getEntries().stream()
              .filter(e -> e.getLink().equals(post))
              .findFirst()
              .orElseThrow();
      contents.add(entry.getContents().get(0).getValue());
    }
    JsonNode item = item(jsonFeed("trips"), post);
    contents.add(item.path("content_html").asText());
    assertThat(item.path("image").asText()).startsWith(BASE + "photos/walk/").contains("b-creek");
    for (String html : contents) {
      List<Element> images = Jsoup.parseBodyFragment(html).select(".gallery a > img");
      // galleryThumbnails: 2 of the album's three photos.
      assertThat(images).hasSize(2);
      for (Element img : images) {
        String src = img.attr("src");
        assertThat(src).startsWith(BASE + "photos/walk/");
        String path = src.substring(BASE.length());
        assertThat(site.resolve(path)).as(src).isRegularFile();
        assertThat(img.attr("alt")).isNotBlank();
        assertThat(img.parent().attr("href")).startsWith(BASE + "photos/walk/").endsWith(".html");
      }
      assertThat(
              Jsoup.parseBodyFragment(html).select(".gallery > a[href=" + BASE + "photos/walk/]"))
          .hasSize(1);
    }
  }

  @Test
  void everyPageLinksTheJsonFeedsOfItsListingAndOfTheBlog() {
    assertThat(
            TestSites.page(site, "tags/java/index.html")
                .select("link[rel=alternate][type=application/feed+json]")
                .eachAttr("href"))
        .containsExactly(BASE + "tags/java/index.json", BASE + "index.json");
    assertThat(
            TestSites.page(site, "notes/card.html")
                .select("link[rel=alternate][type=application/feed+json]")
                .eachAttr("href"))
        .containsExactly(BASE + "notes/index.json", BASE + "index.json");
  }

  private static JsonNode item(JsonNode feed, String url) {
    for (JsonNode item : feed.path("items")) {
      if (item.path("url").asText().equals(url)) {
        return item;
      }
    }
    throw new AssertionError("no item " + url + " in " + feed);
  }
}
