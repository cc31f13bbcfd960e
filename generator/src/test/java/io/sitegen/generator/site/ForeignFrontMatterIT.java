package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts copied verbatim from a Jekyll or Hugo blog build: their keys for our things are understood,
 * and a key of ours in another shape is a warning with the fix, never a failed build.
 */
class ForeignFrontMatterIT {

  @TempDir Path dir;

  @Test
  void jekyllAndHugoPostsBuildWithTheirMeaningKept() {
    Path source =
        TestSites.write(
            dir.resolve("src"),
            """
            --- site.yaml ---
            baseUrl: https://blog.example.org/
            --- posts/jekyll/2019-03-04-moving-house.md ---
            ---
            layout: post
            title: Moving house
            categories: [life, moving]
            redirect_from: [/2019/03/04/moving-house/]
            excerpt: Boxes, and what was in them.
            gallery:
              - url: /assets/boxes.jpg
                image_path: /assets/boxes-th.jpg
            header:
              overlay_image: /assets/boxes.jpg
            ---
            A post from a Jekyll blog.
            --- posts/jekyll/2019-03-05-not-yet.md ---
            ---
            title: Not yet
            published: false
            ---
            Unpublished in Jekyll, so a draft here.
            --- posts/hugo/hugo-post.md ---
            ---
            title: From Hugo
            date: 2020-01-02T10:00:00+01:00
            description: What Hugo calls the summary.
            lastmod: 2020-02-01
            ---
            A post from a Hugo blog.
            --- comments/hugo/hugo-post/2020-01-03-ann.yaml ---
            author: Ann
            date: 2020-01-03 09:00
            url: ''
            body: Staticman writes an empty url when the reader gave none.
            """);
    Path out = dir.resolve("out");
    List<BuildEvent> events = new ArrayList<>();
    BuildResult result = TestSites.build(source, out, events);

    assertThat(result.posts()).isEqualTo(2);
    assertThat(out.resolve("jekyll/not-yet.html")).doesNotExist();
    // redirect_from is an alias; excerpt and description are summaries.
    Document redirect = TestSites.page(out, "2019/03/04/moving-house/index.html");
    assertThat(redirect.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://blog.example.org/jekyll/moving-house.html");
    assertThat(
            TestSites.page(out, "jekyll/moving-house.html")
                .select("meta[name=description]")
                .attr("content"))
        .isEqualTo("Boxes, and what was in them.");
    assertThat(
            TestSites.page(out, "hugo/hugo-post.html")
                .select("meta[name=description]")
                .attr("content"))
        .isEqualTo("What Hugo calls the summary.");
    assertThat(TestSites.page(out, "hugo/hugo-post.html").text()).contains("Ann");

    List<String> warnings =
        events.stream()
            .filter(e -> e.level() == BuildEvent.Level.WARNING)
            .map(BuildEvent::message)
            .toList();
    assertThat(warnings)
        .anyMatch(
            w ->
                w.startsWith("posts/jekyll/2019-03-04-moving-house.md:7: gallery: is a list here")
                    && w.contains("write 'gallery: <name>'"))
        .noneMatch(w -> w.contains("url ''"))
        .noneMatch(w -> w.contains("categories") || w.contains("layout") || w.contains("header"));
  }
}
