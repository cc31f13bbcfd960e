package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's markup on the fixture blog {@code sites/sharing}: heading levels, tables, footnotes,
 * task lists and strikethrough, the table of contents, reading time and "updated" date.
 */
class PostMarkupIT {

  @TempDir static Path tmp;
  private static Path site;

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    TestSites.build(TestSites.fixture("sites/sharing"), site);
  }

  /** The levels of every heading of the page, in order. */
  private static List<Integer> levels(Document doc) {
    return doc.select("h1, h2, h3, h4, h5, h6").stream()
        .map(h -> h.tagName().charAt(1) - '0')
        .toList();
  }

  @Test
  void noPageSkipsAHeadingLevel() {
    for (String page :
        List.of("notes/card.html", "index.html", "notes/index.html", "tags/java/index.html")) {
      List<Integer> levels = levels(TestSites.page(site, page));
      assertThat(levels.get(0)).as(page).isEqualTo(1);
      for (int i = 1; i < levels.size(); i++) {
        assertThat(levels.get(i))
            .as(page + " " + levels)
            .isLessThanOrEqualTo(levels.get(i - 1) + 1);
      }
    }
    Document card = TestSites.page(site, "notes/card.html");
    // ### then ## then ####: h2, h2, h3 below the title's h1.
    assertThat(card.select(".post-body :is(h2, h3, h4)"))
        .extracting(Element::tagName, Element::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("h2", "deep-start"),
            org.assertj.core.groups.Tuple.tuple("h2", "section-two"),
            org.assertj.core.groups.Tuple.tuple("h3", "subsection"));
  }

  @Test
  void tablesFootnotesTaskListsAndStrikethroughAreCurrentAccessibleHtml() {
    Document card = TestSites.page(site, "notes/card.html");
    Element table = card.selectFirst(".post-body table");
    assertThat(table.select("[align]")).isEmpty();
    assertThat(table.select("th").eachAttr("class"))
        .containsExactly("align-left", "align-center", "align-right");
    // GFM: \| in a table cell is a pipe, inside code too.
    assertThat(table.selectFirst("td code").text()).isEqualTo("a | b");
    assertThat(table.select("del").eachText()).containsExactly("one", "two");
    Element backref = card.selectFirst("a.footnote-backref");
    assertThat(backref.attr("aria-label")).isEqualTo("Back to reference 1");
    assertThat(card.select("li.task-list-item"))
        .hasSize(2)
        .allSatisfy(
            li -> {
              Element label = li.selectFirst("> label");
              assertThat(label).isNotNull();
              Element box = label.selectFirst("input[type=checkbox]");
              assertThat(box.hasAttr("disabled")).isTrue();
              assertThat(box.hasAttr("readonly")).isFalse();
            });
    assertThat(card.select("li.task-list-item label").eachText())
        .containsExactly("written", "shared");
    assertThat(card.select("li.task-list-item input[checked]")).hasSize(1);
  }

  @Test
  void aPostWithTocTrueListsItsHeadingsAndOthersDoNot() {
    Document card = TestSites.page(site, "notes/card.html");
    Element toc = card.selectFirst("nav.toc");
    assertThat(toc).isNotNull();
    assertThat(toc.select("li a"))
        .extracting(Element::text, a -> a.attr("href"), a -> a.parent().className())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Deep start", "#deep-start", "toc-depth-1"),
            org.assertj.core.groups.Tuple.tuple("Section two", "#section-two", "toc-depth-1"),
            org.assertj.core.groups.Tuple.tuple("Subsection", "#subsection", "toc-depth-2"));
    for (Element link : toc.select("a")) {
      assertThat(card.getElementById(link.attr("href").substring(1))).isNotNull();
    }
    assertThat(TestSites.page(site, "notes/first-image.html").select("nav.toc")).isEmpty();
  }

  @Test
  void postsShowReadingTimeAndWhenTheyWereUpdated() {
    Document card = TestSites.page(site, "notes/card.html");
    Element date = card.selectFirst(".post-date");
    assertThat(date.text()).contains("updated Wed, 02 Apr 2014").contains("1 min read");
    assertThat(date.select("time").eachAttr("datetime"))
        .containsExactly("2014-03-01T10:00Z", "2014-04-02T09:30Z");
    Document plain = TestSites.page(site, "notes/plain.html");
    assertThat(plain.selectFirst(".post-date").text()).doesNotContain("updated");
  }

  @Test
  void theSitemapGivesTheLastModifiedDates() throws Exception {
    Document sitemap =
        Jsoup.parse(
            java.nio.file.Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
    assertThat(lastmod(sitemap, "https://example.org/blog/notes/card.html"))
        .isEqualTo("2014-04-02");
    assertThat(lastmod(sitemap, "https://example.org/blog/notes/first-image.html"))
        .isEqualTo("2014-06-01");
    assertThat(lastmod(sitemap, "https://example.org/blog/notes/plain.html"))
        .isEqualTo("2014-01-01");
    // The front page changed when its newest change did, not when its newest post was posted.
    assertThat(lastmod(sitemap, "https://example.org/blog/")).isEqualTo("2014-06-01");
  }

  private static String lastmod(Document sitemap, String url) {
    for (Element entry : sitemap.select("url")) {
      if (entry.selectFirst("loc").text().equals(url)) {
        return entry.selectFirst("lastmod").text();
      }
    }
    throw new AssertionError("no " + url + " in the sitemap");
  }
}
