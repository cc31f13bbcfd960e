package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers' comments, built from the fixture blog {@code src/test/resources/sites/comments}: threads
 * on the post page, counts on listings, the recent-comments pages, the comments feed, warnings for
 * broken comment files, and hostile input made harmless everywhere it is shown.
 *
 * <p>Expected values come from the fixture files; the 55 comments on the busy post are made by its
 * {@code generate-comments.py}: comment {@code cNN} is dated 2014-05-01 00:00 UTC plus {@code (NN *
 * 17) % 55} hours.
 */
class CommentsIT {

  private static final String THREADS = "/diary/threads.html";
  private static final String THREADS_TITLE = "Threads and replies";
  private static final String BUSY = "/diary/busy.html";
  private static final String BUSY_TITLE = "A busy post";
  private static final String HOSTILE = "/security/hostile.html";
  private static final String HOSTILE_TITLE = "Hostile input";

  private static final String EVIL = "<b>Evil</b> & \"co\"";
  private static final String TUI = "Tūī Ngāti Kōrero 山田太郎 🦜";
  private static final String BASE = "https://example.org";

  /** One comment as the fixture has it. */
  record Expected(String postUrl, String postTitle, String anchor, String author, String date) {

    OffsetDateTime when() {
      return OffsetDateTime.parse(date);
    }

    String link() {
      return postUrl + "#" + anchor;
    }
  }

  /** Every published comment of the fixture (not the broken, draft or orphaned-post ones). */
  private static final List<Expected> ALL = expectedComments();

  @TempDir static Path out;
  private static Path site;
  private static BuildResult result;

  @BeforeAll
  static void buildFixture() {
    site = out.resolve("first");
    result = TestSites.build(TestSites.fixture("sites/comments"), site);
  }

  private static List<Expected> expectedComments() {
    List<Expected> all = new ArrayList<>();
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_yusuf", "Yusuf", "2014-03-01T10:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_erin", "Erin", "2014-03-01T11:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_zoe", "Zoe", "2014-03-01T12:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_gus", "Gus", "2014-03-01T13:00Z"));
    all.add(
        new Expected(THREADS, THREADS_TITLE, "comment_chen_li", "Chen Li", "2014-03-02T08:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_bella", "Bella", "2014-03-02T09:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_frank", "Frank", "2014-03-02T18:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_aaron", "Aaron", "2014-03-03T10:00Z"));
    all.add(new Expected(THREADS, THREADS_TITLE, "comment_dmitri", "Dmitri", "2014-03-04T07:00Z"));
    all.add(new Expected(HOSTILE, HOSTILE_TITLE, "comment_evil", EVIL, "2014-06-02T10:00Z"));
    all.add(
        new Expected(HOSTILE, HOSTILE_TITLE, "comment_linker", "Link Lover", "2014-06-02T12:00Z"));
    all.add(new Expected(HOSTILE, HOSTILE_TITLE, "comment_tui", TUI, "2014-06-03T09:00Z"));
    OffsetDateTime busyStart = OffsetDateTime.of(2014, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int n = 1; n <= 55; n++) {
      all.add(
          new Expected(
              BUSY,
              BUSY_TITLE,
              String.format("comment_c%02d", n),
              String.format("Reader %02d", n),
              busyStart.plusHours(n * 17 % 55).toString()));
    }
    return List.copyOf(all);
  }

  private static List<Expected> newestFirst() {
    return ALL.stream().sorted(Comparator.comparing(Expected::when).reversed()).toList();
  }

  private static List<Expected> oldestFirst(String postUrl) {
    return ALL.stream()
        .filter(c -> c.postUrl().equals(postUrl))
        .sorted(Comparator.comparing(Expected::when))
        .toList();
  }

  /** Output path of a post URL ({@code /diary/a.html} → {@code diary/a.html}). */
  private static String file(String postUrl) {
    return postUrl.substring(1);
  }

