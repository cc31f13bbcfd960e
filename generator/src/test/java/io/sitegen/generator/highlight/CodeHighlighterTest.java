package io.sitegen.generator.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeHighlighterTest {

  private final CodeHighlighter highlighter = new CodeHighlighter();

  /** Language, snippet, then pairs of token class and the exact text of one span of that class. */
  static Stream<Arguments> snippets() {
    return Stream.of(
        Arguments.of(
            "java",
            "public class A { // note\n  String s = \"hi\"; int n = 42;\n}\n",
            new String[] {
              "tok-kw", "public", "tok-com", "// note", "tok-str", "\"hi\"", "tok-num", "42"
            }),
        Arguments.of(
            "kotlin",
            "fun main() { val s = \"hi\" /* c */ }\n",
            new String[] {
              "tok-kw", "fun", "tok-kw", "val", "tok-str", "\"hi\"", "tok-com", "/* c */"
            }),
        Arguments.of(
            "scala",
            "object A { def f = \"hi\" } // c\n",
            new String[] {
              "tok-kw", "object", "tok-kw", "def", "tok-str", "\"hi\"", "tok-com", "// c"
            }),
        Arguments.of(
            "groovy",
            "def s = 'hi' // c\n",
            new String[] {"tok-kw", "def", "tok-str", "'hi'", "tok-com", "// c"}),
        Arguments.of(
            "xml",
            "<project a=\"b\"><!-- c --></project>\n",
            new String[] {
              "tok-tag", "project", "tok-attr", "a", "tok-str", "\"b\"", "tok-com", "<!-- c -->"
            }),
        Arguments.of(
            "html",
            "<p class=\"x\">t</p><!-- c -->\n",
            new String[] {
              "tok-tag", "p", "tok-attr", "class", "tok-str", "\"x\"", "tok-com", "<!-- c -->"
            }),
        Arguments.of("css", "body { color: red; } /* c */\n", new String[] {"tok-com", "/* c */"}),
        Arguments.of(
            "js",
            "function f() { return 'hi'; } // c\n",
            new String[] {
              "tok-kw", "function", "tok-kw", "return", "tok-str", "'hi'", "tok-com", "// c"
            }),
        Arguments.of(
            "ts",
            "const f = (x: number) => 'hi'; // c\n",
            new String[] {"tok-kw", "const", "tok-str", "'hi'", "tok-com", "// c"}),
        Arguments.of(
            "json",
            "{\"a\": \"b\", \"n\": 1, \"t\": true}\n",
            new String[] {"tok-str", "\"b\"", "tok-num", "1", "tok-lit", "true"}),
        Arguments.of(
            "yml",
            "# c\nkey: value # note\nlist:\n  - name: \"s\"\n    port: 8080\n    on: true\n",
            new String[] {
              "tok-com",
              "# c",
              "tok-attr",
              "key",
              "tok-com",
              "# note",
              "tok-attr",
              "name",
              "tok-str",
              "\"s\"",
              "tok-num",
              "8080",
              "tok-lit",
              "true"
            }),
        Arguments.of("properties", "# c\na.b=c\n", new String[] {"tok-com", "# c"}),
        Arguments.of(
            "sql",
            "SELECT a FROM t WHERE b = 'x' -- c\n",
            new String[] {
              "tok-kw", "SELECT", "tok-kw", "FROM", "tok-str", "'x'", "tok-com", "-- c"
            }),
        Arguments.of(
            "sh",
            "# c\nif [ -f x ]; then echo \"hi\"; fi\n",
            new String[] {"tok-com", "# c", "tok-kw", "if", "tok-str", "\"hi\""}),
        Arguments.of(
            "dockerfile",
            "# c\nFROM eclipse-temurin:17\nRUN echo \"hi\"\n",
            new String[] {"tok-com", "# c", "tok-kw", "FROM", "tok-kw", "RUN"}),
        Arguments.of(
            "py",
            "def f():  # c\n    return \"hi\"\n",
            new String[] {
              "tok-kw", "def", "tok-kw", "return", "tok-str", "\"hi\"", "tok-com", "# c"
            }),
        Arguments.of(
            "go",
            "func main() { s := \"hi\" } // c\n",
            new String[] {"tok-kw", "func", "tok-str", "\"hi\"", "tok-com", "// c"}),
        Arguments.of(
            "rust",
            "fn main() { let s = \"hi\"; } // c\n",
            new String[] {"tok-kw", "fn", "tok-kw", "let", "tok-str", "\"hi\"", "tok-com", "// c"}),
        Arguments.of(
            "c",
            "int main(void) { return \"hi\"[0]; } /* c */\n",
            new String[] {
              "tok-type", "int", "tok-kw", "return", "tok-str", "\"hi\"", "tok-com", "/* c */"
            }),
        Arguments.of(
            "cpp",
            "class A { public: int f(); }; // c\n",
            new String[] {"tok-kw", "class", "tok-kw", "public", "tok-com", "// c"}),
        Arguments.of(
            "cs",
            "public class A { string s = \"hi\"; } // c\n",
            new String[] {"tok-kw", "public", "tok-str", "\"hi\"", "tok-com", "// c"}),
        Arguments.of(
            "rb",
            "def f # c\n  \"hi\"\nend\n",
            new String[] {"tok-kw", "def", "tok-kw", "end", "tok-str", "\"hi\"", "tok-com", "# c"}),
        Arguments.of(
            "php",
            "<?php\nfunction f() { return \"hi\"; } // c\n",
            new String[] {
              "tok-kw", "function", "tok-kw", "return", "tok-str", "\"hi\"", "tok-com", "// c"
            }),
        Arguments.of(
            "diff",
            "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n",
            new String[] {
              "tok-meta", "--- a/x", "tok-hunk", "@@ -1 +1 @@", "tok-del", "-old", "tok-ins", "+new"
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void tokensOfKnownSnippetsGetTheirClasses(String language, String code, String[] expected) {
    Element pre = pre(new CodeBlock(language, code, false, Set.of()));
    for (int i = 0; i < expected.length; i += 2) {
      assertThat(pre.select("span." + expected[i]).eachText())
          .as("%s: a %s span", language, expected[i])
          .contains(expected[i + 1]);
    }
    // Highlighting adds markup, never text.
    assertThat(pre.wholeText()).isEqualTo(code);
    assertThat(pre.selectFirst("code").className()).isEqualTo("language-" + language);
  }

  @Test
  void yamlValuesThatOnlyLookSpecialStayPlain() {
    Element pre =
        pre(
            new CodeBlock(
                "yaml", "url: http://x/#top\n- http://y\nv: 1.2.3\n---\n", false, Set.of()));
    assertThat(pre.select("span.tok-attr").eachText()).containsExactly("url", "v");
    assertThat(pre.select("span.tok-com, span.tok-num")).isEmpty();
    assertThat(pre.select("span.tok-meta").eachText()).containsExactly("---");
  }

  @Test
  void aMultiLineCommentIsACommentOnEveryLine() {
    Element pre = pre(new CodeBlock("java", "/* one\n two */ int x;\n", false, Set.of()));
    assertThat(pre.select("span.tok-com").eachText()).containsExactly("/* one", "two */");
    assertThat(pre.select("span.tok-type").eachText()).containsExactly("int");
  }

  @Test
  void anUnknownLanguageIsEscapedTextWithoutTokens() {
    String code = "<script>alert('x')</script> & more\n";
    String html = highlighter.html(new CodeBlock("no-such-lang", code, false, Set.of()));
    assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more");
    Element pre = Jsoup.parseBodyFragment(html).selectFirst("pre");
    assertThat(pre.select("script")).isEmpty();
    assertThat(pre.select("[class^=tok-]")).isEmpty();
    assertThat(pre.wholeText()).isEqualTo(code);
  }

  @Test
  void noLanguageGivesNoLanguageClass() {
    Element pre = pre(new CodeBlock("", "plain <b>\n", false, Set.of()));
    assertThat(pre.selectFirst("code").hasAttr("class")).isFalse();
    assertThat(pre.wholeText()).isEqualTo("plain <b>\n");
    assertThat(pre.select("span.line")).as("no line spans without numbers or marks").isEmpty();
  }

  @Test
  void lineNumbersAndHighlightedLinesAreClassesNotText() {
    String code = "a\nb\nc\nd\n";
    Element pre = pre(new CodeBlock("text", code, true, Set.of(2, 3)));
    assertThat(pre.classNames()).containsExactlyInAnyOrder("code", "linenos");
    assertThat(pre.select("span.line")).hasSize(4);
    assertThat(pre.select("span.line.hl").eachText()).containsExactly("b", "c");
    assertThat(pre.wholeText()).isEqualTo(code);
  }

  @Test
  void aBlockSeenBeforeIsTakenFromTheCacheNotLexedAgain() {
    CodeBlock block = new CodeBlock("java", "int x = 1;\n", false, Set.of());
    String first = highlighter.html(block);
    String again = highlighter.html(new CodeBlock("java", "int x = 1;\n", false, Set.of()));
    assertThat(again).isSameAs(first);
    assertThat(highlighter.lexedBlocks()).isEqualTo(1);
    highlighter.html(new CodeBlock("java", "int x = 1;\n", true, Set.of()));
    highlighter.html(new CodeBlock("kotlin", "int x = 1;\n", false, Set.of()));
    assertThat(highlighter.lexedBlocks())
        .as("options and language are part of the key")
        .isEqualTo(3);
  }

  private Element pre(CodeBlock block) {
    return Jsoup.parseBodyFragment(highlighter.html(block)).selectFirst("pre");
  }
}
