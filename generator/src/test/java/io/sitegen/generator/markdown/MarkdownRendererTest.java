package io.sitegen.generator.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.highlight.CodeHighlighter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = MarkdownRenderer.forPosts(new CodeHighlighter(), false);

  @Test
  void typographicQuotesAndDashesBecomeUnicodeCharacters() {
    String html = renderer.render("It's \"quoted\" -- en --- em... and `code -- stays`");

    assertThat(html)
        .contains("It\u2019s \u201Cquoted\u201D \u2013 en \u2014 em\u2026")
        .contains("<code>code -- stays</code>")
        .doesNotContain("&mdash;", "&ndash;", "&rsquo;", "&ldquo;");
  }

  @Test
  void tablesStrikethroughAutolinksFootnotesAndHeadingIds() {
    String html =
        renderer.render(
            """
            ## A heading

            | a | b |
            |---|---|
            | 1 | 2 |

            ~~gone~~ and https://docs.openstack.org/ and a note[^1].

            [^1]: The note.
            """);
    Document doc = Jsoup.parseBodyFragment(html);

    assertThat(doc.select("h2#a-heading")).hasSize(1);
    assertThat(doc.select("table td")).extracting(e -> e.text()).containsExactly("1", "2");
    assertThat(doc.select("del").text()).isEqualTo("gone");
    assertThat(doc.select("a[href=https://docs.openstack.org/]")).hasSize(1);
    assertThat(doc.select("sup a[href=#fn-1]")).hasSize(1);
    assertThat(doc.select("li#fn-1").text()).contains("The note.");
  }

  @Test
  void rawHtmlIsTheAuthorsAndKept() {
    String html =
        renderer.render("Press <kbd>Ctrl</kbd>.\n\n<div class=\"note\">Raw block</div>\n");

    assertThat(html).contains("<kbd>Ctrl</kbd>").contains("<div class=\"note\">Raw block</div>");
  }
}
