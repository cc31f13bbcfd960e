package io.sitegen.generator.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link SiteFeeds}' summaries and absolute URLs. */
class SiteFeedsTest {

  private static final String PAGE = "https://example.org/blog/a/post.html";

  // ---------------------------------------------------------------- summary

  @Test
  void aShortBodyIsItsWholeTextWithoutMarkup() {
    assertThat(SiteFeeds.summary("<p>Hello <b>world</b> &amp; <i>more</i></p>"))
        .isEqualTo("Hello world & more");
    assertThat(SiteFeeds.summary("<p>one</p>\n<p>two</p>")).isEqualTo("one two");
    assertThat(SiteFeeds.summary("")).isEmpty();
  }

  @Test
  void aLongBodyIsCutAtTheLastWordThatFitsIn300CharactersWithAnEllipsis() {
    // 40 words of 8 characters: word i spans [9i, 9i+7], a space at 9i+8; 359 characters.
    List<String> words =
        IntStream.range(0, 40).mapToObj(i -> String.format("word%04d", i)).toList();
    String text = String.join(" ", words);
    assertThat(text).hasSize(359);
    // The last space at or before index 300 is 9*32+8 = 296: words 0 to 32 stay.
    String expected = String.join(" ", words.subList(0, 33)) + "…";
    assertThat(SiteFeeds.summary("<p>" + text + "</p>")).isEqualTo(expected);
    assertThat(expected).hasSize(297);
  }

  @Test
  void exactly300CharactersStayWhole() {
    String text = "a".repeat(100) + " " + "b".repeat(199);
    assertThat(text).hasSize(300);
    assertThat(SiteFeeds.summary(text)).isEqualTo(text);
  }

  @Test
  void aSpaceRightAt300CutsThereAndOneEndlessWordIsCutAt300() {
    assertThat(SiteFeeds.summary("a".repeat(300) + " " + "b".repeat(10)))
        .isEqualTo("a".repeat(300) + "…");
    assertThat(SiteFeeds.summary("x".repeat(301))).isEqualTo("x".repeat(300) + "…");
  }

  // ---------------------------------------------------------------- absolutise

  @Test
  void relativeUrlsResolveAgainstThePage() {
    Element body =
        absolutised(
            "<p><img src=\"pic.png\" alt=\"p\"> <a href=\"../b/other.html\">up</a>"
                + " <a href=\"my file.pdf\">spaced</a> <a href=\"sub/x.html?q=1#f\">sub</a></p>");
    assertThat(body.selectFirst("img").attr("src")).isEqualTo("https://example.org/blog/a/pic.png");
    assertThat(href(body, "up")).isEqualTo("https://example.org/blog/b/other.html");
    assertThat(href(body, "spaced")).isEqualTo("https://example.org/blog/a/my%20file.pdf");
    assertThat(href(body, "sub")).isEqualTo("https://example.org/blog/a/sub/x.html?q=1#f");
  }

  @Test
  void rootRelativeUrlsResolveAgainstTheHost() {
    Element body =
        absolutised("<a href=\"/blog/c/x.html\">inside</a> <a href=\"/a/other.html\">outside</a>");
    // As the post's page resolves them: a root-relative path starts at the host, not the blog.
    assertThat(href(body, "inside")).isEqualTo("https://example.org/blog/c/x.html");
    assertThat(href(body, "outside")).isEqualTo("https://example.org/a/other.html");
  }

  @Test
  void aFragmentPointsIntoThePostsOwnPage() {
    assertThat(href(absolutised("<a href=\"#intro\">intro</a>"), "intro"))
        .isEqualTo(PAGE + "#intro");
  }

  @Test
  void mailtoAbsoluteAndUnparseableUrlsStayAsTheyAre() {
    Element body =
        absolutised(
            "<a href=\"mailto:jane@example.org\">mail</a>"
                + " <a href=\"https://other.example/path?q=1#f\">secure</a>"
                + " <a href=\"http://plain.example/\">plain</a>"
                + " <a href=\"tel:+61200000000\">tel</a>"
                + " <a href=\"http://[broken\">broken</a>");
    assertThat(href(body, "mail")).isEqualTo("mailto:jane@example.org");
    assertThat(href(body, "secure")).isEqualTo("https://other.example/path?q=1#f");
    assertThat(href(body, "plain")).isEqualTo("http://plain.example/");
    assertThat(href(body, "tel")).isEqualTo("tel:+61200000000");
    assertThat(href(body, "broken")).isEqualTo("http://[broken");
  }

  @Test
  void protocolRelativeUrlsTakeThePagesScheme() {
    Element body =
        absolutised(
            "<img src=\"//cdn.example.net/x.png\" alt=\"cdn\"> <a href=\"//other.example/\">other</a>");
    assertThat(body.selectFirst("img").attr("src")).isEqualTo("https://cdn.example.net/x.png");
    assertThat(href(body, "other")).isEqualTo("https://other.example/");
  }

  @Test
  void everySrcsetCandidateAndOtherMediaUrlsBecomeAbsolute() {
    Element body =
        absolutised(
            "<img src=\"x.png\" srcset=\"x.png 1x, /x2.png 2x, //cdn.example.net/x3.png 3x\" alt=\"x\">"
                + "<picture><source srcset=\"wide.webp 800w\"></picture>"
                + "<video src=\"v.mp4\" poster=\"p.jpg\"></video>");
    Element img = body.selectFirst("img");
    assertThat(img.attr("src")).isEqualTo("https://example.org/blog/a/x.png");
    assertThat(img.attr("srcset"))
        .isEqualTo(
            "https://example.org/blog/a/x.png 1x, https://example.org/x2.png 2x,"
                + " https://cdn.example.net/x3.png 3x");
    assertThat(body.selectFirst("source").attr("srcset"))
        .isEqualTo("https://example.org/blog/a/wide.webp 800w");
    assertThat(body.selectFirst("video").attr("src")).isEqualTo("https://example.org/blog/a/v.mp4");
    assertThat(body.selectFirst("video").attr("poster"))
        .isEqualTo("https://example.org/blog/a/p.jpg");
  }

  @Test
  void everythingButUrlsIsLeftAsItWas() {
    String html =
        "<p class=\"c\" title=\"a &amp; b\">x &lt; y <em>z</em></p>\n<pre>  keep\n  this</pre>";
    assertThat(SiteFeeds.absolutise(html, PAGE)).isEqualTo(html);
  }

  @Test
  void referencesWithOnlyAQueryOrNothingResolveAgainstThePageItself() {
    // RFC 3986 5.4.1: "?y" against http://a/b/c/d;p?q is http://a/b/c/d;p?y, and "" is the base
    // itself; that is how a browser follows these links on the post's page.
    Element body = absolutised("<a href=\"?page=2\">query</a> <a href=\"\">self</a>");
    assertThat(href(body, "query")).isEqualTo(PAGE + "?page=2");
    assertThat(href(body, "self")).isEqualTo(PAGE);
  }

  private static Element absolutised(String html) {
    return Jsoup.parseBodyFragment(SiteFeeds.absolutise(html, PAGE)).body();
  }

  private static String href(Element body, String text) {
    Element a = body.selectFirst("a:containsOwn(" + text + ")");
    assertThat(a).as("link " + text).isNotNull();
    return a.attr("href");
  }
}
