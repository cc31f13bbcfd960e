package io.sitegen.generator.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** {@link FeedWriter} on hand-made feeds: clean XML, dates in the site's zone, links. */
class FeedWriterTest {

  private static final String SITE = "https://example.org/blog/";
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private final FeedWriter writer = new FeedWriter(SITE, "en-AU", SYDNEY);

  private static FeedEntry entry(String title, ZonedDateTime published) {
    return new FeedEntry(
        title,
        SITE + "a/post.html",
        SITE + "a/post.html",
        published,
        published,
        "Author",
        List.of("tag"),
        "<p>Body</p>",
        "Body",
        "");
  }

  private static Feed feed(String folder, List<FeedEntry> entries) {
    return new Feed(folder, "Blog", "About things", SITE + folder + "/", entries);
  }

  /** Characters XML 1.0 cannot hold: a C0 control, U+FFFF, U+FFFE and lone surrogates. */
  private static final String DIRTY = "A\u0001B\uFFFFC\uD800D\uDC00E\uFFFEF \uD83D\uDE00";

  /** {@link #DIRTY} without them; the emoji (a valid surrogate pair) stays. */
  private static final String CLEAN = "ABCDEF \uD83D\uDE00";

  @Test
  void charactersXmlCannotHoldAreDroppedFromEveryTextSoBothFormatsParse() throws Exception {
    Feed dirty =
        new Feed(
            "x",
            "Feed " + DIRTY,
            "Description " + DIRTY,
            SITE + "x/",
            List.of(
                new FeedEntry(
                    "Title " + DIRTY,
                    SITE + "x/post.html",
                    SITE + "x/post.html",
                    ZonedDateTime.of(2014, 1, 15, 20, 30, 0, 0, SYDNEY),
                    ZonedDateTime.of(2014, 1, 15, 20, 30, 0, 0, SYDNEY),
                    "Author " + DIRTY,
                    List.of("Tag " + DIRTY),
                    "<p>Html " + DIRTY + "</p>",
                    "Summary " + DIRTY,
                    "")));
    for (String xml : List.of(writer.rss(dirty), writer.atom(dirty))) {
      strictXml(xml);
      SyndFeed feed = rome(xml);
      assertThat(feed.getTitle()).isEqualTo("Feed " + CLEAN);
      SyndEntry entry = feed.getEntries().get(0);
      assertThat(entry.getTitle()).isEqualTo("Title " + CLEAN);
      assertThat(entry.getAuthor()).isEqualTo("Author " + CLEAN);
      assertThat(entry.getCategories())
          .extracting(SyndCategory::getName)
          .containsExactly("Tag " + CLEAN);
      assertThat(entry.getContents().get(0).getValue()).isEqualTo("<p>Html " + CLEAN + "</p>");
      assertThat(Jsoup.parseBodyFragment(entry.getDescription().getValue()).body().text())
          .isEqualTo("Summary " + CLEAN);
    }
    assertThat(rome(writer.rss(dirty)).getDescription()).isEqualTo("Description " + CLEAN);
  }

  @Test
  void anEmptyFeedIsStillValidAtomWithAnUpdatedDateAndValidRss() throws Exception {
    Feed empty = feed("comments", List.of());
    Document atom = strictXml(writer.atom(empty));
    Element root = atom.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
    assertThat(children(root, ATOM_NS, "entry")).isEmpty();
    // RFC 4287: atom:feed has exactly one atom:updated, one atom:id and one atom:title.
    assertThat(children(root, ATOM_NS, "updated")).hasSize(1);
    assertThat(children(root, ATOM_NS, "id")).hasSize(1);
    assertThat(children(root, ATOM_NS, "title")).hasSize(1);
    String updated = children(root, ATOM_NS, "updated").get(0).getTextContent();
    assertThatCode(() -> OffsetDateTime.parse(updated)).doesNotThrowAnyException();
    SyndFeed feed = rome(writer.atom(empty));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getPublishedDate()).isNotNull();
    // The same every time, so an unchanged empty feed stays byte-identical.
    assertThat(writer.atom(empty)).isEqualTo(writer.atom(feed("comments", List.of())));

