package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of page the default theme renders passes the Nu HTML checker without errors or
 * warnings.
 */
class HtmlValidityIT {

  private static final Path EXAMPLE = Path.of("../example-site").toAbsolutePath().normalize();

  /** One page of each kind, chosen for what they hold: footnotes, tables, code, redirects. */
  private static final List<String> PAGES =
      List.of(
          "index.html",
          "page/2/index.html",
          "openstack/index.html",
          "openstack/nova/nova-live-migration-and-you.html",
          "book/reading-list-2013.html",
          "book/Ursula_K_Le_Guin/the-dispossessed.html",
          "tags/index.html",
          "tags/openstack/index.html",
          "2013/index.html",
          "2013/05/index.html",
          "2013/05/04/index.html",
          "404.html",
          "comments/index.html",
          "openstack/tips/nova-boot-quickly.html",
          "electronics/solar/thinking-about-batteries.html",
          "2012/06/old-nova-notes.html",
          "openstack/upgrading-grizzly-to-havana.html",
          "openstack/tips/queue-depth-exporter.html",
          "about/index.html",
          "archives/index.html",
          "search/index.html");

  /**
   * Pages of the fixture blog {@code sites/sharing}: a post with a table, footnote, task list and
   * table of contents, a photo post, an album and a photo page.
   */
  private static final List<String> SHARING_PAGES =
      List.of(
          "index.html",
          "notes/card.html",
          "notes/first-image.html",
          "trips/walk.html",
          "tags/java/index.html",
          "photos/index.html",
          "photos/walk/index.html",
          "photos/walk/b-creek.html",
          "404.html",
          "comments/index.html");

  @Test
  void pagesOfEveryKindHaveNoValidationErrorsOrWarnings(@TempDir Path out) throws Exception {
    TestSites.build(EXAMPLE, out);
    assertThat(problems(out, PAGES)).isEmpty();
  }

  @Test
  void photoPostsAlbumsAndPostsWithEveryMarkdownFeatureHaveNoErrorsOrWarnings(@TempDir Path out)
      throws Exception {
    TestSites.build(TestSites.fixture("sites/sharing"), out);
    assertThat(problems(out, SHARING_PAGES)).isEmpty();
  }

  /** The checker's errors and warnings (its info lines are not problems) on each page. */
  private static List<String> problems(Path out, List<String> pages) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      String report = validator.validate(out.resolve(page));
      report
          .lines()
          .filter(line -> line.contains("error:") || line.contains("warning:"))
          .forEach(line -> problems.add(page + ": " + line));
    }
    return problems;
  }

  @Test
  void postHeadingsNamedLikeTheThemesLandmarksDoNotDuplicateIds(@TempDir Path dir)
      throws Exception {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- posts/a/first.md ---
            ---
            title: First
            date: 2014-01-02 10:00
            tags: [x]
            ---
            ## Content
            ## Main content
            ## Related heading
            ## Subcategories heading
            --- posts/a/b/second.md ---
            ---
            title: Second
            date: 2014-01-03 10:00
            tags: [x]
            ---
            ## Content
            """);
    Path out = dir.resolve("out");
    TestSites.build(blog, out);
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);

    for (String page : List.of("a/first.html", "a/index.html", "index.html")) {
      assertThat(validator.validate(out.resolve(page))).as(page).doesNotContain("error:");
    }
    assertThat(TestSites.page(out, "a/first.html").select("h2#content")).hasSize(1);
  }
}
