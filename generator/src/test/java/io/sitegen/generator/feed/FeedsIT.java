package io.sitegen.generator.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The RSS and Atom feeds of the fixture blog {@code src/test/resources/sites/feeds}: site.yaml has
 * title "Feeds &amp; Things", baseUrl https://example.org/blog/ (a path prefix), timezone
 * Australia/Sydney (AEST +10:00, AEDT +11:00 from the first Sunday of October to the first Sunday
 * of April) and feedItems 3; tags.yaml titles the tag {@code xml} "XML &amp; friends". Every
 * expected value below comes from reading the fixture's files.
 *
 * <p>Its posts, newest first (local Sydney time):
 *
 * <pre>
 *  c/summer-evening   2014-12-24 21:45 +11  photos
 *  a/b/deep-dive      2014-10-20 07:05 +11  xml            (DST began 5 Oct 2014)
 *  a/long             2014-07-14 10:00 +10  long           (868 paragraphs, over 100 KB)
 *  c/cjk              2014-05-12 19:00 +10  日本語          (CJK and emoji)
 *  c/control-char     2014-03-20 08:15 +11  xml            (a raw U+0001 in the body)
 *  a/b/tricky-title   2014-01-15 20:30 +11  xml, photos    (title with ]]&gt; &amp; &lt;)
 *  a/pictures         2013-09-30 04:58 +10  photos         (relative image, root-relative link,
 *                                                           srcset, summary in front matter)
 * </pre>
 *
 * plus one comment, comments/c/summer-evening/2014-12-25-jane.yaml (2014-12-25 10:00 +11).
 */
class FeedsIT {

  private static final String BASE = "https://example.org/blog/";
  private static final String TITLE = "Feeds & Things";
  private static final String AUTHOR = "Fixture Author";
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  private static final String JAPANESE = "日本語";

  /** A post as its feed entries must show it. */
  record Post(String path, String title, String rfc822, String rfc3339, List<String> tags) {
    String permalink() {
      return BASE + path;
    }

    OffsetDateTime date() {
      return OffsetDateTime.parse(rfc3339);
    }
  }

  private static final Post SUMMER =
      new Post(
          "c/summer-evening.html",
          "Summer evening",
          "Wed, 24 Dec 2014 21:45:00 +1100",
          "2014-12-24T21:45:00+11:00",
          List.of("photos"));
  private static final Post DEEP =
      new Post(
          "a/b/deep-dive.html",
          "Deep dive",
          "Mon, 20 Oct 2014 07:05:00 +1100",
          "2014-10-20T07:05:00+11:00",
          List.of("XML & friends"));
  private static final Post LONG =
      new Post(
          "a/long.html",
          "A very long post",
          "Mon, 14 Jul 2014 10:00:00 +1000",
          "2014-07-14T10:00:00+10:00",
          List.of("long"));
  private static final Post CJK =
      new Post(
          "c/cjk.html",
          "日本語の記事 🎉",
          "Mon, 12 May 2014 19:00:00 +1000",
          "2014-05-12T19:00:00+10:00",
          List.of(JAPANESE));
  private static final Post CONTROL =
      new Post(
          "c/control-char.html",
          "Control character",
          "Thu, 20 Mar 2014 08:15:00 +1100",
          "2014-03-20T08:15:00+11:00",
          List.of("XML & friends"));
  private static final Post TRICKY =
      new Post(
          "a/b/tricky-title.html",
          "CDATA ]]> ends & <tags> stay text",
          "Wed, 15 Jan 2014 20:30:00 +1100",
          "2014-01-15T20:30:00+11:00",
          List.of("XML & friends", "photos"));
  private static final Post PICTURES =
      new Post(
          "a/pictures.html",
          "Pictures and links",
          "Mon, 30 Sep 2013 04:58:00 +1000",
          "2013-09-30T04:58:00+10:00",
          List.of("photos"));

  /** Every post feed by folder, with its entries: the newest 3 (feedItems) of its listing. */
  private static final Map<String, List<Post>> POST_FEEDS = new LinkedHashMap<>();

  static {
    POST_FEEDS.put("", List.of(SUMMER, DEEP, LONG));
    // a lists its own posts and those of a/b.
    POST_FEEDS.put("a", List.of(DEEP, LONG, TRICKY));
    POST_FEEDS.put("a/b", List.of(DEEP, TRICKY));
    POST_FEEDS.put("c", List.of(SUMMER, CJK, CONTROL));
    POST_FEEDS.put("tags/long", List.of(LONG));
    POST_FEEDS.put("tags/photos", List.of(SUMMER, TRICKY, PICTURES));
    POST_FEEDS.put("tags/xml", List.of(DEEP, CONTROL, TRICKY));
    POST_FEEDS.put("tags/" + JAPANESE, List.of(CJK));
  }

