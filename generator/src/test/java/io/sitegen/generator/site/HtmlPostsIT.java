package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts written in HTML (as importers write them) keep their markup; other HTML files are files.
 */
class HtmlPostsIT {

  @TempDir Path dir;

  @Test
  void anHtmlFileWithFrontMatterIsAPostWhoseMarkupIsKept() {
    Path source =
        TestSites.write(
            dir.resolve("src"),
            """
            --- posts/diary/old-entry.html ---
            ---
            title: An entry from 2004
            date: 2004-05-01 10:00
            tags: [blosxom]
            ---
            <p>First paragraph.</p>

                <p class="indented">Indented four spaces: Markdown would make this a code block.</p>
            <ul><li>*not emphasis*</li></ul>
            --- posts/diary/handout.html ---
            <html><body>A file published as it is.</body></html>
            """);
    Path out = dir.resolve("out");
    TestSites.build(source, out);

    Document post = TestSites.page(out, "diary/old-entry.html");
    assertThat(post.select(".post-body p.indented").text()).startsWith("Indented four spaces");
    assertThat(post.select(".post-body pre, .post-body code")).isEmpty();
    assertThat(post.select(".post-body ul li").text()).isEqualTo("*not emphasis*");
    assertThat(post.select(".post-body em")).isEmpty();
    assertThat(TestSites.page(out, "tags/blosxom/index.html").text())
        .contains("An entry from 2004");

    // Without front matter an .html file beside the posts stays a file, copied as it is.
    assertThat(TestSites.page(out, "diary/handout.html").body().text())
        .isEqualTo("A file published as it is.");
  }
}
