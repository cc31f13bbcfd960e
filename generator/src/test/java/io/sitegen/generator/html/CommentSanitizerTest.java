package io.sitegen.generator.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.markdown.MarkdownRenderer;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sanitiser is the last line of defence for comments: whatever HTML reaches it, what comes out
 * can neither run script nor restyle the page, and every link is {@code rel="nofollow ugc"}.
 */
class CommentSanitizerTest {

  private final CommentSanitizer sanitizer = new CommentSanitizer();

  private String clean(String html) {
    return sanitizer.clean(html, "comment_t");
  }

  /** Hostile HTML, and the text a reader should still see once it is cleaned. */
  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("<p>Hi <script>alert(1)</script>there</p>", "Hi there"),
        Arguments.of("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>ok", "ok"),
        Arguments.of("<img src=x onerror=\"alert(1)\">after", "after"),
        Arguments.of("<p onclick=\"steal()\" onmouseover=alert(1)>para</p>", "para"),
        Arguments.of("<a href=\"javascript:alert(1)\">x</a>", "x"),
        Arguments.of("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "x"),
        Arguments.of("<a href=\" javascript:alert(1)\">x</a>", "x"),
        Arguments.of("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "x"),
        Arguments.of("<a href=\"&#106;avascript:alert(1)\">x</a>", "x"),
        Arguments.of("<a href=\"vbscript:msgbox(1)\">x</a>", "x"),
        Arguments.of("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "x"),
        Arguments.of("<a href=\"ftp://files.example/\">x</a>", "x"),
        Arguments.of("<a href=\"https://ok.example/\" onclick=\"steal()\">ok</a>", "ok"),
        Arguments.of("<iframe src=\"https://evil.example/\"></iframe>framed", "framed"),
        Arguments.of("<frameset><frame src=\"https://evil.example/\"></frameset>f", "f"),
        Arguments.of("<div style=\"position:fixed\">unclosed", "unclosed"),
        Arguments.of("<span style=\"display:none\">hidden</span>", "hidden"),
        Arguments.of("<style>body{display:none}</style>styled", "styled"),
        Arguments.of("<link rel=stylesheet href=https://evil.example/x.css>l", "l"),
        Arguments.of("<svg onload=alert(1)><circle r=1 /></svg>svg", "svg"),
        Arguments.of("<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>", "m"),
        Arguments.of("<object data=\"https://evil.example/x.swf\"></object>o", "o"),
        Arguments.of("<embed src=\"https://evil.example/x.swf\">e", "e"),
        Arguments.of("<form action=\"https://evil.example/\"><input name=p></form>form", "form"),
        Arguments.of("<button formaction=\"javascript:alert(1)\">b</button>", "b"),
        Arguments.of("<meta http-equiv=refresh content=\"0;url=https://evil.example/\">m", "m"),
        Arguments.of("<base href=\"https://evil.example/\">b", "b"),
        Arguments.of("<blockquote cite=\"javascript:alert(1)\">q</blockquote>", "q"),
        Arguments.of("<p id=\"reader_comments\" class=\"site-nav\">id</p>", "id"),
        Arguments.of("<a href=\"#site-nav\" id=\"fn-9x\">skip</a>", "skip"),
        Arguments.of("<table onclick=\"x()\"><tr><td style=\"color:red\">c</td></tr></table>", "c"),
        Arguments.of("<!-- <script>alert(1)</script> -->visible", "visible"),
        Arguments.of("<img src=\"x\" alt=\"&lt;script&gt;\">", ""),
        Arguments.of("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostileHtmlComesOutInert(String input, String text) {
    Document out = Jsoup.parseBodyFragment(clean(input));

    assertInert(out);
    assertThat(out.body().text()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void everyLinkThatSurvivesIsNofollowUgcAndWeb(String input, String text) {
    Document out = Jsoup.parseBodyFragment(clean(input));

    for (Element a : out.select("a")) {
      assertThat(a.attr("rel")).isEqualTo("nofollow ugc");
      if (a.hasAttr("href")) {
        assertThat(a.attr("href")).matches("(https?|mailto):.+");
      }
    }
  }

  @Test
  void aSafeLinkKeepsItsHrefLosesItsHandlerAndGetsNofollowUgc() {
    Element a =
        Jsoup.parseBodyFragment(
                clean(
                    "<a href=\"https://ok.example/\" onclick=\"steal()\" rel=\"me\""
                        + " target=\"_blank\">ok</a>"))
            .selectFirst("a");

    assertThat(a.attr("href")).isEqualTo("https://ok.example/");
    assertThat(a.attr("rel")).isEqualTo("nofollow ugc");
    assertThat(a.attributes().size()).as(a.outerHtml()).isEqualTo(2);
  }

  @Test
  void linksWithUnsafeSchemesLoseTheirHref() {
    Document out =
        Jsoup.parseBodyFragment(
            clean(
                "<a href=\"javascript:alert(1)\">j</a> <a href=\"data:text/html,x\">d</a>"
                    + " <a href=\"ftp://f.example/\">f</a> <a href=\"/relative\">r</a>"));

    assertThat(out.select("a")).hasSize(4);
    assertThat(out.select("a[href]")).isEmpty();
  }

  @Test
  void textFormattingAndListsSurvive() {
    String html =
        "<p><strong>b</strong> <em>i</em> <code>c</code></p><ul><li>one</li></ul>"
            + "<ol><li>two</li></ol><blockquote><p>q</p></blockquote><pre><code>x = 1</code></pre>";

    // Code blocks become focusable, so a keyboard can scroll a long line (issue 10, axe-core).
    assertThat(clean(html)).isEqualTo(html.replace("<pre>", "<pre tabindex=\"0\">"));
  }

  @Test
  void unclosedElementsAreClosedInsideTheComment() {
    String out = clean("<b>bold <i>both");

    assertThat(out).isEqualTo("<b>bold <i>both</i></b>");
  }

  /**
   * What the comment Markdown renderer makes of formatting must survive cleaning: the renderer
   * enables strikethrough, so {@code ~~gone~~} should stay struck through.
   */
  @Test
  void markdownStrikethroughSurvivesCleaning() {
    String html = MarkdownRenderer.forComments().render("It was ~~wrong~~ right.");

    assertThat(Jsoup.parseBodyFragment(clean(html)).select("del, s, strike"))
        .as(clean(html))
        .hasSize(1);
  }

  @Test
  void rawHtmlInMarkdownCommentsIsShownAsTextAndStaysInert() {
    String markdown =
        "Nice <script>alert(1)</script>\n\n<img src=x onerror=\"alert(1)\">\n\n"
            + "[x](javascript:alert(2)) [y](JaVaScRiPt:alert(4)) <javascript:alert(3)>\n\n"
            + "![t](https://evil.example/p.png) [docs](https://docs.example.org/)";

    Document out = Jsoup.parseBodyFragment(clean(MarkdownRenderer.forComments().render(markdown)));

    assertInert(out);
    assertThat(out.text())
        .contains("<script>alert(1)</script>", "<img src=x onerror=\"alert(1)\">");
    assertThat(out.select("a[href]").eachAttr("href")).containsExactly("https://docs.example.org/");
    assertThat(out.select("a").eachAttr("rel")).containsOnly("nofollow ugc");
  }

  @Test
  void footnotesKeepTheirLinksUnderTheCommentsAnchorAndTablesTheirCells() {
    String html =
        MarkdownRenderer.forComments()
            .render("Said[^1].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Source.\n");

    Document out = Jsoup.parseBodyFragment(clean(html));

    Element mark = out.selectFirst("sup a");
    assertThat(mark.attr("href")).startsWith("#comment_t-fn");
    Element note = out.getElementById(mark.attr("href").substring(1));
    assertThat(note.text()).contains("Source.");
    Element back = note.selectFirst("a[href]");
    assertThat(out.getElementById(back.attr("href").substring(1))).isNotNull();
    assertThat(out.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("comment_t-fn"));
    assertThat(out.select("table thead th").eachText()).containsExactly("a", "b");
    assertThat(out.select("table tbody td").eachText()).containsExactly("1", "2");
    assertInert(out);
  }

  @Test
  void isSafeToShareBetweenThreads() {
    String input = "<a href=\"https://ok.example/\" onclick=\"x()\">ok</a><script>x</script>";
    String expected = clean(input);

    assertThat(
            java.util.stream.IntStream.range(0, 2000)
                .parallel()
                .mapToObj(i -> clean(input))
                .distinct())
        .containsExactly(expected);
  }

  private static void assertInert(Document doc) {
    assertThat(
            doc.select(
                "script, iframe, frame, frameset, style, link, img, svg, math, object, embed,"
                    + " form, input, button, meta, base, div"))
        .as(doc.body().html())
        .isEmpty();
    for (Element element : doc.body().getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as(element.outerHtml()).doesNotStartWith("on");
        assertThat(key).as(element.outerHtml()).isNotIn("style", "class", "src", "target");
        if (key.equals("id")) {
          // Only a footnote's id, below the comment's own anchor, so it can clash with nothing.
          assertThat(attribute.getValue()).as(element.outerHtml()).startsWith("comment_t-fn");
        }
        assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT))
            .as(element.outerHtml())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotStartWith("data:");
      }
    }
  }
}