  /** The feed titles: the blog's, "— /category" and "— tagged Title". */
  private static final Map<String, String> FEED_TITLES =
      Map.of(
          "",
          TITLE,
          "a",
          TITLE + " — /a",
          "a/b",
          TITLE + " — /a/b",
          "c",
          TITLE + " — /c",
          "tags/long",
          TITLE + " — tagged long",
          "tags/photos",
          TITLE + " — tagged photos",
          "tags/xml",
          TITLE + " — tagged XML & friends",
          "tags/" + JAPANESE,
          TITLE + " — tagged " + JAPANESE,
          "comments",
          TITLE + " — comments");

  private static final String COMMENT_LINK = BASE + "c/summer-evening.html#comment_2014-12-25-jane";

  @TempDir static Path tmp;
  private static Path site;
  private static BuildResult result;

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    result = TestSites.build(TestSites.fixture("sites/feeds"), site);
  }

  // ---------------------------------------------------------------- the set of files and validity

  @Test
  void writesRssAtomAndJsonFeedForTheBlogEveryCategoryEveryTagAndTheComments() throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> json = new ArrayList<>();
    for (String folder : allFolders()) {
      expected.add(path(folder, Feed.RSS));
      expected.add(path(folder, Feed.ATOM));
      json.add(path(folder, Feed.JSON));
    }
    assertThat(feedFiles(site)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(json).allSatisfy(file -> assertThat(site.resolve(file)).isRegularFile());
    // Nine feeds, each in three formats.
    assertThat(result.feedsWritten()).isEqualTo(27);
  }

  @Test
  void everyFeedIsStrictUtf8XmlAndRomeReadsItAsItsOwnType() throws Exception {
    List<String> files = feedFiles(site);
    assertThat(files).hasSize(18);
    for (String file : files) {
      byte[] bytes = Files.readAllBytes(site.resolve(file));
      // Strictly UTF-8: a malformed sequence throws.
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      assertThat(text).as(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      org.w3c.dom.Document xml = strictXml(site.resolve(file));
      SyndFeed feed = rome(site.resolve(file));
      if (file.endsWith(".rss")) {
        assertThat(xml.getDocumentElement().getLocalName()).as(file).isEqualTo("rss");
        assertThat(xml.getDocumentElement().getAttribute("version")).as(file).isEqualTo("2.0");
        assertThat(feed.getFeedType()).as(file).isEqualTo("rss_2.0");
      } else {
        assertThat(xml.getDocumentElement().getLocalName()).as(file).isEqualTo("feed");
        assertThat(xml.getDocumentElement().getNamespaceURI()).as(file).isEqualTo(ATOM_NS);
        assertThat(feed.getFeedType()).as(file).isEqualTo("atom_1.0");
      }
    }
  }

  // ---------------------------------------------------------------- entries

  @Test
  void eachFeedHasTheNewestFeedItemsPostsOfItsListingNewestFirstWithPermalinks() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, List<Post>> e : POST_FEEDS.entrySet()) {
      List<Post> posts = e.getValue();
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        String file = path(e.getKey(), name);
        List<SyndEntry> entries = rome(site.resolve(file)).getEntries();
        soft.assertThat(entries)
            .as(file)
            .extracting(SyndEntry::getTitle, SyndEntry::getLink, SyndEntry::getUri)
            .containsExactlyElementsOf(
                posts.stream().map(p -> tuple(p.title(), p.permalink(), p.permalink())).toList());
        soft.assertThat(entries)
            .as(file + " categories (tag titles)")
            .extracting(entry -> entry.getCategories().stream().map(c -> c.getName()).toList())
            .containsExactlyElementsOf(posts.stream().map(Post::tags).toList());
        soft.assertThat(entries)
            .as(file + " authors")
            .extracting(SyndEntry::getAuthor)
            .containsOnly(AUTHOR);
      }
    }
    soft.assertAll();
  }

  @Test
  void theBlogsFeedHoldsExactlyFeedItemsEntriesAndCategoryFeedsIncludeSubFolders()
      throws Exception {
    // 7 posts, feedItems 3.
    assertThat(rome(site.resolve("index.rss")).getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("Summer evening", "Deep dive", "A very long post");
    assertThat(rome(site.resolve("index.atom")).getEntries()).hasSize(3);
    // a/b/deep-dive and a/b/tricky-title are in a's feed.
    assertThat(rome(site.resolve("a/index.atom")).getEntries())
        .extracting(SyndEntry::getLink)
        .contains(BASE + "a/b/deep-dive.html", BASE + "a/b/tricky-title.html");
    // The tag feed holds only the posts with that tag.
    assertThat(rome(site.resolve("tags/long/index.rss")).getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("A very long post");
  }

  @Test
  void rssGuidsArePermalinks() throws Exception {
    org.w3c.dom.Document xml = strictXml(site.resolve("tags/photos/index.rss"));
    List<org.w3c.dom.Element> guids = elements(xml, "", "guid");
    assertThat(guids)
        .extracting(Node::getTextContent, g -> g.getAttribute("isPermaLink"))
        .containsExactly(
            tuple(SUMMER.permalink(), "true"),
            tuple(TRICKY.permalink(), "true"),
            tuple(PICTURES.permalink(), "true"));
  }

  // ---------------------------------------------------------------- feed titles and links

  @Test
  void feedTitlesKeepTheirAmpersandsAndLinkTheirPages() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (String folder : allFolders()) {
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        SyndFeed feed = rome(site.resolve(path(folder, name)));
        soft.assertThat(feed.getTitle()).as(path(folder, name)).isEqualTo(FEED_TITLES.get(folder));
        // Rome's SyndFeed.getLink() of an Atom feed is not its alternate link: read the links.
        String page =
            name.equals(Feed.RSS)
                ? feed.getLink()
                : feed.getLinks().stream()
                    .filter(l -> "alternate".equals(l.getRel()))
                    .map(SyndLink::getHref)
                    .findFirst()
                    .orElse(null);
        soft.assertThat(page).as(path(folder, name)).isEqualTo(pageUrl(folder));
      }
    }
    soft.assertAll();
  }

  @Test
  void rssCarriesAnAtomSelfLinkToItsOwnUrl() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (String folder : asciiFolders()) {
      String file = path(folder, Feed.RSS);
      org.w3c.dom.Document xml = strictXml(site.resolve(file));
      org.w3c.dom.Element channel = elements(xml, "", "channel").get(0);
      List<org.w3c.dom.Element> atomLinks = childElements(channel, ATOM_NS, "link");
      soft.assertThat(atomLinks)
          .as(file)
          .extracting(
              l -> l.getAttribute("rel"), l -> l.getAttribute("href"), l -> l.getAttribute("type"))
          .containsExactly(tuple("self", feedUrl(folder, Feed.RSS), "application/rss+xml"));
    }
    soft.assertAll();
  }

  @Test
  void atomHasSelfAndAlternateLinksAndThePageAsId() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (String folder : asciiFolders()) {
      String file = path(folder, Feed.ATOM);
      org.w3c.dom.Element root = strictXml(site.resolve(file)).getDocumentElement();
      soft.assertThat(childElements(root, ATOM_NS, "link"))
          .as(file)
          .extracting(
              l -> l.getAttribute("rel"), l -> l.getAttribute("href"), l -> l.getAttribute("type"))
          .containsExactlyInAnyOrder(
              tuple("self", feedUrl(folder, Feed.ATOM), "application/atom+xml"),
              tuple("alternate", pageUrl(folder), "text/html"));
      soft.assertThat(text(root, ATOM_NS, "id")).as(file).isEqualTo(pageUrl(folder));
      SyndFeed feed = rome(site.resolve(file));
      soft.assertThat(feed.getLinks())
          .as(file)
          .extracting(SyndLink::getRel, SyndLink::getHref)
          .contains(tuple("self", feedUrl(folder, Feed.ATOM)), tuple("alternate", pageUrl(folder)));
    }
    soft.assertAll();
  }

  // ---------------------------------------------------------------- dates

  @Test
  void rssDatesAreRfc822InSydneyTimeWithTheOffsetOfTheirDay() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, List<Post>> e : POST_FEEDS.entrySet()) {
      String file = path(e.getKey(), Feed.RSS);
      org.w3c.dom.Document xml = strictXml(site.resolve(file));
      org.w3c.dom.Element channel = elements(xml, "", "channel").get(0);
      List<Post> posts = e.getValue();
      // The channel's date is its newest entry's.
      soft.assertThat(text(channel, "", "pubDate")).as(file).isEqualTo(posts.get(0).rfc822());
      soft.assertThat(
              elements(xml, "", "item").stream().map(item -> text(item, "", "pubDate")).toList())
          .as(file)
          .containsExactlyElementsOf(posts.stream().map(Post::rfc822).toList());
      // Rome reads them back as the right instants.
      soft.assertThat(
              rome(site.resolve(file)).getEntries().stream()
                  .map(entry -> entry.getPublishedDate().toInstant())
                  .toList())
          .as(file)
          .containsExactlyElementsOf(posts.stream().map(p -> p.date().toInstant()).toList());
      // No GMT duplicate beside the native date.
      soft.assertThat(elements(xml, "http://purl.org/dc/elements/1.1/", "date")).as(file).isEmpty();
    }
    soft.assertAll();
    // Both offsets occur: AEST in winter, AEDT in summer.
    assertThat(PICTURES.rfc822()).endsWith("+1000");
    assertThat(TRICKY.rfc822()).endsWith("+1100");
  }

  @Test
  void atomDatesAreRfc3339WithTheSydneyOffset() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, List<Post>> e : POST_FEEDS.entrySet()) {
      String file = path(e.getKey(), Feed.ATOM);
      org.w3c.dom.Element root = strictXml(site.resolve(file)).getDocumentElement();
      List<Post> posts = e.getValue();
      soft.assertThat(text(root, ATOM_NS, "updated")).as(file).isEqualTo(posts.get(0).rfc3339());
      List<org.w3c.dom.Element> entries = childElements(root, ATOM_NS, "entry");
      soft.assertThat(entries.stream().map(entry -> text(entry, ATOM_NS, "published")).toList())
          .as(file + " published")
          .containsExactlyElementsOf(posts.stream().map(Post::rfc3339).toList());
      soft.assertThat(entries.stream().map(entry -> text(entry, ATOM_NS, "updated")).toList())
          .as(file + " updated")
          .containsExactlyElementsOf(posts.stream().map(Post::rfc3339).toList());
      soft.assertThat(
              rome(site.resolve(file)).getEntries().stream()
                  .map(entry -> entry.getPublishedDate().toInstant())
                  .toList())
          .as(file)
          .containsExactlyElementsOf(posts.stream().map(p -> p.date().toInstant()).toList());
    }
    soft.assertAll();
  }

  // ---------------------------------------------------------------- content and summaries

  @Test
  void contentMakesRelativeAndRootRelativeLinksImagesAndSrcsetsAbsolute() throws Exception {
    for (String name : List.of(Feed.RSS, Feed.ATOM)) {
      SyndEntry pictures = entry("tags/photos", name, PICTURES);
      Element body = Jsoup.parseBodyFragment(content(pictures)).body();
      // ![alt](pic.png) beside posts/a/pictures.md
      assertThat(body.selectFirst("img[alt=alt]").attr("src")).isEqualTo(BASE + "a/pic.png");
      // [the other post](/a/other.html): root-relative, so against the host, as on the page.
      assertThat(link(body, "the other post")).isEqualTo("https://example.org/a/other.html");
      assertThat(link(body, "the intro")).isEqualTo(BASE + "a/pictures.html#intro");
      // <img src="x.png" srcset="x.png 1x, x2.png 2x" alt="x">
      Element x = body.selectFirst("img[alt=x]");
      assertThat(x.attr("src")).isEqualTo(BASE + "a/x.png");
      assertThat(x.attr("srcset")).isEqualTo(BASE + "a/x.png 1x, " + BASE + "a/x2.png 2x");
    }
    // The image the feed points at was published there.
    assertThat(site.resolve("a/pic.png")).isRegularFile();
    // The page resolves its links to the same URLs the feed carries.
    Document page = TestSites.page(site, PICTURES.path());
    URI permalink = URI.create(PICTURES.permalink());
    assertThat(permalink.resolve(page.selectFirst("img[alt=alt]").attr("src")).toString())
        .isEqualTo(BASE + "a/pic.png");
    assertThat(
            permalink
                .resolve(page.selectFirst("a:containsOwn(the other post)").attr("href"))
                .toString())
        .isEqualTo("https://example.org/a/other.html");
  }

  @Test
  void everyUrlInEveryFeedsContentIsAbsolute() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (String folder : allFolders()) {
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        for (SyndEntry entry : rome(site.resolve(path(folder, name))).getEntries()) {
          Element body = Jsoup.parseBodyFragment(content(entry)).body();
          List<String> urls = new ArrayList<>();
          body.select("a[href]").forEach(a -> urls.add(a.attr("href")));
          body.select("img[src]").forEach(img -> urls.add(img.attr("src")));
          for (Element img : body.select("[srcset]")) {
            for (String candidate : img.attr("srcset").split(",")) {
              urls.add(candidate.strip().split(" ")[0]);
            }
          }
          for (String url : urls) {
            soft.assertThat(URI.create(url).isAbsolute())
                .as(path(folder, name) + " " + entry.getTitle() + ": " + url)
                .isTrue();
          }
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void summariesArePlainTextEscapedForRssAndTypedTextInAtom() throws Exception {
    // summary: "Images, links & <srcset> in a feed" in the front matter of posts/a/pictures.md
    String summary = "Images, links & <srcset> in a feed";
    SyndEntry rss = entry("tags/photos", Feed.RSS, PICTURES);
    // RSS readers take description as HTML, so the text arrives escaped...
    assertThat(rss.getDescription().getValue())
        .isEqualTo("Images, links &amp; &lt;srcset&gt; in a feed");
    // ...and shows as the author wrote it.
    assertThat(Jsoup.parseBodyFragment(rss.getDescription().getValue()).body().text())
        .isEqualTo(summary);
    SyndEntry atom = entry("tags/photos", Feed.ATOM, PICTURES);
    assertThat(atom.getDescription().getType()).isEqualTo("text");
    assertThat(atom.getDescription().getValue()).isEqualTo(summary);
    // Without a summary in the front matter, the body's text: posts/c/summer-evening.md
    assertThat(entry("c", Feed.ATOM, SUMMER).getDescription().getValue())
        .isEqualTo("A warm evening in December.");
    // Full content rides along.
    assertThat(content(entry("c", Feed.ATOM, SUMMER)))
        .isEqualTo("<p>A warm evening in December.</p>");
    assertThat(entry("c", Feed.ATOM, SUMMER).getContents().get(0).getType()).isEqualTo("html");
  }

  @Test
  void aTitleWithCdataEndAmpersandAndAngleBracketsRoundTrips() throws Exception {
    for (String folder : List.of("a", "a/b", "tags/xml", "tags/photos")) {
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        assertThat(entry(folder, name, TRICKY).getTitle())
            .as(path(folder, name))
            .isEqualTo("CDATA ]]> ends & <tags> stay text");
      }
    }
    org.w3c.dom.Document atom = strictXml(site.resolve("a/b/index.atom"));
    assertThat(
            childElements(atom.getDocumentElement(), ATOM_NS, "entry").stream()
                .map(e -> text(e, ATOM_NS, "title"))
                .toList())
        .contains("CDATA ]]> ends & <tags> stay text");
  }

  @Test
  void aControlCharacterInABodyIsDroppedAndTheFeedStaysValid() throws Exception {
    // posts/c/control-char.md: "Before<U+0001>after the control character."
    for (String folder : List.of("c", "tags/xml")) {
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        Path file = site.resolve(path(folder, name));
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("\u0001");
        strictXml(file);
        SyndEntry entry = entry(folder, name, CONTROL);
        assertThat(entry.getDescription().getValue())
            .as(file + " summary")
            .isEqualTo("Beforeafter the control character.");
        // Not even as a character reference (&#x1;) the reader's HTML parser turns back into it.
        assertThat(content(entry)).as(file + " content").doesNotContain("&#x1;", "&#1;");
        assertThat(Jsoup.parseBodyFragment(content(entry)).body().text())
            .as(file + " content as text")
            .doesNotContain("\u0001")
            .isEqualTo("Beforeafter the control character.");
      }
    }
  }

  @Test
  void cjkAndEmojiRoundTrip() throws Exception {
    for (String folder : List.of("c", "tags/" + JAPANESE)) {
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        SyndEntry entry = entry(folder, name, CJK);
        assertThat(entry.getTitle()).isEqualTo("日本語の記事 🎉");
        assertThat(Jsoup.parseBodyFragment(content(entry)).body().text())
            .isEqualTo("こんにちは世界 🌏 中文也可以。");
        assertThat(entry.getDescription().getValue()).isEqualTo("こんにちは世界 🌏 中文也可以。");
        assertThat(entry.getCategories().get(0).getName()).isEqualTo(JAPANESE);
      }
    }
  }

  @Test
  void theLongPostIsCarriedWhole() throws Exception {
    List<String> paragraphs =
        Files.readAllLines(TestSites.fixture("sites/feeds").resolve("posts/a/long.md")).stream()
            .filter(line -> line.startsWith("Paragraph ") || line.startsWith("THE END"))
            .toList();
    assertThat(paragraphs).hasSizeGreaterThan(800);
    for (String folder : List.of("", "a", "tags/long")) {
      for (String name : List.of(Feed.RSS, Feed.ATOM)) {
        String html = content(entry(folder, name, LONG));
        assertThat(html.length()).as(path(folder, name)).isGreaterThan(100_000);
        assertThat(Jsoup.parseBodyFragment(html).select("p").eachText())
            .as(path(folder, name))
            .containsExactlyElementsOf(paragraphs);
        // The summary is its first words, cut at a word.
        String summary = entry(folder, name, LONG).getDescription().getValue();
        assertThat(summary).endsWith("…").hasSizeLessThanOrEqualTo(301);
        String cut = summary.substring(0, summary.length() - 1);
        String text = String.join(" ", paragraphs);
        assertThat(text).startsWith(cut);
        assertThat(text.charAt(cut.length())).isEqualTo(' ');
      }
    }
  }

  @Test
  void theCommentsFeedCarriesTheCommentAtItsAnchor() throws Exception {
    for (String name : List.of(Feed.RSS, Feed.ATOM)) {
      List<SyndEntry> entries = rome(site.resolve(path("comments", name))).getEntries();
      assertThat(entries)
          .extracting(SyndEntry::getTitle, SyndEntry::getLink, SyndEntry::getUri)
          .containsExactly(
              tuple("Comment on Summer evening by Jane Citizen", COMMENT_LINK, COMMENT_LINK));
      assertThat(entries.get(0).getPublishedDate().toInstant())
          .isEqualTo(OffsetDateTime.parse("2014-12-25T10:00:00+11:00").toInstant());
      assertThat(Jsoup.parseBodyFragment(content(entries.get(0))).body().text())
          .isEqualTo("Lovely & warm.");
    }
    org.w3c.dom.Document rss = strictXml(site.resolve("comments/index.rss"));
    assertThat(text(elements(rss, "", "item").get(0), "", "pubDate"))
        .isEqualTo("Thu, 25 Dec 2014 10:00:00 +1100");
  }

  // ---------------------------------------------------------------- pages link the feeds

  @Test
  void pagesCarryDiscoveryLinksToTheirOwnAndTheBlogsFeeds() {
    String rss = "application/rss+xml";
    String atom = "application/atom+xml";
    String json = "application/feed+json";
    assertThat(discovery("index.html"))
        .containsExactly(
            tuple(rss, TITLE + " (RSS)", BASE + "index.rss"),
            tuple(atom, TITLE + " (Atom)", BASE + "index.atom"),
            tuple(json, TITLE + " (JSON Feed)", BASE + "index.json"));
    assertThat(discovery("a/index.html"))
        .containsExactly(
            tuple(rss, TITLE + " — /a (RSS)", BASE + "a/index.rss"),
            tuple(atom, TITLE + " — /a (Atom)", BASE + "a/index.atom"),
            tuple(json, TITLE + " — /a (JSON Feed)", BASE + "a/index.json"),
            tuple(rss, TITLE + " (RSS)", BASE + "index.rss"),
            tuple(atom, TITLE + " (Atom)", BASE + "index.atom"),
            tuple(json, TITLE + " (JSON Feed)", BASE + "index.json"));
    assertThat(discovery("tags/xml/index.html"))
        .containsExactly(
            tuple(rss, TITLE + " — tagged XML & friends (RSS)", BASE + "tags/xml/index.rss"),
            tuple(atom, TITLE + " — tagged XML & friends (Atom)", BASE + "tags/xml/index.atom"),
            tuple(
                json, TITLE + " — tagged XML & friends (JSON Feed)", BASE + "tags/xml/index.json"),
            tuple(rss, TITLE + " (RSS)", BASE + "index.rss"),
            tuple(atom, TITLE + " (Atom)", BASE + "index.atom"),
            tuple(json, TITLE + " (JSON Feed)", BASE + "index.json"));
    // A post links its category's feeds and the blog's.
    assertThat(discovery(DEEP.path()))
        .extracting(t -> t.toList().get(2))
        .containsExactly(
            BASE + "a/b/index.rss",
            BASE + "a/b/index.atom",
            BASE + "a/b/index.json",
            BASE + "index.rss",
            BASE + "index.atom",
            BASE + "index.json");
  }

  @Test
  void everyDiscoveryAndFooterFeedLinkPointsAtAFeedThatWasWritten() throws IOException {
    List<String> pages = TestSites.files(site).stream().filter(p -> p.endsWith(".html")).toList();
    assertThat(pages).contains("index.html", "a/index.html", "tags/" + JAPANESE + "/index.html");
    SoftAssertions soft = new SoftAssertions();
    List<String> linked = new ArrayList<>();
    for (String page : pages) {
      Document doc = TestSites.page(site, page);
      List<String> hrefs = new ArrayList<>();
      doc.select("head link[rel=alternate]").forEach(l -> hrefs.add(l.attr("href")));
      doc.select("p.comment-links a, p.subscribe a").stream()
          .map(a -> a.attr("href"))
          .filter(h -> h.endsWith(".rss") || h.endsWith(".atom") || h.endsWith(".json"))
          .forEach(hrefs::add);
      // Every page links at least the blog's feeds.
      soft.assertThat(doc.select("head link[rel=alternate]"))
          .as(page)
          .hasSizeGreaterThanOrEqualTo(2);
      for (String href : hrefs) {
        soft.assertThat(href).as(page).startsWith(BASE);
        String file = URI.create(href).getPath().substring("/blog/".length());
        soft.assertThat(site.resolve(file)).as(page + ": " + href).isRegularFile();
        linked.add(file);
      }
    }
    soft.assertAll();
    // Every feed is linked from some page.
    assertThat(linked).containsAll(feedFiles(site));
    Document home = TestSites.page(site, "index.html");
    assertThat(
            home.selectFirst("p.comment-links a:containsOwn(RSS feed of all comments)")
                .attr("href"))
        .isEqualTo(BASE + "comments/index.rss");
    assertThat(home.select("p.subscribe a"))
        .extracting(Element::text, a -> a.attr("href"))
        .containsExactly(
            tuple("RSS", BASE + "index.rss"),
            tuple("Atom", BASE + "index.atom"),
            tuple("JSON Feed", BASE + "index.json"));
  }

  @Test
  void aFeedsSelfLinkIsTheUrlItsPageAdvertises() throws Exception {
    // For a tag spelt in CJK the page links a percent-encoded URL; the feed must call itself that.
    String folder = "tags/" + JAPANESE;
    List<String> advertised =
        TestSites.page(site, folder + "/index.html").select("head link[rel=alternate]").stream()
            .map(l -> l.attr("href"))
            .limit(2)
            .toList();
    assertThat(advertised).containsExactly(feedUrl(folder, Feed.RSS), feedUrl(folder, Feed.ATOM));
    org.w3c.dom.Document rss = strictXml(site.resolve(path(folder, Feed.RSS)));
    assertThat(elements(rss, ATOM_NS, "link").get(0).getAttribute("href"))
        .isEqualTo(advertised.get(0));
    org.w3c.dom.Document atom = strictXml(site.resolve(path(folder, Feed.ATOM)));
    assertThat(childElements(atom.getDocumentElement(), ATOM_NS, "link"))
        .filteredOn(l -> l.getAttribute("rel").equals("self"))
        .extracting(l -> l.getAttribute("href"))
        .containsExactly(advertised.get(1));
  }

  // ---------------------------------------------------------------- other builds

  @Test
  void buildingTwiceGivesByteIdenticalFeeds() throws IOException {
    Path again = tmp.resolve("again");
    TestSites.build(TestSites.fixture("sites/feeds"), again);
    List<String> files = feedFiles(site);
    assertThat(feedFiles(again)).isEqualTo(files);
    for (String file : files) {
      assertThat(Files.mismatch(site.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
    }
  }

  @Test
  void summaryFeedsCarrySummariesButNoContent() throws Exception {
    Path source = TestSites.copy(TestSites.fixture("sites/feeds"), tmp.resolve("summary-src"));
    Files.writeString(
        source.resolve("site.yaml"),
        Files.readString(source.resolve("site.yaml")) + "feedContent: summary\n");
    Path out = tmp.resolve("summary-out");
    BuildResult summary = TestSites.build(source, out);
    assertThat(summary.feedsWritten()).isEqualTo(27);
    assertThat(feedFiles(out)).isEqualTo(feedFiles(site));
    for (String file : feedFiles(out)) {
      org.w3c.dom.Document xml = strictXml(out.resolve(file));
      SyndFeed feed = rome(out.resolve(file));
      assertThat(elements(xml, CONTENT_NS, "encoded")).as(file).isEmpty();
      assertThat(elements(xml, ATOM_NS, "content")).as(file).isEmpty();
      for (SyndEntry entry : feed.getEntries()) {
        assertThat(entry.getContents()).as(file + " " + entry.getTitle()).isEmpty();
        assertThat(entry.getDescription().getValue())
            .as(file + " " + entry.getTitle())
            .isNotBlank();
      }
    }
    assertThat(rome(out.resolve("index.atom")).getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("Summer evening", "Deep dive", "A very long post");
    SyndEntry summer = rome(out.resolve("c/index.atom")).getEntries().get(0);
    assertThat(summer.getDescription().getValue()).isEqualTo("A warm evening in December.");
    SyndEntry pictures = rome(out.resolve("tags/photos/index.rss")).getEntries().get(2);
    assertThat(pictures.getDescription().getValue())
        .isEqualTo("Images, links &amp; &lt;srcset&gt; in a feed");
  }

  @Test
  void aSiteWithoutBaseUrlGetsNoFeedsAndNoFeedLinks() throws IOException {
    Path source = TestSites.copy(TestSites.fixture("sites/feeds"), tmp.resolve("nobase-src"));
    String yaml = Files.readString(source.resolve("site.yaml"));
    String without =
        yaml.lines()
            .filter(l -> !l.startsWith("baseUrl:"))
            .collect(Collectors.joining("\n", "", "\n"));
    assertThat(without).isNotEqualTo(yaml).doesNotContain("baseUrl");
    Files.writeString(source.resolve("site.yaml"), without);
    Path out = tmp.resolve("nobase-out");
    BuildResult noBase = TestSites.build(source, out);
    assertThat(noBase.feedsWritten()).isZero();
    assertThat(noBase.posts()).isEqualTo(7);
    assertThat(feedFiles(out)).isEmpty();
    List<String> pages = TestSites.files(out).stream().filter(p -> p.endsWith(".html")).toList();
    assertThat(pages).contains("index.html", "a/index.html", "tags/xml/index.html", DEEP.path());
    for (String page : pages) {
      Document doc = TestSites.page(out, page);
      assertThat(doc.select("link[rel=alternate]")).as(page).isEmpty();
      assertThat(doc.select("a[href$=\".rss\"], a[href$=\".atom\"]")).as(page).isEmpty();
      assertThat(doc.select("p.subscribe")).as(page).isEmpty();
    }
    // "See recent comments" stays: the comments page needs no base URL.
    assertThat(TestSites.page(out, "index.html").select("p.comment-links").text())
        .isEqualTo("See recent comments.");
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> allFolders() {
    List<String> folders = new ArrayList<>(POST_FEEDS.keySet());
    folders.add("comments");
    return folders;
  }

  /**
   * The folders whose URLs need no percent-encoding; the CJK tag's self links are checked by {@link
   * #aFeedsSelfLinkIsTheUrlItsPageAdvertises}.
   */
  private static List<String> asciiFolders() {
    return allFolders().stream().filter(f -> !f.contains(JAPANESE)).toList();
  }

  private static String path(String folder, String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  /** The URL of a file below the site: every path segment percent-encoded. */
  private static String url(String path) {
    return BASE
        + Stream.of(path.split("/", -1))
            .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
            .collect(Collectors.joining("/"));
  }

  private static String feedUrl(String folder, String name) {
    return url(path(folder, name));
  }

  private static String pageUrl(String folder) {
    return folder.isEmpty() ? BASE : url(folder + "/");
  }

  /** Every {@code .rss} and {@code .atom} file below {@code root}. */
  private static List<String> feedFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    return TestSites.files(root).stream()
        .filter(f -> f.endsWith(".rss") || f.endsWith(".atom"))
        .toList();
  }

  /** Parses namespace-aware, failing on every warning and error, and refusing any DOCTYPE. */
  static org.w3c.dom.Document strictXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    return builder.parse(file.toFile());
  }

  static SyndFeed rome(Path file) throws Exception {
    try (XmlReader reader = new XmlReader(file.toFile())) {
      return new SyndFeedInput().build(reader);
    }
  }

  /** The entry of {@code post} in a feed (failing when it is not there). */
  private static SyndEntry entry(String folder, String name, Post post) throws Exception {
    return rome(site.resolve(path(folder, name))).getEntries().stream()
        .filter(e -> post.permalink().equals(e.getLink()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(post.path() + " not in " + path(folder, name)));
  }

  private static String content(SyndEntry entry) {
    List<SyndContent> contents = entry.getContents();
    assertThat(contents).as(entry.getTitle() + " content").hasSize(1);
    return contents.get(0).getValue();
  }

  private static String link(Element body, String text) {
    Element a = body.selectFirst("a:containsOwn(" + text + ")");
    assertThat(a).as("link " + text).isNotNull();
    return a.attr("href");
  }

  private static List<org.assertj.core.groups.Tuple> discovery(String page) {
    return TestSites.page(site, page).select("head link[rel=alternate]").stream()
        .map(l -> tuple(l.attr("type"), l.attr("title"), l.attr("href")))
        .toList();
  }

  /** Every element {@code localName} in namespace {@code ns} ("" for none) of the document. */
  private static List<org.w3c.dom.Element> elements(
      org.w3c.dom.Document xml, String ns, String localName) {
    return list(xml.getElementsByTagNameNS(ns.isEmpty() ? null : ns, localName));
  }

  private static List<org.w3c.dom.Element> childElements(
      org.w3c.dom.Element parent, String ns, String localName) {
    List<org.w3c.dom.Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element e
          && localName.equals(e.getLocalName())
          && (ns.isEmpty() ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of the only child element {@code localName} of {@code parent}. */
  private static String text(org.w3c.dom.Element parent, String ns, String localName) {
    List<org.w3c.dom.Element> children = childElements(parent, ns, localName);
    assertThat(children).as(parent.getLocalName() + "/" + localName).hasSize(1);
    return children.get(0).getTextContent();
  }

  private static List<org.w3c.dom.Element> list(NodeList nodes) {
    List<org.w3c.dom.Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((org.w3c.dom.Element) nodes.item(i));
    }
    return out;
  }
}
