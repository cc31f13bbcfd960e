package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes that do not stop the build are warnings that say what to fix. */
class WarningsIT {

  @Test
  void misspeltKeysAndAMissingBaseUrlAreWarnedAboutNamingTheFix(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Typos
            postPerPage: 5
            --- posts/diary/a.md ---
            ---
            title: A
            date: 2014-01-02 10:00
            tag: [x]
            mood: fine
            ---
            Body.
            """);
    List<BuildEvent> events = new ArrayList<>();

    BuildResult result = TestSites.build(blog, dir.resolve("out"), events);

    assertThat(result.warnings())
        .containsExactlyInAnyOrder(
            "site.yaml has no baseUrl, so sitemap.xml is not written and links in feeds cannot be"
                + " absolute: add 'baseUrl: https://your.host/' to site.yaml, or pass the base URL"
                + " to the build",
            "site.yaml:2: unknown key 'postPerPage': did you mean 'postsPerPage'? (unknown keys only"
                + " reach templates as site.extra)",
            "posts/diary/a.md:4: unknown front matter key 'tag': did you mean 'tags'?");
    assertThat(events).filteredOn(e -> e.level() == BuildEvent.Level.WARNING).hasSize(3);
    assertThat(dir.resolve("out/sitemap.xml")).doesNotExist();
    assertThat(dir.resolve("out/robots.txt")).content().doesNotContain("Sitemap:");
  }

  @Test
  void aLinkToAPostFileThatDoesNotExistIsWarnedAboutWithItsFileAndLine(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            baseUrl: https://links.example/
            --- posts/diary/a.md ---
            ---
            title: A
            date: 2014-01-02 10:00
            ---
            First [the walk](walk.md) which exists.

            Then [the swim](swimm.md#start), misspelt.
            --- posts/diary/walk.md ---
            ---
            title: Walk
            date: 2014-01-01 10:00
            ---
            Back to [the index](../../README.md).
            """);

    BuildResult result = TestSites.build(blog, dir.resolve("out"));

    assertThat(result.warnings())
        .containsExactly(
            "posts/diary/a.md:7: the link \"swimm.md#start\" leads to no post: there is no"
                + " posts/diary/swimm.md (or it is a draft or dated later). Link to the file name"
                + " of a post, relative to this file's folder (\"other-post.md\","
                + " \"../diary/other-post.md\")",
            "posts/diary/walk.md:5: the link \"../../README.md\" leads to no post: there is no"
                + " README.md (or it is a draft or dated later). Link to the file name of a post,"
                + " relative to this file's folder (\"other-post.md\", \"../diary/other-post.md\")");
    assertThat(TestSites.page(dir.resolve("out"), "diary/a.html").select(".post-body a"))
        .extracting(a -> a.attr("href"))
        .containsExactly("/diary/walk.html", "/diary/swimm.md#start");
  }

  @Test
  void unknownKeysOfATagInTagsYamlAreWarnedAboutWithTheirLine(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            baseUrl: https://tags.example/
            --- tags.yaml ---
            nova:
              titel: Nova
              description: Compute.
            neutron:
              title: Neutron
              colour: blue
            --- posts/a.md ---
            ---
            title: A
            date: 2014-01-02 10:00
            tags: [nova, neutron]
            ---
            Body.
            """);

    BuildResult result = TestSites.build(blog, dir.resolve("out"));

    assertThat(result.warnings())
        .containsExactly(
            "tags.yaml:2: tag 'nova' has an unknown key 'titel': did you mean 'title'? (a tag has"
                + " only title and description)",
            "tags.yaml:6: tag 'neutron' has an unknown key 'colour', which is ignored (a tag has"
                + " only title and description)");
    assertThat(TestSites.page(dir.resolve("out"), "tags/neutron/index.html").title())
        .contains("Neutron");
  }

  @Test
  void aBlogWithOnlyPostsBuildsWithEveryDefault(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("only-posts"),
            """
            --- posts/hello.md ---
            ---
            title: Hello
            date: 2014-01-02
            ---
            First post.
            """);

    BuildResult result = TestSites.build(blog, dir.resolve("out"));

    assertThat(result.posts()).isEqualTo(1);
    assertThat(result.warnings())
        .containsExactly(
            "there is no site.yaml (every setting has its default) and no baseUrl, so sitemap.xml"
                + " is not written and links in feeds cannot be absolute: add 'baseUrl:"
                + " https://your.host/' to site.yaml, or pass the base URL to the build");
    assertThat(dir.resolve("out/hello.html")).exists();
    assertThat(TestSites.page(dir.resolve("out"), "index.html").select(".site-title").text())
        .isEqualTo("only-posts");
  }
}