  private static String read(String path) throws IOException {
    return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------------------------
  // The fixture itself

  @Test
  void theGeneratedBusyCommentsMatchTheFormulaTheseTestsUse() throws IOException {
    Path busy = TestSites.fixture("sites/comments").resolve("comments/diary/busy");
    try (Stream<Path> files = Files.list(busy)) {
      assertThat(files.count()).isEqualTo(55);
    }
    for (Expected c : ALL) {
      if (c.postUrl().equals(BUSY)) {
        String text =
            Files.readString(busy.resolve(c.anchor().substring("comment_".length()) + ".yaml"));
        String date = c.when().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(text).contains("author: " + c.author() + "\n", "date: " + date + "\n");
      }
    }
    // Distinct dates, so "newest first" has one right answer.
    assertThat(ALL.stream().map(Expected::when).distinct()).hasSize(ALL.size());
    assertThat(
            Files.size(
                TestSites.fixture("sites/comments").resolve("comments/security/hostile/evil.yaml")))
        .isGreaterThan(100 * 1024);
  }

  // ---------------------------------------------------------------------------------------------
  // The post page

  @Test
  void postPagesShowTheCountHeading() {
    assertThat(heading(THREADS)).isEqualTo("9 comments");
    assertThat(heading(HOSTILE)).isEqualTo("3 comments");
    assertThat(heading(BUSY)).isEqualTo("55 comments");
  }

  private static String heading(String postUrl) {
    return TestSites.page(site, file(postUrl)).select("#reader_comments_heading").text();
  }

  @Test
  void commentsAreThreadedOneLevelDeepUnderTheRightTopLevelComment() {
    Document doc = TestSites.page(site, file(THREADS));
    List<String> threads = threads(doc);

    // Top-level comments oldest first, though the files sort aaron, chen.li, erin, yusuf.
    assertThat(topLevel(doc))
        .containsSubsequence("comment_yusuf", "comment_erin", "comment_chen_li", "comment_aaron");
    // bella replies to zoe, who replies to yusuf: bella joins yusuf's thread, in date order.
    assertThat(threads)
        .contains(
            "comment_yusuf: comment_zoe comment_bella comment_dmitri",
            "comment_chen_li: comment_frank",
            "comment_aaron:");
    assertThat(doc.select("ol.comment-replies ol, ol.comment-replies article ol")).isEmpty();
    assertThat(doc.select("#reader_comments article.comment")).hasSize(9);
  }

  @Test
  void aCommentWhoseParentIsMissingStartsAThreadThatItsOwnRepliesJoin() {
    Document doc = TestSites.page(site, file(THREADS));

    // erin's parent does not exist, so erin is a top-level comment; gus replies to erin.
    assertThat(threads(doc))
        .containsExactly(
            "comment_yusuf: comment_zoe comment_bella comment_dmitri",
            "comment_erin: comment_gus",
            "comment_chen_li: comment_frank",
            "comment_aaron:");
  }

  /** Each thread as {@code top: reply reply}, in page order. */
  private static List<String> threads(Document doc) {
    List<String> threads = new ArrayList<>();
    for (Element li : doc.select("#reader_comments > ol.comment-list > li.comment-thread")) {
      StringBuilder line = new StringBuilder(li.selectFirst("> article.comment").id() + ":");
      for (Element reply : li.select("> ol.comment-replies > li > article.comment")) {
        line.append(' ').append(reply.id());
      }
      threads.add(line.toString());
    }
    return threads;
  }

  private static List<String> topLevel(Document doc) {
    return doc.select("#reader_comments > ol.comment-list > li.comment-thread > article.comment")
        .eachAttr("id");
  }

  @Test
  void everyCommentHasItsAnchorAuthorDateAndSelfLink() {
    for (String post : List.of(THREADS, HOSTILE, BUSY)) {
      Document doc = TestSites.page(site, file(post));
      List<Expected> expected = oldestFirst(post);
      assertThat(doc.select("#reader_comments article.comment")).hasSameSizeAs(expected);
      for (Expected c : expected) {
        Element article = doc.getElementById(c.anchor());
        assertThat(article).as(c.anchor() + " on " + post).isNotNull();
        assertThat(article.hasClass("comment")).isTrue();
        assertThat(article.select(".comment-author").text()).isEqualTo(c.author());
        Element self = article.selectFirst(".comment-meta > a[href]:has(time)");
        assertThat(self.attr("href")).isEqualTo(c.link());
        assertThat(OffsetDateTime.parse(self.selectFirst("time").attr("datetime")))
            .isEqualTo(c.when());
      }
    }
  }

  @Test
  void aPostWithManyCommentsShowsThemOldestFirst() {
    Document doc = TestSites.page(site, file(BUSY));

    assertThat(doc.select("#reader_comments article.comment").eachAttr("id"))
        .containsExactlyElementsOf(oldestFirst(BUSY).stream().map(Expected::anchor).toList())
        .startsWith("comment_c55") // 2014-05-01 00:00
        .endsWith("comment_c42"); // 2014-05-03 06:00
    assertThat(doc.select("ol.comment-replies")).isEmpty();
  }

  @Test
  void anAuthorWithAnHttpUrlIsALinkMarkedNofollowUgc() {
    Document hostile = TestSites.page(site, file(HOSTILE));
    Element linker = hostile.getElementById("comment_linker").selectFirst(".comment-author a");
    assertThat(linker).isNotNull();
    assertThat(linker.attr("href")).isEqualTo("http://linklover.example/");
    assertThat(linker.attr("rel")).isEqualTo("nofollow ugc");
    assertThat(linker.text()).isEqualTo("Link Lover");

    Document threads = TestSites.page(site, file(THREADS));
    Element chen = threads.getElementById("comment_chen_li").selectFirst(".comment-author a");
    assertThat(chen.attr("href")).isEqualTo("https://chen.example/");
    assertThat(chen.attr("rel")).isEqualTo("nofollow ugc");
    // Authors without a url are plain text.
    assertThat(threads.select("#comment_yusuf .comment-author a")).isEmpty();
  }

  @Test
  void aMarkdownLinkInACommentGetsRelNofollowUgc() {
    Element body =
        TestSites.page(site, file(HOSTILE))
            .getElementById("comment_linker")
            .selectFirst(".comment-body");

    Element docs = body.selectFirst("a[href=https://docs.example.org/]");
    assertThat(docs).isNotNull();
    assertThat(docs.text()).isEqualTo("docs");
    assertThat(docs.attr("rel")).isEqualTo("nofollow ugc");
    assertThat(body.select("a"))
        .allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("nofollow ugc"));
  }

