package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of {@code pages/} and the header menu of {@code site.yaml}, on {@code sites/pages}: an
 * About page (Markdown, alias, {@code menu:} title, an image beside it), a Colophon in HTML, a
 * nested page and a draft page; the menu links a page, a category, the archives, the albums and an
 * external URL.
 */
class PagesIT {

  @TempDir static Path out;
  private static Path site;
  private static final List<BuildEvent> events = new ArrayList<>();

  @BeforeAll
  static void build() {
    site = out.resolve("site");
    TestSites.build(TestSites.fixture("sites/pages"), site, events);
  }

  @Test
  void pagesAreRenderedWithThePageTemplateAtTheirPagePermalink() {
    Document about = TestSites.page(site, "about/index.html");
    assertThat(about.select("main article.page h1.page-title").text()).isEqualTo("About this blog");
    assertThat(about.title()).isEqualTo("About this blog — Pages Test Blog");
    assertThat(about.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Who writes here, and why.");
    assertThat(about.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://pages.example.org/about/");
    // No post furniture on a page: no date, tags, related posts or comments.
    assertThat(about.select(".post-date, p.tags, p.related, p.entry-meta, #reader_comments"))
        .isEmpty();
    // The nested page keeps its folder; the draft page is left out.
    assertThat(TestSites.page(site, "projects/site-gen/index.html").select("h1").text())
        .isEqualTo("site-gen, the project");
    assertThat(site.resolve("secret/index.html")).doesNotExist();
    // The image beside the page is published beside it, and the page's link to it works.
    assertThat(site.resolve("me.png")).exists();
    assertThat(about.selectFirst(".page-body img").attr("src")).isEqualTo("/me.png");
  }

  @Test
  void anHtmlPageBodyIsKeptAsHtmlNotReadAsMarkdown() {
    Document colophon = TestSites.page(site, "colophon/index.html");
    Element kept = colophon.getElementById("kept");
    assertThat(kept.select("em").text()).isEqualTo("HTML");
    // Markdown's emphasis would have made <em>not Markdown</em>.
    assertThat(kept.text()).contains("*not Markdown*");
    assertThat(colophon.select(".page-body a").attr("href")).isEqualTo("/diary/older.html");
  }

  @Test
  void postsAndPagesLinkEachOtherByRelativeSourceLinks() {
    Document hello = TestSites.page(site, "code/hello-pages.html");
    assertThat(hello.select(".post-body a").eachAttr("href"))
        .containsExactly("/about/", "/colophon/");
    Document about = TestSites.page(site, "about/index.html");
    assertThat(about.select(".page-body a").eachAttr("href"))
        .containsExactly("/code/hello-pages.html#why", "/projects/site-gen/");
    assertThat(
            TestSites.page(site, "projects/site-gen/index.html")
                .select(".page-body a")
                .attr("href"))
        .isEqualTo("/about/");
  }

  @Test
  void anAliasOfAPageRedirectsToIt() {
    Document redirect = TestSites.page(site, "about.html");
    assertThat(redirect.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://pages.example.org/about/");
  }

  @Test
  void pagesAreInNoListingFeedArchiveOrRelatedPostsButInTheSitemap() throws Exception {
    for (String listing :
        List.of(
            "index.html",
            "page/2/index.html",
            "page/3/index.html",
            "2013/index.html",
            "tags/java/index.html",
            "archives/index.html",
            "code/hello-pages.html")) {
      assertThat(TestSites.page(site, listing).select("main").text())
          .as(listing)
          .doesNotContain("About this blog")
          .doesNotContain("Colophon");
    }
    for (String feed : List.of("index.rss", "index.atom")) {
      SyndFeed parsed = new SyndFeedInput().build(new XmlReader(site.resolve(feed).toFile()));
      assertThat(parsed.getEntries())
          .extracting(SyndEntry::getTitle)
          .doesNotContain("About this blog", "Colophon", "site-gen, the project");
      assertThat(parsed.getEntries()).hasSize(5);
    }
    Document sitemap =
        Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
    assertThat(sitemap.select("url > loc").eachText())
        .contains(
            "https://pages.example.org/about/",
            "https://pages.example.org/colophon/",
            "https://pages.example.org/projects/site-gen/")
        .doesNotContain("https://pages.example.org/about.html");
  }

  @Test
  void theMenuLinksEveryKindOfEntryInOrderAndMarksTheCurrentOne() {
    Document home = TestSites.page(site, "index.html");
    Element menu = home.selectFirst("header.site-header nav.site-menu");
    assertThat(menu.select("a"))
        .extracting(a -> a.text() + " " + a.attr("href"))
        .containsExactly(
            "About me /about/",
            "Code /code/",
            "Archives /archives/",
            "Photos /photos/",
            "GitHub https://github.com/example");
    assertThat(home.select("nav.site-menu a[aria-current]")).isEmpty();
    Document about = TestSites.page(site, "about/index.html");
    assertThat(about.select("nav.site-menu a[aria-current=page]").eachText())
        .containsExactly("About me");
    assertThat(
            TestSites.page(site, "code/index.html")
                .select("nav.site-menu a[aria-current=page]")
                .eachText())
        .containsExactly("Code");
    assertThat(
            TestSites.page(site, "archives/index.html").select("a[aria-current=page]").eachText())
        .containsExactly("Archives");
  }

  @Test
  void theArchivesPageListsYearsAndMonthsNewestFirst() {
    Document archives = TestSites.page(site, "archives/index.html");
    assertThat(archives.select("ul.archive-years > li > a").eachText()).containsExactly("2013");
    assertThat(archives.select("ul.archive-months a"))
        .extracting(a -> a.text() + " " + a.attr("href"))
        .containsExactly(
            "September 2013 /2013/09/", "August 2013 /2013/08/", "July 2013 /2013/07/");
    assertThat(archives.select("ul.archive-years > li > .count").text()).isEqualTo("(5)");
  }

  @Test
  void withoutAMenuInSiteYamlPagesWithMenuInTheirFrontMatterFormIt(@TempDir Path tmp) {
    Path blog = TestSites.copy(TestSites.fixture("sites/pages"), tmp.resolve("blog"));
    TestSites.write(
        blog,
        """
        --- site.yaml ---
        title: No menu list
        --- pages/colophon.html ---
        ---
        title: Colophon
        menu: true
        ---
        <p>HTML.</p>
        """);
    Path built = tmp.resolve("out");
    TestSites.build(blog, built);
    assertThat(TestSites.page(built, "index.html").select("nav.site-menu a"))
        .extracting(a -> a.text() + " " + a.attr("href"))
        .containsExactly("About me /about/", "Colophon /colophon/");
  }

  @Test
  void aPageWithThePathOfAPostStopsTheBuildNamingBothFiles(@TempDir Path tmp) {
    assertThat(
            failure(
                tmp,
                """
        --- pages/code/hello-pages.md ---
        ---
        title: Clash
        ---
        Same place as the post.
        --- site.yaml ---
        title: Clash
        pagePermalink: /{slug}.html
        """))
        .contains("pages/code/hello-pages.md")
        .contains("posts/code/hello-pages.md")
        .contains("/code/hello-pages.html")
        .contains("slug:");
  }

  @Test
  void aPageWithThePathOfACategoryListingStopsTheBuildNamingThePage(@TempDir Path tmp) {
    assertThat(failure(tmp, "--- pages/diary.md ---\n---\ntitle: Diary page\n---\nA clash.\n"))
        .contains("/diary/index.html")
        .contains("page pages/diary.md")
        .contains("category listing /diary");
  }

  @Test
  void aBadMenuEntryFailsAtItsLineOfSiteYaml(@TempDir Path tmp) {
    assertThat(
            failure(
                tmp,
                """
        --- site.yaml ---
        title: Bad menu
        menu:
          - page: about
          - tags
          - url: ftp://example.org/
            title: FTP
          - url: https://example.org/
        """))
        .contains("site.yaml:4: menu entry 'tags' is not one site-gen knows")
        .contains("site.yaml:5: menu entry url: 'ftp://example.org/'")
        .contains("site.yaml:7: menu entry url: https://example.org/ has no title");
  }

  @Test
  void aMenuEntryNamingAMissingPageOrCategoryFailsAtItsLine(@TempDir Path tmp) {
    assertThat(
            failure(
                tmp,
                """
        --- site.yaml ---
        title: Missing
        menu:
          - page: about
          - page: contact
          - category: /nowhere
        """))
        .contains("site.yaml:4: menu entry page: contact is not a page")
        .contains("pages/contact.md")
        .contains("site.yaml:5: menu entry category: /nowhere has no posts");
  }

  /** The message of the build of sites/pages with {@code txtar}'s files written over it. */
  private static String failure(Path tmp, String txtar) {
    Path blog = TestSites.copy(TestSites.fixture("sites/pages"), tmp.resolve("blog"));
    TestSites.write(blog, txtar);
    BuildException e =
        catchThrowableOfType(() -> TestSites.build(blog, tmp.resolve("out")), BuildException.class);
    assertThat(e).as("the build fails").isNotNull();
    return e.getMessage();
  }
}
