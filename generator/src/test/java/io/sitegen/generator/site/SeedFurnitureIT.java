package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme reproduces the seed blog's furniture exactly, on {@code sites/pages} (5 posts,
 * 2 a page, one comment, two albums and a diagram beside a post).
 */
class SeedFurnitureIT {

  @TempDir static Path out;
  private static Path site;

  @BeforeAll
  static void build() {
    site = out.resolve("site");
    TestSites.build(TestSites.fixture("sites/pages"), site);
  }

  private static Element entry(Document page, String title) {
    return page.selectFirst("article.entry:has(h3 a:containsOwn(" + title + "))");
  }

  @Test
  void anEntryIsTitleBodyTagsRelatedThenPostedAt() {
    for (Element entry :
        new Element[] {
          entry(TestSites.page(site, "index.html"), "Hello, pages"),
          TestSites.page(site, "code/hello-pages.html").selectFirst("article.post")
        }) {
      // Titles by class: a comment's byline is an h3 too (of its own article).
      assertThat(
              entry.select(
                  "h1.post-title, h3.entry-title, .entry-body, .post-body, p.tags, p.related,"
                      + " p.entry-meta"))
          .extracting(e -> e.className().isEmpty() ? e.tagName() : e.className().split(" ")[0])
          .containsExactly(
              entry.is(".post") ? "post-title" : "entry-title",
              entry.is(".post") ? "post-body" : "entry-body",
              "tags",
              "related",
              "entry-meta");
      assertThat(entry.selectFirst("p.tags").text())
          .isEqualTo("Tags for this post: java build-tools yaml");
      Element related = entry.selectFirst("p.related");
      // Semicolons: the first related title has commas of its own.
      assertThat(related.select("a").eachText())
          .contains("Builds, tests, and you")
          .hasSizeGreaterThan(1);
      assertThat(related.text())
          .isEqualTo("Related posts: " + String.join("; ", related.select("a").eachText()));
      assertThat(entry.selectFirst("p.entry-meta").text())
          .isEqualTo("posted at: 04:58 | path: /code | permanent link to this entry");
    }
  }

  @Test
  void dayHeadersAreZeroPadded() {
    assertThat(TestSites.page(site, "index.html").select("h2.day-header").eachText())
        .containsExactly("Wed, 04 Sep 2013");
    assertThat(TestSites.page(site, "page/2/index.html").select("h2.day-header").eachText())
        .containsExactly("Tue, 03 Sep 2013", "Thu, 01 Aug 2013");
  }

  @Test
  void theSinglePreviousPageLinkLeadsToOlderEntries() {
    assertThat(TestSites.page(site, "index.html").select("nav.pager a"))
        .extracting(a -> a.text() + " " + a.attr("href"))
        .containsExactly("Previous page /page/2/");
    assertThat(TestSites.page(site, "page/2/index.html").select("nav.pager a"))
        .extracting(a -> a.text() + " " + a.attr("href"))
        .containsExactly("Previous page /page/3/");
    assertThat(TestSites.page(site, "page/3/index.html").select("nav.pager")).isEmpty();
  }

  @Test
  void theCommentLinksStandAboveTheFirstDayOfTheFrontPage() {
    Document home = TestSites.page(site, "index.html");
    Element links = home.selectFirst("main p.comment-links");
    assertThat(links.text()).isEqualTo("See recent comments. RSS feed of all comments.");
    assertThat(links.select("a").eachAttr("href"))
        .containsExactly("/comments/", "https://pages.example.org/comments/index.rss");
    assertThat(links.nextElementSibling().is("section.day")).isTrue();
    assertThat(home.select("p.comment-links")).hasSize(1);
    assertThat(TestSites.page(site, "page/2/index.html").select("p.comment-links")).isEmpty();
  }

  @Test
  void aBlogWithoutCommentsShowsNoCommentLinks(@TempDir Path tmp) {
    Path built = tmp.resolve("basic");
    TestSites.build(TestSites.fixture("sites/basic"), built);
    assertThat(TestSites.page(built, "index.html").select("p.comment-links")).isEmpty();
  }

  @Test
  void seeMoreThumbnailsOnlyWhenTheAlbumHasMorePhotosThanTheStrip() {
    Element builds = TestSites.page(site, "code/builds.html").selectFirst(".gallery-strip");
    assertThat(builds.select("img")).hasSize(2);
    assertThat(builds.select("p.more-thumbnails a").attr("href")).isEqualTo("/photos/trip/");
    Element pair = TestSites.page(site, "diary/file-dated.html").selectFirst(".gallery-strip");
    assertThat(pair.select("img")).hasSize(2);
    assertThat(pair.select("p.more-thumbnails")).isEmpty();
  }

  @Test
  void thumbnailsWithoutACaptionHaveADescriptiveAlt() {
    assertThat(
            TestSites.page(site, "code/builds.html").select(".gallery-strip img").eachAttr("alt"))
        .containsExactly("Photo 1 of 3 in A trip", "Photo 2 of 3 in A trip");
    assertThat(
            TestSites.page(site, "photos/trip/index.html")
                .select("#album_photos img")
                .eachAttr("alt"))
        .containsExactly(
            "Photo 1 of 3 in A trip", "Photo 2 of 3 in A trip", "Photo 3 of 3 in A trip");
    assertThat(TestSites.page(site, "photos/index.html").select("#album_index img").eachAttr("alt"))
        .allMatch(alt -> alt.startsWith("Photo 1 of "))
        .noneMatch(alt -> alt.endsWith(".png"));
  }

  @Test
  void aPostDatedOnlyByItsFileNameShowsNoTime() {
    Document post = TestSites.page(site, "diary/file-dated.html");
    assertThat(post.select("p.post-date").text()).isEqualTo("Tue, 03 Sep 2013");
    assertThat(post.select("p.entry-meta").text())
        .isEqualTo("path: /diary | permanent link to this entry");
    assertThat(post.select("main").text()).doesNotContain("00:00");
    Element entry = entry(TestSites.page(site, "page/2/index.html"), "Dated by its file name");
    assertThat(entry.text()).doesNotContain("00:00").doesNotContain("posted at");
  }

  @Test
  void anImageShownByAPostStaysWithThePostAndMakesNoAlbum() {
    Document hello = TestSites.page(site, "code/hello-pages.html");
    assertThat(hello.select(".post-body img").attr("src")).isEqualTo("/code/diagram.png");
    assertThat(site.resolve("code/diagram.png")).exists();
    assertThat(hello.select(".gallery-strip")).isEmpty();
    assertThat(site.resolve("photos/code")).doesNotExist();
    assertThat(
            TestSites.page(site, "photos/index.html")
                .select("#album_index .album-title")
                .eachText())
        .containsExactlyInAnyOrder("A trip", "pair");
  }
}