  @Test
  void everyLinkInACommentBodyOrAuthorIsNofollowUgcOnEveryPage() {
    int links = 0;
    for (String path :
        List.of(
            file(THREADS),
            file(HOSTILE),
            file(BUSY),
            "comments/index.html",
            "comments/page/2/index.html")) {
      Document doc = TestSites.page(site, path);
      Elements anchors = doc.select(".comment-body a, .comment-author a");
      for (Element a : anchors) {
        assertThat(a.attr("rel")).as(path + ": " + a.outerHtml()).isEqualTo("nofollow ugc");
        if (a.hasAttr("href")) {
          assertThat(a.attr("href")).as(path + ": " + a.outerHtml()).matches("https?://.+");
        }
      }
      links += anchors.size();
    }
    // The docs link, the autolink, the author link of linker and chen.li, the link left of the
    // hostile [y](JaVaScRiPt:...) — on their post pages and on /comments/.
    assertThat(links).isGreaterThanOrEqualTo(8);
  }

  @Test
  void aCommentInMaoriCjkAndEmojiIsShownIntact() {
    for (String path : List.of(file(HOSTILE), "comments/index.html")) {
      Element tui =
          TestSites.page(site, path).selectFirst("article.comment:has(a[href$='#comment_tui'])");
      assertThat(tui).as(path).isNotNull();
      assertThat(tui.select(".comment-author").text()).isEqualTo(TUI);
      assertThat(tui.select(".comment-body p").eachText())
          .containsExactly(
              "Kia ora koutou! Ngā mihi nui mō tēnei pānui.",
              "日本語のコメントです。中文评论。한국어 댓글。",
              "Great post 🎉👍🏽 — thanks!");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Listings

  @Test
  void frontPageEntriesShowTheCountLinkingToThePostsComments() {
    Document doc = TestSites.page(site, "index.html");
    List<String> counts = new ArrayList<>();
    for (Element entry : doc.select("article.entry")) {
      Element count = entry.selectFirst(".comment-count a");
      counts.add(
          entry.select(".entry-title").text()
              + " | "
              + (count == null ? "-" : count.text() + " -> " + count.attr("href")));
    }
    assertThat(counts)
        .containsExactly(
            "Hostile input | 3 comments -> /security/hostile.html#reader_comments",
            "A busy post | 55 comments -> /diary/busy.html#reader_comments",
            "Threads and replies | 9 comments -> /diary/threads.html#reader_comments");
    for (String post : List.of(THREADS, HOSTILE, BUSY)) {
      assertThat(TestSites.page(site, file(post)).select("section#reader_comments")).hasSize(1);
    }
  }

  @Test
  void theFrontPageLinksToTheRecentCommentsAndTheirFeed() {
    // Issue 10: the seed's line stands above the first day of the front page, not on every page.
    assertThat(TestSites.page(site, file(THREADS)).select("p.comment-links")).isEmpty();
    Element links = TestSites.page(site, "index.html").selectFirst("main p.comment-links");
    assertThat(links.text()).isEqualTo("See recent comments. RSS feed of all comments.");
    assertThat(links.select("a").eachAttr("href"))
        .containsExactly("/comments/", BASE + "/comments/index.rss");
  }

  @Test
  void recentCommentsShowFiftyNewestFirstThenTheRestOnPageTwo() {
    List<Expected> expected = newestFirst();
    Document first = TestSites.page(site, "comments/index.html");
    Document second = TestSites.page(site, "comments/page/2/index.html");

    assertThat(recent(first)).containsExactlyElementsOf(describe(expected.subList(0, 50)));
    assertThat(recent(second))
        .containsExactlyElementsOf(describe(expected.subList(50, expected.size())));
    assertThat(expected).hasSize(67);
    assertThat(site.resolve("comments/page/3/index.html")).doesNotExist();

    assertThat(first.select(".pager-status").text()).isEqualTo("Page 1 of 2");
    assertThat(first.select("a.pager-next").attr("href")).isEqualTo("/comments/page/2/");
    assertThat(first.select("a.pager-prev")).isEmpty();
    assertThat(second.select(".pager-status").text()).isEqualTo("Page 2 of 2");
    assertThat(second.select("a.pager-prev").attr("href")).isEqualTo("/comments/");
    assertThat(second.select("a.pager-next")).isEmpty();
  }

  @Test
  void everyRecentCommentLinksToAnAnchorThatExistsOnItsPost() {
    Map<String, Document> posts = new HashMap<>();
    for (String path : List.of("comments/index.html", "comments/page/2/index.html")) {
      for (Element li : TestSites.page(site, path).select("ol.recent-comments > li")) {
        String href = li.selectFirst(".comment-meta > a:has(time)").attr("href");
        String post = href.substring(0, href.indexOf('#'));
        assertThat(li.selectFirst(".comment-on a").attr("href")).isEqualTo(post);
        Element target =
            posts
                .computeIfAbsent(post, p -> TestSites.page(site, file(p)))
                .getElementById(href.substring(href.indexOf('#') + 1));
        assertThat(target).as(path + " links " + href).isNotNull();
        assertThat(target.select(".comment-author").text())
            .isEqualTo(li.select(".comment-author").text());
      }
    }
  }

  /** Each entry of a recent-comments page as {@code post title | link | author | date}. */
  private static List<String> recent(Document doc) {
    List<String> entries = new ArrayList<>();
    for (Element li : doc.select("ol.recent-comments > li")) {
      Element self = li.selectFirst(".comment-meta > a:has(time)");
      entries.add(
          li.select(".comment-on a").text()
              + " | "
              + self.attr("href")
              + " | "
              + li.select(".comment-author").text()
              + " | "
              + OffsetDateTime.parse(self.selectFirst("time").attr("datetime")));
    }
    return entries;
  }

  private static List<String> describe(List<Expected> comments) {
    return comments.stream()
        .map(c -> c.postTitle() + " | " + c.link() + " | " + c.author() + " | " + c.when())
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // The comments feed

  @Test
  void theCommentsFeedsCarryTheTwentyNewestCommentsNewestFirst() throws IOException {
    List<Expected> expected = newestFirst().subList(0, 20);
    List<String> titles =
        expected.stream().map(c -> "Comment on " + c.postTitle() + " by " + c.author()).toList();
    List<String> links = expected.stream().map(c -> BASE + c.link()).toList();

    Document rss = xml("comments/index.rss");
    Elements items = rss.select("channel > item");
    assertThat(items).hasSize(20);
    assertThat(items.select("> title").eachText()).containsExactlyElementsOf(titles);
    assertThat(items.select("> link").eachText()).containsExactlyElementsOf(links);
    assertThat(items.select("> pubDate").eachText().stream().map(CommentsIT::rfc822).toList())
        .containsExactlyElementsOf(expected.stream().map(c -> c.when().toInstant()).toList());
    assertThat(items.select("> dc|creator").eachText())
        .containsExactlyElementsOf(expected.stream().map(Expected::author).toList());

    Document atom = xml("comments/index.atom");
    Elements entries = atom.select("feed > entry");
    assertThat(entries).hasSize(20);
    assertThat(entries.select("> title").eachText()).containsExactlyElementsOf(titles);
    assertThat(entries.select("> link[rel=alternate]").eachAttr("href"))
        .containsExactlyElementsOf(links);
    assertThat(
            entries.select("> published").eachText().stream()
                .map(t -> OffsetDateTime.parse(t).toInstant())
                .toList())
        .containsExactlyElementsOf(expected.stream().map(c -> c.when().toInstant()).toList());
    assertThat(entries.select("> author > name").eachText())
        .containsExactlyElementsOf(expected.stream().map(Expected::author).toList());
  }

  private static Instant rfc822(String text) {
    return ZonedDateTime.parse(
            text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
        .toInstant();
  }

  private static Document xml(String path) throws IOException {
    return Jsoup.parse(read(path), "", Parser.xmlParser());
  }

  // ---------------------------------------------------------------------------------------------
  // The hostile comment

  @Test
  void theHostileCommentIsInertOnItsPostPage() throws IOException {
    Document doc = TestSites.page(site, file(HOSTILE));

    assertInert(doc, "post page");
    Element evil = doc.getElementById("comment_evil");
    assertHostileAuthorIsText(evil);
    assertThat(read(file(HOSTILE))).contains("&lt;b&gt;Evil&lt;/b&gt;");
    assertHostileBodyShownAsText(evil.selectFirst(".comment-body"));
    // The unclosed <div> swallowed nothing: the other comments and the page around them are intact.
    assertThat(topLevel(doc)).containsExactly("comment_evil", "comment_linker", "comment_tui");
    assertThat(doc.select(".comment-body div, .comment-body nav, .comment-body article")).isEmpty();
    assertThat(doc.select("div.layout > nav.site-nav, div.layout > footer.site-footer")).hasSize(2);
  }

  @Test
  void theHostileCommentIsInertOnTheRecentCommentsPage() throws IOException {
    Document doc = TestSites.page(site, "comments/index.html");

    assertInert(doc, "/comments/");
    Element evil = doc.selectFirst("article.comment:has(a[href='" + HOSTILE + "#comment_evil'])");
    assertThat(evil).isNotNull();
    assertHostileAuthorIsText(evil);
    assertThat(read("comments/index.html")).contains("&lt;b&gt;Evil&lt;/b&gt;");
    assertHostileBodyShownAsText(evil.selectFirst(".comment-body"));
    assertThat(doc.select("ol.recent-comments > li")).hasSize(50);
  }

  @Test
  void theHostileCommentIsInertInTheRssFeed() throws IOException {
    String raw = read("comments/index.rss");
    assertThat(raw).contains("&lt;b&gt;Evil&lt;/b&gt;").doesNotContainIgnoringCase("<script");
    Document rss = xml("comments/index.rss");

    Element item = rss.selectFirst("item:has(> link:containsOwn(" + HOSTILE + "#comment_evil))");
    assertThat(item).isNotNull();
    assertThat(item.selectFirst("> title").text()).isEqualTo("Comment on Hostile input by " + EVIL);
    assertThat(item.selectFirst("> dc|creator").text()).isEqualTo(EVIL);
    Element content = item.selectFirst("> content|encoded");
    assertThat(content).isNotNull();
    Document html = Jsoup.parseBodyFragment(content.wholeText());
    assertInert(html, "rss content");
    assertHostileBodyShownAsText(html.body());
    Element description = item.selectFirst("> description");
    assertThat(description).isNotNull();
    Document summary = Jsoup.parseBodyFragment(description.wholeText());
    assertInert(summary, "rss description");
    assertThat(summary.body().children()).isEmpty();
    assertThat(summary.body().text()).startsWith("Nice post! <script>alert(1)</script>");

    List<Element> links = new ArrayList<>();
    for (Element each : rss.select("item")) {
      Element encoded = each.selectFirst("> content|encoded");
      assertThat(encoded).as("full content of " + each.select("> link").text()).isNotNull();
      Document body = Jsoup.parseBodyFragment(encoded.wholeText());
      assertInert(body, "rss " + each.select("> link").text());
      links.addAll(body.select("a"));
    }
    // linker's docs link and autolink, and the link left of evil's [y](JaVaScRiPt:...).
    assertThat(links)
        .hasSize(3)
        .allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("nofollow ugc"));
    assertThat(links.stream().map(a -> a.attr("href")).toList())
        .containsExactly("https://docs.example.org/", "https://auto.example.org/path", "");
  }

  @Test
  void theHostileCommentIsInertInTheAtomFeed() throws IOException {
    String raw = read("comments/index.atom");
    assertThat(raw).contains("&lt;b&gt;Evil&lt;/b&gt;").doesNotContainIgnoringCase("<script");
    Document atom = xml("comments/index.atom");

    Element entry = atom.selectFirst("entry:has(> id:containsOwn(" + HOSTILE + "#comment_evil))");
    assertThat(entry).isNotNull();
    assertThat(entry.selectFirst("> title").text())
        .isEqualTo("Comment on Hostile input by " + EVIL);
    assertThat(entry.selectFirst("> author > name").text()).isEqualTo(EVIL);
    Element content = entry.selectFirst("> content");
    assertThat(content.attr("type")).isEqualTo("html");
    Document html = Jsoup.parseBodyFragment(content.wholeText());
    assertInert(html, "atom content");
    assertHostileBodyShownAsText(html.body());

    List<Element> links = new ArrayList<>();
    for (Element each : atom.select("entry")) {
      Element body = each.selectFirst("> content");
      assertThat(body).as("full content of " + each.select("> id").text()).isNotNull();
      Document parsed = Jsoup.parseBodyFragment(body.wholeText());
      assertInert(parsed, "atom " + each.select("> id").text());
      links.addAll(parsed.select("a"));
    }
    assertThat(links)
        .hasSize(3)
        .allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("nofollow ugc"));
    assertThat(links.stream().map(a -> a.attr("href")).toList())
        .containsExactly("https://docs.example.org/", "https://auto.example.org/path", "");
  }

  /**
   * No element, attribute or URL in {@code doc} that could run script or restyle the page; the
   * theme's own search box in the header is the one form a page has.
   */
  private static void assertInert(Document doc, String where) {
    // The theme's JSON-LD is data, never run, and holds nothing of the comments; the header's
    // search
    // form is the theme's, not a comment's.
    assertThat(
            doc.select(
                "script:not([type=application/ld+json]), iframe, frame, style, img, object,"
                    + " embed, svg, math, form:not(header > form.site-search)"))
        .as(where + ": dangerous elements")
        .isEmpty();
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        assertThat(key).as(where + ": " + element.cssSelector()).doesNotStartWith("on");
        assertThat(key).as(where + ": " + element.cssSelector()).isNotEqualTo("style");
        assertThat(value)
            .as(where + ": " + key + " of " + element.cssSelector())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("data:")
            .doesNotStartWith("vbscript:");
      }
    }
  }

