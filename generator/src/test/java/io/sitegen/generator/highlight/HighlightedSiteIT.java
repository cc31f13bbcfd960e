package io.sitegen.generator.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.sitegen.generator.site.LiveBuild;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture blog {@code src/test/resources/sites/code}: one post, {@code java/fences.md}, with
 * six fenced blocks in this order: Java; Java {2-3}; YAML {linenos=true hl_lines="1"}; an unknown
 * language holding a script tag; no language; sh.
 */
class HighlightedSiteIT {

  private static final List<String> CODE =
      List.of(
          "public class Hello {\n  // greets\n  String s = \"hi <b>\";\n}\n",
          "int a = 1;\nint b = 2;\nint c = 3;\nint d = 4;\n",
          "# settings\nkey: value\n",
          "<script>alert(\"x\")</script>\n",
          "plain & simple\n",
          "echo \"hello\" # says hello\n");

  @TempDir static Path out;
  private static Path site;
  private static Elements blocks;

  @BeforeAll
  static void build() {
    site = out.resolve("site");
    TestSites.build(TestSites.fixture("sites/code"), site);
    blocks = TestSites.page(site, "java/fences.html").select("pre");
  }

  @Test
  void everyBlockReadsAsItsSourceCode() {
    assertThat(blocks.eachAttr("class")).containsOnly("code", "code linenos");
    assertThat(blocks.stream().map(Element::wholeText).toList()).isEqualTo(CODE);
  }

  @Test
  void javaTokensGetTheirClasses() {
    Element java = blocks.get(0);
    assertThat(java.selectFirst("code").className()).isEqualTo("language-java");
    assertThat(java.select(".tok-kw").eachText()).contains("public", "class");
    assertThat(java.select(".tok-com").eachText()).containsExactly("// greets");
    assertThat(java.select(".tok-str").eachText()).containsExactly("\"hi <b>\"");
    assertThat(java.select("b")).as("code text stays text").isEmpty();
    assertThat(blocks.get(5).select(".tok-str").eachText()).containsExactly("\"hello\"");
    assertThat(blocks.get(5).select(".tok-com").eachText()).containsExactly("# says hello");
  }

  @Test
  void highlightedLinesAndLineNumbersAreOffByDefaultAndOnWhereTheFenceAsks() {
    assertThat(blocks.get(0).select(".line.hl")).isEmpty();
    assertThat(blocks.get(0).hasClass("linenos")).isFalse();
    assertThat(blocks.get(1).select(".line.hl").eachText())
        .containsExactly("int b = 2;", "int c = 3;");
    assertThat(blocks.get(1).selectFirst("code").className()).isEqualTo("language-java");
    assertThat(blocks.get(2).hasClass("linenos")).isTrue();
    assertThat(blocks.get(2).select(".line.hl").eachText()).containsExactly("# settings");
    assertThat(blocks.get(2).select(".tok-com").eachText()).containsExactly("# settings");
    assertThat(blocks.get(2).select(".tok-attr").eachText()).containsExactly("key");
  }

  @Test
  void anUnknownLanguageOrNoneStaysPlainEscapedText() {
    assertThat(blocks.get(3).select("script")).isEmpty();
    assertThat(blocks.get(3).select("[class^=tok-]")).isEmpty();
    assertThat(blocks.get(3).selectFirst("code").className()).isEqualTo("language-nosuchlanguage");
    assertThat(blocks.get(4).select("[class^=tok-]")).isEmpty();
    assertThat(blocks.get(4).selectFirst("code").hasAttr("class")).isFalse();
  }

  @Test
  void feedsCarryTheCodeAsText() throws Exception {
    for (String feed : List.of("index.rss", "index.atom")) {
      SyndEntry entry;
      try (XmlReader reader = new XmlReader(site.resolve(feed).toFile())) {
        entry = new SyndFeedInput().build(reader).getEntries().get(0);
      }
      Document content = Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
      assertThat(content.select("pre").stream().map(Element::wholeText).toList())
          .as(feed)
          .isEqualTo(CODE);
      assertThat(content.select("pre span")).as("classes feed readers would drop").isEmpty();
    }
  }

  @Test
  void aPreviewLexesOnlyTheBlocksThatChanged() throws Exception {
    Path blog = TestSites.copy(TestSites.fixture("sites/code"), out.resolve("preview-blog"));
    LiveBuild builds = new LiveBuild(TestSites.options(blog, out.resolve("preview-live")));
    assertThat(builds.build(List.of(), e -> {}).codeBlocksLexed()).isEqualTo(CODE.size());

    Path post = blog.resolve("posts/java/fences.md");
    Files.writeString(post, Files.readString(post).replace("A plain Java block:", "Plain Java:"));
    LiveBuild.Rebuild prose = builds.build(List.of(Path.of("posts/java/fences.md")), e -> {});
    assertThat(prose.postsParsed()).isEqualTo(1);
    assertThat(prose.codeBlocksLexed()).as("the post changed, none of its blocks").isZero();

    // A new site.yaml starts the build memory afresh; the blocks' HTML does not depend on it.
    Files.writeString(
        blog.resolve("site.yaml"),
        Files.readString(blog.resolve("site.yaml")) + "postsPerPage: 5\n");
    assertThat(builds.build(List.of(Path.of("site.yaml")), e -> {}).codeBlocksLexed()).isZero();

    Files.writeString(post, Files.readString(post).replace("# says hello", "# greets"));
    LiveBuild.Rebuild code = builds.build(List.of(Path.of("posts/java/fences.md")), e -> {});
    assertThat(code.codeBlocksLexed()).isEqualTo(1);
    assertThat(
            TestSites.page(out.resolve("preview-live"), "java/fences.html")
                .select("pre")
                .last()
                .wholeText())
        .isEqualTo("echo \"hello\" # greets\n");
  }

  @Test
  void siteYamlTurnsLineNumbersOnForEveryBlockUnlessTheFenceSaysFalse() throws Exception {
    Path source =
        TestSites.write(
            out.resolve("numbered"),
            """
            --- site.yaml ---
            title: Numbered
            lineNumbers: true
            --- posts/a.md ---
            ---
            title: A
            date: 2015-01-01
            ---
            ```java
            int x;
            ```

            ```java {linenos=false}
            int y;
            ```
            """);
    Path built = out.resolve("numbered-site");
    TestSites.build(source, built);
    assertThat(Files.exists(built.resolve("a.html"))).isTrue();
    assertThat(TestSites.page(built, "a.html").select("pre").eachAttr("class"))
        .containsExactly("code linenos", "code");
  }
}
