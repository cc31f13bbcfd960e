package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comment's footnotes and tables survive sanitising with their meaning (links between a
 * footnote's mark and its note, rows and cells), while scripts, handlers and {@code javascript:}
 * URLs are still stripped.
 */
class CommentFormattingIT {

  private static final String BLOG =
      """
      --- site.yaml ---
      title: Comments
      timezone: UTC
      --- posts/diary/hello.md ---
      ---
      title: Hello
      date: 2014-03-01 09:00
      ---
      A post[^1] with its own footnote.

      [^1]: The note of the post.
      --- comments/diary/hello/ann.yaml ---
      author: Ann
      date: 2014-03-02 10:00
      body: |
        A claim[^1], and a table:

        | City | Rain |
        | ---- | ---- |
        | Oslo | 76 <script>alert(1)</script> |
        | Rome | 66 |

        <a href="javascript:alert(1)" onclick="x()">bad</a>

        [^1]: Source of Ann.
      --- comments/diary/hello/bob.yaml ---
      author: Bob
      date: 2014-03-02 11:00
      body: |
        Mine too[^1].

        [^1]: Source of Bob.
      """;

  @Test
  void commentFootnotesLinkToTheirNoteAndTablesKeepTheirCells(@TempDir Path dir) {
    Path blog = TestSites.write(dir.resolve("blog"), BLOG);
    Path out = dir.resolve("out");
    TestSites.build(blog, out);
    Document page = TestSites.page(out, "diary/hello.html");

    Element ann = page.getElementById("comment_ann");
    assertThat(ann).as("Ann's comment").isNotNull();
    Elements marks = ann.select("a[href^=#]");
    assertThat(marks).as("footnote mark and back link").isNotEmpty();
    for (Element mark : marks) {
      String target = mark.attr("href").substring(1);
      Element note = page.getElementById(target);
      assertThat(note).as("target of %s", mark).isNotNull();
      assertThat(ann.select("[id]")).contains(note);
    }
    Element mark = ann.selectFirst("sup a");
    assertThat(page.getElementById(mark.attr("href").substring(1)).text())
        .contains("Source of Ann");

    Element table = ann.selectFirst("table");
    assertThat(table).as("the table").isNotNull();
    assertThat(table.select("thead th").eachText()).containsExactly("City", "Rain");
    assertThat(table.select("tbody tr")).hasSize(2);
    assertThat(table.select("tbody tr").get(1).select("td").eachText())
        .containsExactly("Rome", "66");

    assertThat(ann.select("script, [onclick], a[href^=javascript]")).isEmpty();

    // Two comments with a footnote each: their anchors never clash with each other or the post's.
    Element bob = page.getElementById("comment_bob");
    Element bobMark = bob.selectFirst("sup a");
    assertThat(page.getElementById(bobMark.attr("href").substring(1)).text())
        .contains("Source of Bob");
    assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
  }
}
