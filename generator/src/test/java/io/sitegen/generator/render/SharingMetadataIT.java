package io.sitegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitegen.generator.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What pages of the fixture blog {@code sites/sharing} tell search engines and sites that show
 * shared links: description, canonical URL, Open Graph, Twitter card, JSON-LD and favicons.
 */
class SharingMetadataIT {

  private static final String BASE = "https://example.org/blog/";
  private static final String SITE_DESCRIPTION =
      "Notes shared on social sites & found by search engines.";

  @TempDir static Path tmp;
  private static Path site;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    TestSites.build(TestSites.fixture("sites/sharing"), site);
  }

  private static String meta(Document doc, String property) {
    Element element =
        doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    assertThat(element).as(property).isNotNull();
    return element.attr("content");
  }

  private JsonNode jsonLd(Document doc) throws Exception {
    Element script = doc.selectFirst("script[type=application/ld+json]");
    assertThat(script).isNotNull();
    return json.readTree(script.data());
  }

  @Test
  void aPostWithAnImageIsAnArticleWithItsDatesTagsAndPicture() throws Exception {
    Document doc = TestSites.page(site, "notes/card.html");
    String url = BASE + "notes/card.html";
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
    assertThat(meta(doc, "og:type")).isEqualTo("article");
    assertThat(meta(doc, "og:url")).isEqualTo(url);
    assertThat(meta(doc, "og:title")).isEqualTo("Cards, \"quotes\" & <tags> — Sharing Test Blog");
    assertThat(meta(doc, "og:image")).isEqualTo("https://example.org/blog/images/post-card.png");
    assertThat(meta(doc, "article:published_time")).isEqualTo("2014-03-01T10:00Z");
    assertThat(meta(doc, "article:modified_time")).isEqualTo("2014-04-02T09:30Z");
    assertThat(doc.select("meta[property=article:tag]").eachAttr("content"))
        .containsExactly("java", "sharing");
    assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
    assertThat(meta(doc, "twitter:image")).isEqualTo(meta(doc, "og:image"));
    // No summary: the first paragraph, whole since it is short.
    assertThat(meta(doc, "description"))
        .isEqualTo(
            "This post starts its headings three levels down, which the theme must not pass on"
                + " as a skipped level.")
        .isEqualTo(meta(doc, "og:description"));

    JsonNode ld = jsonLd(doc);
    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.path("@type").asText()).isEqualTo("BlogPosting");
    assertThat(ld.path("headline").asText()).isEqualTo("Cards, \"quotes\" & <tags>");
    assertThat(ld.path("url").asText()).isEqualTo(url);
    assertThat(ld.path("image").asText()).isEqualTo(meta(doc, "og:image"));
    assertThat(ld.path("datePublished").asText()).isEqualTo("2014-03-01T10:00Z");
    assertThat(ld.path("dateModified").asText()).isEqualTo("2014-04-02T09:30Z");
    assertThat(ld.path("author").path("name").asText()).isEqualTo("Ada Writer");
    // The title's "</" cannot end the script early: the JSON escapes < and >.
    assertThat(doc.selectFirst("script[type=application/ld+json]").data())
        .doesNotContain("<tags>")
        .contains("\\u003ctags\\u003e");
  }

  @Test
  void withoutImageOrSummaryTheFirstImageAndTheFirstParagraphShortenedAreUsed() {
    Document doc = TestSites.page(site, "notes/first-image.html");
    assertThat(meta(doc, "og:image")).isEqualTo(BASE + "images/diagram.png");
    String description = meta(doc, "description");
    assertThat(description)
        .startsWith("The first paragraph of this post is long enough")
        .endsWith("…")
        .hasSizeLessThanOrEqualTo(161);
    String cut = description.substring(0, description.length() - 1);
    // Cut at a word: the text goes on with a space after the cut.
    assertThat(doc.selectFirst(".post-body p").text()).startsWith(cut + " ");
    // lastmod: is a synonym of updated:.
    assertThat(meta(doc, "article:modified_time")).isEqualTo("2014-06-01T12:00Z");
  }

  @Test
  void aPhotoPostSharesItsAlbumCoverAndAPostWithoutPicturesTheSitesImage() {
    Document walk = TestSites.page(site, "trips/walk.html");
    assertThat(meta(walk, "og:image"))
        .startsWith(BASE + "photos/walk/")
        .contains("b-creek")
        .endsWith(".jpg");
    Document plain = TestSites.page(site, "notes/plain.html");
    assertThat(meta(plain, "og:image")).isEqualTo(BASE + "images/default-card.png");
    assertThat(meta(plain, "description")).isEqualTo("A post with no picture at all.");
  }

  @Test
  void theFrontPageIsABlogAndEveryOtherPageAWebsiteWithADescription() throws Exception {
    Document home = TestSites.page(site, "index.html");
    assertThat(meta(home, "og:type")).isEqualTo("website");
    assertThat(meta(home, "og:url")).isEqualTo(BASE);
    assertThat(meta(home, "description")).isEqualTo(SITE_DESCRIPTION);
    JsonNode ld = jsonLd(home);
    assertThat(ld.path("@type").asText()).isEqualTo("Blog");
    assertThat(ld.path("name").asText()).isEqualTo("Sharing Test Blog");
    assertThat(ld.path("author").path("name").asText()).isEqualTo("Ada Writer");

    List<String> pages =
        List.of(
            "notes/index.html",
            "tags/sharing/index.html",
            "tags/index.html",
            "2014/index.html",
            "404.html",
            "comments/index.html",
            "photos/index.html",
            "photos/walk/index.html");
    for (String page : pages) {
      Document doc = TestSites.page(site, page);
      assertThat(meta(doc, "og:type")).as(page).isEqualTo("website");
      assertThat(meta(doc, "description")).as(page).isNotBlank();
      assertThat(meta(doc, "og:image")).as(page).startsWith(BASE);
      assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).as(page).startsWith(BASE);
      assertThat(doc.select("script[type=application/ld+json]")).as(page).isEmpty();
    }
    assertThat(meta(TestSites.page(site, "photos/walk/index.html"), "og:image"))
        .contains("b-creek");
  }

  @Test
  void everyPageLinksBothFaviconsAndTheBlogsOwnIconReplacesTheThemes() throws Exception {
    for (String page : List.of("index.html", "notes/card.html", "404.html")) {
      Document doc = TestSites.page(site, page);
      assertThat(doc.select("link[rel=icon]").eachAttr("href"))
          .as(page)
          .containsExactly("/blog/favicon.ico", "/blog/favicon.svg");
    }
    // /favicon.ico exists, so browsers that ask for it without a link get no 404.
    byte[] ico = Files.readAllBytes(site.resolve("favicon.ico"));
    assertThat(ico).startsWith(0, 0, 1, 0);
    assertThat(Files.readString(site.resolve("favicon.svg"), StandardCharsets.UTF_8))
        .contains("the blog's own icon");
  }
}
