package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * One test per feature of the generator, each reading the real output of the fixture blog {@code
 * src/test/resources/sites/basic} (Australia/Sydney, postsPerPage 3, baseUrl
 * https://blog.example.org/). Every expected value comes from the fixture's files.
 *
 * <p>The fixture's published posts, newest first (local Sydney time):
 *
 * <pre>
 *  0 meta/about-this-blog                         2014-04-01 12:00 +11  no tags, alone in meta
 *  1 diary/quiet-day                              2014-03-01 08:00 +11  no tags
 *  2 diary/2014-03-01-rainy-saturday (file date)  2014-03-01 00:00 +11  weather
 *  3 diary/fish-and-chips                         2014-02-14 19:00 +11  food, c&lt;"x"
 *  4 conference/lca/2014/hallway-track            2014-01-07 16:45 +11  conference
 *  5 conference/lca/2014/perth-keynote            2014-01-07 11:00 +11  conference, lca
 *  6 book/reading-list (summary)                  2013-11-02 09:00 +11  books
 *  7 book/Robert_A_Heinlein/the-moon-is-a-harsh-mistress (more)  2013-10-12 21:30 +11  books, sf
 *  8 openstack/tips/keystone-tokens               2013-09-30 10:15 +10  openstack, keystone
 *  9 openstack/havana-summit (2013-09-29T20:00Z)  2013-09-30 06:00 +10  openstack, conference
 * 10 openstack/tips/nova-quotas                   2013-09-30 04:58 +10  openstack, nova
 * </pre>
 *
 * plus a draft (diary/unfinished-thoughts) and a future post (diary/plans-for-2030).
 */
class SiteFeaturesIT {

  private static final String BASE = "https://blog.example.org/";

  /** Post page paths in blog order, newest first. */
  private static final List<String> POST_PATHS =
      List.of(
          "meta/about-this-blog.html",
          "diary/quiet-day.html",
          "diary/rainy-saturday.html",
          "diary/fish-and-chips.html",
          "conference/lca/2014/hallway-track.html",
          "conference/lca/2014/perth-keynote.html",
          "book/reading-list.html",
          "book/Robert_A_Heinlein/the-moon-is-a-harsh-mistress.html",
          "openstack/tips/keystone-tokens.html",
          "openstack/havana-summit.html",
          "openstack/tips/nova-quotas.html");

  private static final String FISH = "Fish & \"chips\" <fast>";

  @TempDir static Path out;
  private static Path site;
  private static BuildResult result;
  private static final List<BuildEvent> events = new ArrayList<>();

  @BeforeAll
  static void build() {
    site = out.resolve("site");
    result = TestSites.build(TestSites.fixture("sites/basic"), site, events);
  }

  @Test
  void publishesEveryPostAtItsPermalink() {
    assertThat(result.posts()).isEqualTo(11);
    for (String path : POST_PATHS) {
      assertThat(site.resolve(path)).isRegularFile();
    }
    // The date prefix of the file name is not part of the slug.
    assertThat(site.resolve("diary/2014-03-01-rainy-saturday.html")).doesNotExist();
    assertThat(TestSites.page(site, "diary/rainy-saturday.html").select("p.post-date time").text())
        // Dated by its file name only: no "00:00" (issue 10), and the day zero-padded.
        .isEqualTo("Sat, 01 Mar 2014");
  }

  @Test
  void categoriesComeFromFoldersAndParentsListTheirSubFolders() {
    Document openstack = TestSites.page(site, "openstack/index.html");
    assertThat(openstack.select("h1").text()).isEqualTo("Posts in /openstack");
    // The parent lists its own post and the posts of openstack/tips, newest first.
    assertThat(entryTitles(openstack))
        .containsExactly("Keystone token expiry", "Havana summit notes", "Checking nova quotas");
    assertThat(openstack.select("nav.subcategories li"))
        .extracting(li -> li.selectFirst("a").attr("href"), Element::text)
        .containsExactly(tuple("/openstack/tips/", "tips (2)"));

    Document tips = TestSites.page(site, "openstack/tips/index.html");
    assertThat(entryTitles(tips)).containsExactly("Keystone token expiry", "Checking nova quotas");
    assertThat(tips.select("nav.subcategories")).isEmpty();
    assertThat(tips.select("nav.breadcrumbs li"))
        .extracting(Element::text)
        .containsExactly("home", "openstack", "tips");

    // Three levels deep: the top folder lists posts two folders down.
    Document conference = TestSites.page(site, "conference/index.html");
    assertThat(entryTitles(conference))
        .containsExactly("The hallway track", "Keynote at linux.conf.au");
    assertThat(conference.select("nav.subcategories li a"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(tuple("/conference/lca/", "lca"));
    Document lca = TestSites.page(site, "conference/lca/index.html");
    assertThat(lca.select("nav.subcategories li a"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(tuple("/conference/lca/2014/", "2014"));
    Document lca2014 = TestSites.page(site, "conference/lca/2014/index.html");
    assertThat(lca2014.select("h1").text()).isEqualTo("Posts in /conference/lca/2014");
    assertThat(lca2014.select("nav.breadcrumbs a"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(
            tuple("/", "home"),
            tuple("/conference/", "conference"),
            tuple("/conference/lca/", "lca"));
    assertThat(lca2014.select("nav.breadcrumbs li[aria-current=page]").text()).isEqualTo("2014");

    Document book = TestSites.page(site, "book/index.html");
    assertThat(entryTitles(book)).containsExactly("Reading list", "The Moon is a Harsh Mistress");
    assertThat(book.select("nav.subcategories li"))
        .extracting(Element::text)
        .containsExactly("Robert_A_Heinlein (1)");

    // The sidebar lists the top-level folders with counts that include sub-folders.
    assertThat(openstack.select("ul.category-list li"))
        .extracting(Element::text)
        .containsExactly(
            "/book (2)", "/conference (2)", "/diary (3)", "/meta (1)", "/openstack (3)");

    // Every category folder has a listing page, and a post's footer links its own folder.
    for (String folder :
        List.of(
            "book",
            "book/Robert_A_Heinlein",
            "conference",
            "conference/lca",
            "conference/lca/2014",
            "diary",
            "meta",
            "openstack",
            "openstack/tips")) {
      assertThat(site.resolve(folder + "/index.html")).isRegularFile();
    }
    Element path =
        TestSites.page(site, "openstack/tips/nova-quotas.html")
            .selectFirst("p.entry-meta a[href=/openstack/tips/]");
    assertThat(path).isNotNull();
    assertThat(path.text()).isEqualTo("/openstack/tips");
  }

  @Test
  void postsOfOneLocalDaySitUnderOneDayHeaderInOrder() {
    Document day = TestSites.page(site, "2013/09/30/index.html");
    assertThat(day.select("h2.day-header"))
        .extracting(Element::text, h -> h.selectFirst("time").attr("datetime"))
        .containsExactly(tuple("Mon, 30 Sep 2013", "2013-09-30"));
    assertThat(day.select("section.day").get(0).select("h3.entry-title"))
        .extracting(Element::text)
        .containsExactly("Keystone token expiry", "Havana summit notes", "Checking nova quotas");

    // The front page: 1 Apr alone, then both posts of 1 Mar under a single header.
    Document home = TestSites.page(site, "index.html");
    assertThat(home.select("h2.day-header"))
        .extracting(Element::text)
        .containsExactly("Tue, 01 Apr 2014", "Sat, 01 Mar 2014");
    assertThat(home.select("section.day"))
        .extracting(s -> s.select("h3.entry-title").eachText())
        .containsExactly(List.of("About this blog"), List.of("A quiet day", "Rainy Saturday"));

    // A day split by the pager gets its header again on the next page.
    Document page3 = TestSites.page(site, "page/3/index.html");
    assertThat(page3.select("h2.day-header"))
        .extracting(Element::text)
        .containsExactly("Sat, 02 Nov 2013", "Sat, 12 Oct 2013", "Mon, 30 Sep 2013");
    Document page4 = TestSites.page(site, "page/4/index.html");
    assertThat(page4.select("h2.day-header"))
        .extracting(Element::text)
        .containsExactly("Mon, 30 Sep 2013");
    assertThat(entryTitles(page4)).containsExactly("Havana summit notes", "Checking nova quotas");
  }

  @Test
  void datesWithAnOffsetAreShownInTheSitesTimeZone() {
    // 2013-09-29T20:00:00Z is Monday 30 September, 06:00 in Sydney (AEST, +10:00).
    Document post = TestSites.page(site, "openstack/havana-summit.html");
    Element date = post.selectFirst("p.post-date time");
    assertThat(date.text()).isEqualTo("Mon, 30 Sep 2013, 06:00");
    assertThat(date.attr("datetime")).isEqualTo("2013-09-30T06:00+10:00");
    assertThat(post.select("footer.entry-footer p.entry-meta").text())
        .isEqualTo("posted at: 06:00 | path: /openstack | permanent link to this entry");
    assertThat(post.select("p.entry-meta a").eachAttr("href"))
        .containsExactly("/openstack/", "/openstack/havana-summit.html");

    // It sits under the Sydney day, not the UTC one.
    assertThat(site.resolve("2013/09/29")).doesNotExist();
    Document day = TestSites.page(site, "2013/09/30/index.html");
    assertThat(day.select("h1").text()).isEqualTo("Posts from Mon, 30 Sep 2013");
    assertThat(entryTitles(day)).contains("Havana summit notes");
    assertThat(TestSites.page(site, "2013/09/index.html").select("h1").text())
        .isEqualTo("Posts from September 2013");

    // After the October change to daylight saving time, local dates carry +11:00.
    assertThat(
            TestSites.page(site, "book/Robert_A_Heinlein/the-moon-is-a-harsh-mistress.html")
                .selectFirst("p.post-date time")
                .attr("datetime"))
        .isEqualTo("2013-10-12T21:30+11:00");
  }

  @Test
  void aPermalinkPatternMovesPostsAndKeepsTheirRelativeLinksWorking(@TempDir Path tmp)
      throws IOException {
    Path source = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    Files.writeString(
        source.resolve("site.yaml"),
        "permalink: \"/{year}/{month}/{slug}/\"\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Path built = tmp.resolve("site");
    TestSites.build(source, built);

    assertThat(built.resolve("2013/09/havana-summit/index.html")).isRegularFile();
    assertThat(built.resolve("2013/09/nova-quotas/index.html")).isRegularFile();
    assertThat(built.resolve("2014/03/rainy-saturday/index.html")).isRegularFile();
    assertThat(built.resolve("openstack/havana-summit.html")).doesNotExist();

    Document havana = TestSites.page(built, "2013/09/havana-summit/index.html");
    // The file beside the post stays in its category folder, and the link follows it there.
    assertThat(havana.select("div.post-body a:contains(my raw notes)").attr("href"))
        .isEqualTo("/openstack/notes.txt");
    assertThat(built.resolve("openstack/notes.txt")).isRegularFile();
    // A link to another post's .md file becomes that post's new URL.
    assertThat(havana.select("div.post-body a:contains(tip about quotas)").attr("href"))
        .isEqualTo("/2013/09/nova-quotas/");
    assertThat(havana.select("p.entry-meta a:contains(permanent link)").attr("href"))
        .isEqualTo("/2013/09/havana-summit/");
    assertThat(
            TestSites.page(built, "2013/09/havana.html")
                .select("meta[http-equiv=refresh]")
                .attr("content"))
        .isEqualTo("0; url=" + BASE + "2013/09/havana-summit/");
  }

  @Test
  void relativeLinksInTheDefaultLayoutPointAtTheCategoryFolder() {
    Document havana = TestSites.page(site, "openstack/havana-summit.html");
    assertThat(havana.select("div.post-body a:contains(my raw notes)").attr("href"))
        .isEqualTo("/openstack/notes.txt");
    assertThat(havana.select("div.post-body a:contains(tip about quotas)").attr("href"))
        .isEqualTo("/openstack/tips/nova-quotas.html");
    assertThat(site.resolve("openstack/notes.txt"))
        .content(StandardCharsets.UTF_8)
        .isEqualTo("Raw notes from the Havana summit.\n");
  }

  @Test
  void aliasesBecomeRedirectPagesToThePermalink() {
    String target = BASE + "openstack/havana-summit.html";
    for (String alias : List.of("2013/09/havana.html", "havana-notes/index.html")) {
      Document redirect = TestSites.page(site, alias);
      assertThat(redirect.select("meta[http-equiv=refresh]").attr("content"))
          .as(alias)
          .isEqualTo("0; url=" + target);
      assertThat(redirect.select("link[rel=canonical]").attr("href")).as(alias).isEqualTo(target);
      assertThat(redirect.select("body a").attr("href")).as(alias).isEqualTo(target);
    }
  }

  @Test
  void draftsAndFuturePostsAreLeftOutUnlessAskedFor(@TempDir Path tmp) {
    assertThat(site.resolve("diary/unfinished-thoughts.html")).doesNotExist();
    assertThat(site.resolve("diary/plans-for-2030.html")).doesNotExist();
    assertThat(site.resolve("2030")).doesNotExist();
    assertThat(entryTitles(TestSites.page(site, "diary/index.html")))
        .containsExactly("A quiet day", "Rainy Saturday", FISH);
    assertThat(events)
        .extracting(BuildEvent::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("load:")
                    .contains("11 posts")
                    .contains("1 draft left out")
                    .contains("1 future post left out"));

    Path source = TestSites.fixture("sites/basic");
    List<BuildEvent> ignored = new ArrayList<>();
    Path withDrafts = tmp.resolve("drafts");
    BuildResult drafts =
        new SiteGenerator()
            .build(TestSites.options(source, withDrafts).withDrafts(true), ignored::add);
    assertThat(drafts.posts()).isEqualTo(12);
    assertThat(withDrafts.resolve("diary/unfinished-thoughts.html")).isRegularFile();
    assertThat(withDrafts.resolve("diary/plans-for-2030.html")).doesNotExist();
    assertThat(withDrafts.resolve("2014/02/20/index.html")).isRegularFile();

    Path withFuture = tmp.resolve("future");
    BuildResult future =
        new SiteGenerator()
            .build(TestSites.options(source, withFuture).withFuture(true), ignored::add);
    assertThat(future.posts()).isEqualTo(12);
    assertThat(withFuture.resolve("diary/plans-for-2030.html")).isRegularFile();
    assertThat(withFuture.resolve("diary/unfinished-thoughts.html")).doesNotExist();
    assertThat(withFuture.resolve("2030/01/01/index.html")).isRegularFile();
    assertThat(entryTitles(TestSites.page(withFuture, "index.html")))
        .first()
        .isEqualTo("Plans for 2030");
  }

  @Test
  void tagPagesUseTagsYamlAndTagsWithoutMetadataStillGetAPage() {
    Document openstack = TestSites.page(site, "tags/openstack/index.html");
    assertThat(openstack.select("h1").text()).isEqualTo("Posts tagged OpenStack");
    assertThat(openstack.select("p.listing-description").text())
        .isEqualTo("Running OpenStack clouds at home and at work.");
    assertThat(openstack.title()).isEqualTo("OpenStack — Basic Test Blog");
    assertThat(openstack.select("meta[name=description]").attr("content"))
        .isEqualTo("Running OpenStack clouds at home and at work.");
    assertThat(entryTitles(openstack))
        .containsExactly("Keystone token expiry", "Havana summit notes", "Checking nova quotas");

    Document weather = TestSites.page(site, "tags/weather/index.html");
    assertThat(weather.select("h1").text()).isEqualTo("Posts tagged weather");
    assertThat(weather.select("p.listing-description")).isEmpty();
    assertThat(entryTitles(weather)).containsExactly("Rainy Saturday");

    // A post's tag line links every tag page with the tag's title.
    Document nova = TestSites.page(site, "openstack/tips/nova-quotas.html");
    assertThat(nova.select("p.tags a[rel=tag]"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(tuple("/tags/openstack/", "OpenStack"), tuple("/tags/nova/", "Nova"));
    assertThat(nova.select("p.tags").text()).isEqualTo("Tags for this post: OpenStack Nova");
  }

  @Test
  void tagsNamedLikeDotFoldersGetTheirOwnPagesWithoutReplacingOthers(@TempDir Path tmp) {
    // Slugs.tagKey keeps "." and "..", so these tags' pages would be tags/./ and tags/../.
    Path source =
        TestSites.write(
            tmp.resolve("blog"),
            """
            --- site.yaml ---
            title: "Dots"
            --- posts/notes/dots.md ---
            ---
            title: "Dotty"
            date: 2014-01-01 10:00
            tags: ["..", "."]
            ---
            Two tags that are also the names of special folders.
            """);
    Path built = tmp.resolve("site");
    BuildResult dots;
    try {
      dots = TestSites.build(source, built);
    } catch (BuildException e) {
      // Refusing such tags, naming them, would be a fix too.
      assertThat(e.getMessage()).contains("..");
      return;
    }
    // post, home, notes/, two tags, tag index, 2014/, 2014/01/, 2014/01/01/, 404, recent
    // comments, search: each its own file.
    assertThat(dots.pagesRendered()).isEqualTo(12);
    assertThat(TestSites.files(built).stream().filter(f -> f.endsWith(".html")))
        .as("HTML files written")
        .hasSize(12);
    Document home = TestSites.page(built, "index.html");
    assertThat(home.select("h1").text()).isEqualTo("Dots");
    assertThat(entryTitles(home)).containsExactly("Dotty");
    assertThat(TestSites.page(built, "tags/index.html").select("h1").text()).isEqualTo("Tags");
    for (Element link : TestSites.page(built, "notes/dots.html").select("p.tags a[rel=tag]")) {
      String path = URI.create("https://h.invalid/").resolve(link.attr("href")).getPath();
      assertThat(path).as(link.text()).startsWith("/tags/").isNotEqualTo("/tags/");
      Document tag = TestSites.page(built, path.substring(1) + "index.html");
      assertThat(tag.select("h1").text()).isEqualTo("Posts tagged " + link.text());
    }
  }

  @Test
  void theTagIndexListsEveryTagWithItsCount() {
    Document tags = TestSites.page(site, "tags/index.html");
    assertThat(tags.select("ul.tag-index > li"))
        .extracting(
            li -> li.selectFirst("a").attr("href"),
            li -> li.selectFirst("a").text(),
            li -> li.selectFirst("span.count").text())
        .containsExactly(
            tuple("/tags/books/", "Books", "(2)"),
            tuple("/tags/c-x/", "c&<\"x\"", "(1)"),
            tuple("/tags/conference/", "Conferences", "(3)"),
            tuple("/tags/food/", "Food", "(1)"),
            tuple("/tags/keystone/", "Keystone", "(1)"),
            tuple("/tags/lca/", "linux.conf.au", "(1)"),
            tuple("/tags/nova/", "Nova", "(1)"),
            tuple("/tags/openstack/", "OpenStack", "(3)"),
            tuple("/tags/sf/", "Science fiction", "(1)"),
            tuple("/tags/weather/", "weather", "(1)"));
    assertThat(tags.select("li:has(a[href=/tags/sf/]) p.tag-description").text())
        .isEqualTo("Rockets, moons and revolutions.");
    assertThat(tags.select("li:has(a[href=/tags/weather/])")).hasSize(1);
    assertThat(tags.select("li:has(a[href=/tags/weather/]) p.tag-description")).isEmpty();
  }

  @Test
  void relatedPostsShareTagsOrTheCategoryAndAPostWithNeitherHasNone() {
    // nova-quotas shares openstack and its folder with keystone-tokens, only openstack with
    // havana-summit.
    Document nova = TestSites.page(site, "openstack/tips/nova-quotas.html");
    assertThat(nova.select("p.related a"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(
            tuple("/openstack/tips/keystone-tokens.html", "Keystone token expiry"),
            tuple("/openstack/havana-summit.html", "Havana summit notes"));

    // quiet-day has no tags: its folder alone relates it, the post of the same day first.
    Document quiet = TestSites.page(site, "diary/quiet-day.html");
    assertThat(quiet.select("p.related a").eachText()).containsExactly("Rainy Saturday", FISH);

    // about-this-blog has no tags and nothing else in meta/.
    Document about = TestSites.page(site, "meta/about-this-blog.html");
    assertThat(about.select("p.related")).isEmpty();

    // Listings show them too, in the entry footer.
    Document tips = TestSites.page(site, "openstack/tips/index.html");
    assertThat(
            tips.select(
                    "article.entry:has(h3.entry-title a[href=/openstack/tips/nova-quotas.html])"
                        + " p.related a")
                .eachText())
        .containsExactly("Keystone token expiry", "Havana summit notes");
  }

  @Test
  void straightQuotesAndDoubleHyphensBecomeTypographic() throws IOException {
    String path = "book/Robert_A_Heinlein/the-moon-is-a-harsh-mistress.html";
    Document moon = TestSites.page(site, path);
    assertThat(moon.select("div.post-body p").first().text())
        .isEqualTo(
            "Mannie said \u201CTANSTAAFL\u201D \u2013 there\u2019s no such thing as a free lunch.");
    String raw = Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    assertThat(raw)
        .contains("\u201CTANSTAAFL\u201D \u2013 there\u2019s")
        .doesNotContain("&ndash;", "&ldquo;", "\"TANSTAAFL\"", "\" -- there's");
  }

  @Test
  void aTemplateOfTheBlogOverridesTheThemes() {
    Document tags = TestSites.page(site, "tags/index.html");
    assertThat(tags.select("p.override-marker").text()).isEqualTo("custom tags page");
    // It extends the theme's base layout, which still wraps it.
    assertThat(tags.select("header.site-header p.site-title a").text())
        .isEqualTo("Basic Test Blog");
    assertThat(tags.select("h1").eachText()).containsExactly("Tags");
    // Only that template is replaced.
    assertThat(TestSites.page(site, "index.html").select("p.override-marker")).isEmpty();
    assertThat(TestSites.page(site, "404.html").select("h1").text()).isEqualTo("Page not found");
  }

  @Test
  void titlesAndTagsAreEscapedInHtml() throws IOException {
    String raw =
        Files.readString(site.resolve("diary/fish-and-chips.html"), StandardCharsets.UTF_8);
    assertThat(raw)
        .contains("<h1 class=\"post-title\">Fish &amp; &quot;chips&quot; &lt;fast&gt;</h1>")
        .contains("<title>Fish &amp; &quot;chips&quot; &lt;fast&gt; — Basic Test Blog</title>")
        .doesNotContain("<fast>", "\"chips\"");

    Document fish = TestSites.page(site, "diary/fish-and-chips.html");
    assertThat(fish.select("h1.post-title").text()).isEqualTo(FISH);
    assertThat(fish.title()).isEqualTo(FISH + " — Basic Test Blog");
    assertThat(fish.select("p.tags a[rel=tag]"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(tuple("/tags/food/", "Food"), tuple("/tags/c-x/", "c&<\"x\""));

    // The tag page lives under its key, where characters unsafe in a folder name became hyphens.
    Document tag = TestSites.page(site, "tags/c-x/index.html");
    assertThat(tag.select("h1").text()).isEqualTo("Posts tagged c&<\"x\"");
    assertThat(entryTitles(tag)).containsExactly(FISH);

    // Listings and the neighbours' post navigation escape it too.
    String diary = Files.readString(site.resolve("diary/index.html"), StandardCharsets.UTF_8);
    assertThat(diary).doesNotContain("<fast>");
    assertThat(entryTitles(TestSites.page(site, "diary/index.html"))).contains(FISH);
    assertThat(
            TestSites.page(site, "diary/rainy-saturday.html").select("li.post-nav-older a").text())
        .isEqualTo("\u00AB " + FISH);
  }

  @Test
  void moreMarkerCutsListingsWithAReadMoreLinkAndSummariesReplaceTheBody() {
    String moonUrl = "/book/Robert_A_Heinlein/the-moon-is-a-harsh-mistress.html";
    Document book = TestSites.page(site, "book/index.html");
    Element moon = book.selectFirst("article.entry:has(h3.entry-title a[href=" + moonUrl + "])");
    assertThat(moon).isNotNull();
    assertThat(moon.select("div.entry-body").text())
        .startsWith("Mannie said")
        .doesNotContain("The computer Mike");
    assertThat(moon.select("p.read-more a"))
        .extracting(a -> a.attr("href"), Element::text)
        .containsExactly(tuple(moonUrl, "read more…"));

    Element reading =
        book.selectFirst("article.entry:has(h3.entry-title a[href=/book/reading-list.html])");
    assertThat(reading.select("div.entry-body").text())
        .isEqualTo("What I plan to read next. read more…");
    assertThat(reading.select("p.read-more a").attr("href")).isEqualTo("/book/reading-list.html");

    // The post page has the whole body, and no read-more link.
    Document page = TestSites.page(site, moonUrl.substring(1));
    assertThat(page.select("div.post-body p").eachText())
        .containsExactly(
            "Mannie said \u201CTANSTAAFL\u201D \u2013 there\u2019s no such thing as a free lunch.",
            "The computer Mike is the best character in the book.");
    assertThat(page.select("p.read-more")).isEmpty();
    assertThat(TestSites.page(site, "book/reading-list.html").select("div.post-body").text())
        .isEqualTo("First Heinlein, then more Heinlein, then something else entirely.");

    // A whole body in a listing has no read-more link.
    Element keystone =
        TestSites.page(site, "openstack/index.html")
            .selectFirst(
                "article.entry:has(h3.entry-title a[href=/openstack/tips/keystone-tokens.html])");
    assertThat(keystone.select("p.read-more")).isEmpty();
    assertThat(keystone.select("div.entry-body").text())
        .isEqualTo("Tokens expire after a day by default.");
  }

  @Test
  void sitemapListsPostPermalinksAsAbsoluteUrls() throws IOException {
    String xml = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
    Document sitemap = Jsoup.parse(xml, "", Parser.xmlParser());
    List<String> locations = sitemap.select("url > loc").eachText();
    List<String> posts = POST_PATHS.stream().map(p -> BASE + p).toList();

    assertThat(locations.get(0)).isEqualTo(BASE);
    assertThat(locations.subList(1, 12)).containsExactlyElementsOf(posts);
    assertThat(locations)
        .contains(
            BASE + "openstack/",
            BASE + "openstack/tips/",
            BASE + "conference/lca/2014/",
            BASE + "tags/openstack/",
            BASE + "tags/weather/")
        .allMatch(l -> l.startsWith(BASE))
        .noneMatch(l -> l.contains("/page/"))
        .noneMatch(l -> l.contains("unfinished-thoughts") || l.contains("plans-for-2030"))
        .doesNotHaveDuplicates();
    Element havana =
        sitemap.select("url").stream()
            .filter(u -> u.select("loc").text().equals(BASE + "openstack/havana-summit.html"))
            .findFirst()
            .orElseThrow();
    assertThat(havana.select("lastmod").text()).isEqualTo("2013-09-30");
    assertThat(sitemap.select("url").first().select("lastmod").text()).isEqualTo("2014-04-01");
    assertThat(site.resolve("robots.txt"))
        .content(StandardCharsets.UTF_8)
        .contains("Sitemap: " + BASE + "sitemap.xml");
  }

  @Test
  void staticFilesAndFilesBesideThePostsAreCopied() throws IOException {
    Path fixture = TestSites.fixture("sites/basic");
    assertThat(Files.readAllBytes(site.resolve("robots-extra.txt")))
        .isEqualTo(Files.readAllBytes(fixture.resolve("static/robots-extra.txt")));
    assertThat(Files.readAllBytes(site.resolve("openstack/notes.txt")))
        .isEqualTo(Files.readAllBytes(fixture.resolve("posts/openstack/notes.txt")));
    assertThat(site.resolve("css/site.css")).isRegularFile();
    // The theme's css/site.css, js/search.js, favicon.ico and favicon.svg, static/robots-extra.txt
    // and posts/openstack/notes.txt.
    assertThat(result.filesCopied()).isEqualTo(6);
    // Markdown sources are never published as they are.
    assertThat(TestSites.files(site)).noneMatch(p -> p.endsWith(".md"));
  }

  @Test
  void aRebuildReplacesThePreviousOutput(@TempDir Path tmp) throws IOException {
    Path source = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    Path built = tmp.resolve("site");
    TestSites.build(source, built);
    assertThat(built.resolve("meta/about-this-blog.html")).isRegularFile();
    Files.writeString(built.resolve("stale.html"), "left over");
    Files.writeString(built.resolve("openstack/stale.txt"), "left over");

    Files.delete(source.resolve("posts/meta/about-this-blog.md"));
    BuildResult second = TestSites.build(source, built);

    assertThat(second.posts()).isEqualTo(10);
    assertThat(built.resolve("stale.html")).doesNotExist();
    assertThat(built.resolve("openstack/stale.txt")).doesNotExist();
    assertThat(built.resolve("meta")).doesNotExist();
    assertThat(built.resolve("2014/04")).doesNotExist();
    assertThat(built.resolve("index.html")).isRegularFile();
    assertThat(entryTitles(TestSites.page(built, "index.html")))
        .containsExactly("A quiet day", "Rainy Saturday", FISH);
    // No staging or old folders are left beside the output (the image cache is TestSites').
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("blog", "site", "site-cache");
    }
  }

  private static List<String> entryTitles(Document doc) {
    return doc.select("article.entry h3.entry-title").eachText();
  }
}