  private static void assertHostileAuthorIsText(Element comment) {
    Element author = comment.selectFirst(".comment-author");
    assertThat(author.text()).isEqualTo(EVIL);
    assertThat(author.children()).as("the author is text, not markup nor a link").isEmpty();
  }

  /** The reader's HTML is shown as the text they typed; the whole 100 KB body is kept. */
  private static void assertHostileBodyShownAsText(Element body) {
    String text = body.text();
    assertThat(text)
        .contains(
            "Nice post! <script>alert(1)</script>",
            "<img src=x onerror=\"alert(1)\">",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<style>body{display:none}</style>",
            "END OF HOSTILE FILLER.");
    assertThat(text.length()).isGreaterThan(100_000);
    assertThat(body.select("a[href]")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // What must never be published

  @Test
  void noEmailAddressAppearsInAnyOutputFile() throws IOException {
    List<String> emails = new ArrayList<>();
    Pattern email = Pattern.compile("(?m)^email: *(\\S+)$");
    Path comments = TestSites.fixture("sites/comments").resolve("comments");
    try (Stream<Path> walk = Files.walk(comments)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Matcher m = email.matcher(Files.readString(file));
        while (m.find()) {
          emails.add(m.group(1));
        }
      }
    }
    assertThat(emails).contains("evil@example.com", "chen.li@example.com").hasSizeGreaterThan(60);

    List<String> leaks = new ArrayList<>();
    List<String> files = TestSites.files(site);
    for (String path : files) {
      String text = Files.readString(site.resolve(path), StandardCharsets.ISO_8859_1);
      for (String address : emails) {
        for (String form :
            List.of(address, address.replace("@", "&#64;"), address.replace("@", "%40"))) {
          if (text.contains(form)) {
            leaks.add(path + ": " + form);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
    assertThat(files).contains("comments/index.rss", "comments/index.atom", file(HOSTILE));
  }

  @Test
  void commentsOnADraftAreSilentlyLeftOut() throws IOException {
    assertThat(site.resolve("diary/draft.html")).doesNotExist();
    assertThat(result.warnings()).noneMatch(w -> w.contains("draft"));
    for (String path : TestSites.files(site)) {
      assertThat(Files.readString(site.resolve(path), StandardCharsets.ISO_8859_1))
          .as(path)
          .doesNotContain("Early Bird", "must stay unpublished");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Broken comment files

  @Test
  void brokenCommentFilesAreWarningsNamingFileAndLineAndTheRestBuilds() {
    assertThat(result.posts()).isEqualTo(3);
    assertThat(new TreeSet<>(result.warnings()))
        .satisfiesExactlyInAnyOrder(
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/no-such-post/lost.yaml: no post"
                            + " posts/diary/no-such-post.md for this comment, so it is not"
                            + " published. Move it to the folder named after its post"),
            w ->
                assertThat(w)
                    .startsWith("comments/diary/threads/broken.yaml:3: malformed YAML: ")
                    .endsWith(" (the comment is left out)"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/threads/no-body.yaml:1: comment has no body. Add 'body:"
                            + " ...' to the file (the comment is left out)"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/threads/erin.yaml: parent 'deleted-long-ago' is not a"
                            + " comment on the same post, so this is shown as a new thread"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/security/hostile/evil.yaml:2: url 'javascript:alert(1)' is not"
                            + " an http(s) address, so the author's name is shown without a link"));
    Document threads = TestSites.page(site, file(THREADS));
    assertThat(threads.text()).doesNotContain("Colon Carl", "Forgetful Fred", "Lost Soul");
  }

  @Test
  void aMissingParentIsWarnedAboutOnce() {
    assertThat(result.warnings())
        .filteredOn(w -> w.contains("deleted-long-ago"))
        .containsExactly(
            "comments/diary/threads/erin.yaml: parent 'deleted-long-ago' is not a comment on the"
                + " same post, so this is shown as a new thread");
  }

  // ---------------------------------------------------------------------------------------------
  // Determinism

  @Test
  void buildingTwiceGivesByteIdenticalCommentPagesAndFeeds() throws IOException {
    Path second = out.resolve("second");
    TestSites.build(TestSites.fixture("sites/comments"), second);

    List<String> files = TestSites.files(site);
    assertThat(TestSites.files(second)).isEqualTo(files);
    assertThat(files)
        .contains(
            "comments/index.html",
            "comments/page/2/index.html",
            "comments/index.rss",
            "comments/index.atom",
            file(THREADS),
            file(BUSY),
            file(HOSTILE),
            "index.html");
    List<String> different =
        IntStream.range(0, files.size())
            .mapToObj(files::get)
            .filter(f -> !sameBytes(site.resolve(f), second.resolve(f)))
            .toList();
    assertThat(different).isEmpty();
  }

  private static boolean sameBytes(Path a, Path b) {
    try {
      return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