    Document rss = strictXml(writer.rss(empty));
    assertThat(rss.getElementsByTagName("item").getLength()).isZero();
    assertThat(rome(writer.rss(empty)).getFeedType()).isEqualTo("rss_2.0");
  }

  @Test
  void datesAreWrittenInTheSitesZoneWithItsOffsetOfThatDay() throws Exception {
    // The same instants given in UTC: 2013-09-30 04:58 AEST (+10) and 2014-01-15 20:30 AEDT (+11).
    ZonedDateTime summer = ZonedDateTime.parse("2014-01-15T09:30:00Z");
    ZonedDateTime winter = ZonedDateTime.parse("2013-09-29T18:58:00Z");
    Feed feed = feed("a", List.of(entry("Summer", summer), entry("Winter", winter)));

    Document rss = strictXml(writer.rss(feed));
    assertThat(texts(rss, null, "pubDate"))
        .containsExactly(
            "Wed, 15 Jan 2014 20:30:00 +1100",
            "Wed, 15 Jan 2014 20:30:00 +1100",
            "Mon, 30 Sep 2013 04:58:00 +1000");
    assertThat(rss.getElementsByTagNameNS(DC_NS, "date").getLength()).isZero();
    Document atom = strictXml(writer.atom(feed));
    assertThat(texts(atom, ATOM_NS, "published"))
        .containsExactly("2014-01-15T20:30:00+11:00", "2013-09-30T04:58:00+10:00");
    assertThat(texts(atom, ATOM_NS, "updated"))
        .containsExactly(
            "2014-01-15T20:30:00+11:00", "2014-01-15T20:30:00+11:00", "2013-09-30T04:58:00+10:00");
    for (String xml : List.of(writer.rss(feed), writer.atom(feed))) {
      assertThat(rome(xml).getEntries())
          .extracting(e -> e.getPublishedDate().toInstant())
          .containsExactly(summer.toInstant(), winter.toInstant());
    }
  }

  @Test
  void rssDescriptionIsEscapedTextAndAtomSummaryIsTypedText() throws Exception {
    String summary = "a < b && c > d <script>alert(1)</script>";
    Feed feed =
        feed(
            "a",
            List.of(
                new FeedEntry(
                    "T",
                    SITE + "a/t.html",
                    SITE + "a/t.html",
                    ZonedDateTime.of(2014, 1, 1, 0, 0, 0, 0, SYDNEY),
                    ZonedDateTime.of(2014, 1, 1, 0, 0, 0, 0, SYDNEY),
                    "",
                    List.of(),
                    "",
                    summary,
                    "")));
    SyndEntry rss = rome(writer.rss(feed)).getEntries().get(0);
    assertThat(rss.getDescription().getValue())
        .isEqualTo("a &lt; b &amp;&amp; c &gt; d &lt;script&gt;alert(1)&lt;/script&gt;");
    // A reader that renders the description as HTML shows the text, runs no script.
    org.jsoup.nodes.Document shown = Jsoup.parseBodyFragment(rss.getDescription().getValue());
    assertThat(shown.select("script")).isEmpty();
    assertThat(shown.body().text()).isEqualTo(summary);
    // Empty html: no content element at all.
    assertThat(rss.getContents()).isEmpty();
    assertThat(strictXml(writer.rss(feed)).getElementsByTagNameNS("*", "encoded").getLength())
        .isZero();

    Document atom = strictXml(writer.atom(feed));
    Element summaryElement = (Element) atom.getElementsByTagNameNS(ATOM_NS, "summary").item(0);
    assertThat(summaryElement.getAttribute("type")).isEqualTo("text");
    assertThat(summaryElement.getTextContent()).isEqualTo(summary);
    assertThat(atom.getElementsByTagNameNS(ATOM_NS, "content").getLength()).isZero();
  }

  @Test
  void rssHasASelfLinkAndPermalinkGuidsAtomHasSelfAndAlternate() throws Exception {
    ZonedDateTime date = ZonedDateTime.of(2014, 1, 1, 12, 0, 0, 0, SYDNEY);
    Feed feed = feed("tags/nova", List.of(entry("One", date)));
    Document rss = strictXml(writer.rss(feed));
    Element channel = (Element) rss.getElementsByTagName("channel").item(0);
    assertThat(children(channel, ATOM_NS, "link"))
        .extracting(
            l -> l.getAttribute("rel"), l -> l.getAttribute("href"), l -> l.getAttribute("type"))
        .containsExactly(tuple("self", SITE + "tags/nova/index.rss", "application/rss+xml"));
    assertThat(children(channel, null, "link"))
        .extracting(Node::getTextContent)
        .containsExactly(SITE + "tags/nova/");
    Element guid = (Element) rss.getElementsByTagName("guid").item(0);
    assertThat(guid.getTextContent()).isEqualTo(SITE + "a/post.html");
    assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
    assertThat(texts(rss, null, "language")).containsExactly("en-AU");
    // The author as dc:creator (RSS's own author must be an e-mail address).
    assertThat(texts(rss, DC_NS, "creator")).containsExactly("Author");

    Document atom = strictXml(writer.atom(feed));
    assertThat(children(atom.getDocumentElement(), ATOM_NS, "link"))
        .extracting(
            l -> l.getAttribute("rel"), l -> l.getAttribute("href"), l -> l.getAttribute("type"))
        .containsExactlyInAnyOrder(
            tuple("self", SITE + "tags/nova/index.atom", "application/atom+xml"),
            tuple("alternate", SITE + "tags/nova/", "text/html"));
    assertThat(texts(atom, ATOM_NS, "id"))
        .containsExactly(SITE + "tags/nova/", SITE + "a/post.html");
    assertThat(writer.atom(feed)).doesNotContain(DC_NS);
  }

  @Test
  void selfLinksAreValidUrisForFoldersThatNeedEncoding() throws Exception {
    // A category folder may be named with a space or in any script; the page URLs encode them.
    ZonedDateTime date = ZonedDateTime.of(2014, 1, 1, 12, 0, 0, 0, SYDNEY);
    Feed feed =
        new Feed(
            "my notes/日本",
            "Blog",
            "",
            SITE + "my%20notes/%E6%97%A5%E6%9C%AC/",
            List.of(entry("One", date)));
    String rssSelf =
        children(
                (Element) strictXml(writer.rss(feed)).getElementsByTagName("channel").item(0),
                ATOM_NS,
                "link")
            .get(0)
            .getAttribute("href");
    String atomSelf =
        children(strictXml(writer.atom(feed)).getDocumentElement(), ATOM_NS, "link").stream()
            .filter(l -> l.getAttribute("rel").equals("self"))
            .findFirst()
            .orElseThrow()
            .getAttribute("href");
    for (String self : List.of(rssSelf, atomSelf)) {
      assertThatCode(() -> new URI(self)).as(self).doesNotThrowAnyException();
    }
    assertThat(rssSelf).isEqualTo(SITE + "my%20notes/%E6%97%A5%E6%9C%AC/index.rss");
    assertThat(atomSelf).isEqualTo(SITE + "my%20notes/%E6%97%A5%E6%9C%AC/index.atom");
  }

  @Test
  void theSameFeedGivesTheSameText() {
    ZonedDateTime date = ZonedDateTime.of(2014, 1, 1, 12, 0, 0, 0, SYDNEY);
    assertThat(writer.rss(feed("a", List.of(entry("One", date)))))
        .isEqualTo(writer.rss(feed("a", List.of(entry("One", date)))));
    assertThat(writer.atom(feed("a", List.of(entry("One", date)))))
        .isEqualTo(writer.atom(feed("a", List.of(entry("One", date)))));
    // And the date format is the one the text claims: RFC 1123 parses it back.
    String pubDate =
        texts(parseQuietly(writer.rss(feed("a", List.of(entry("One", date))))), null, "pubDate")
            .get(0);
    assertThat(ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
        .isEqualTo(date.toInstant());
  }

  // ---------------------------------------------------------------- helpers

  /** Parses namespace-aware, failing on every warning and error, and refusing any DOCTYPE. */
  static Document strictXml(String xml) throws Exception {
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
    return builder.parse(new InputSource(new StringReader(xml)));
  }

  private static Document parseQuietly(String xml) {
    try {
      return strictXml(xml);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static SyndFeed rome(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  private static List<Element> children(Element parent, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && localName.equals(e.getLocalName())
          && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of every element {@code localName} in namespace {@code ns}, in document order. */
  private static List<String> texts(Document xml, String ns, String localName) {
    NodeList nodes = xml.getElementsByTagNameNS(ns, localName);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }
}
