package io.sitegen.generator.check;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker on the real output of the fixture blog: our own theme must produce no broken link,
 * and each kind of breakage made by hand in a copy of the output is reported at its page.
 */
class LinkCheckerIT {

  @TempDir static Path dir;
  private static Path blog;
  private static Path built;

  @BeforeAll
  static void build() {
    blog = TestSites.copy(TestSites.fixture("sites/basic"), dir.resolve("blog"));
    built = dir.resolve("built");
    TestSites.build(blog, built);
  }

  /** A copy of the built site that a test may break. */
  private static Path site(Path tmp) {
    return TestSites.copy(built, tmp.resolve("site"));
  }

  private static List<String> broken(Path site) {
    return broken(blog, site);
  }

  private static List<String> broken(Path source, Path site) {
    try {
      new LinkChecker().check(CheckOptions.of(source, site), event -> {});
    } catch (BuildException e) {
      return e.problems().stream().map(Problem::describe).toList();
    }
    return List.of();
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void theFixtureBlogBuiltWithOurThemeHasNoBrokenLink() {
    List<BuildEvent> events = new ArrayList<>();

    CheckResult result = new LinkChecker().check(CheckOptions.of(blog, built), events::add);

    assertThat(result.pages()).isGreaterThan(30);
    assertThat(result.feeds()).isGreaterThan(10);
    assertThat(result.links()).isGreaterThan(result.pages() * 10);
    assertThat(events)
        .containsExactly(
            BuildEvent.info(
                "Checked "
                    + result.pages()
                    + " pages and "
                    + result.feeds()
                    + " feeds: "
                    + result.links()
                    + " links, 0 broken"));
  }

  @Test
  void aLinkInAPostToADeletedPageIsOneErrorOnThePostsFile(@TempDir Path tmp) throws IOException {
    Path site = site(tmp);
    Files.delete(site.resolve("openstack/tips/nova-quotas.html"));

    // havana-summit.md links to the deleted page from its body: that is the one place to fix,
    // whatever listings, feeds and the sitemap also show the same target.
    assertThat(broken(site))
        .singleElement(as(STRING))
        .startsWith(
            "posts/openstack/havana-summit.md:10: broken link"
                + " \"/openstack/tips/nova-quotas.html\" (no such file) on ")
        .contains(" pages: the post's page, listings and feeds.");
  }

  @Test
  void oneBadLinkInAPostIsOneErrorNamingThePostFileAndLine(@TempDir Path tmp) {
    Path source =
        TestSites.copy(TestSites.fixture("sites-invalid/broken-post-link"), tmp.resolve("b"));
    Path out = tmp.resolve("out");
    TestSites.build(source, out);
    long shown =
        TestSites.files(out).stream()
            .filter(f -> f.endsWith(".html") || f.endsWith(".rss") || f.endsWith(".atom"))
            .filter(f -> readString(out.resolve(f)).contains("/diary/nope.html"))
            .count();
    assertThat(shown).as("pages and feeds that show the post").isGreaterThan(3);

    List<String> broken = broken(source, out);

    assertThat(broken)
        .containsExactly(
            "posts/diary/second.md:8: broken link \"/diary/nope.html\" (no such file) on "
                + shown
                + " pages: the post's page, listings and feeds."
                + " Fix the link in the post, or restore what it leads to");
  }

  @Test
  void aLinkToAMissingAnchorNamesTheAnchor(@TempDir Path tmp) throws IOException {
    Path site = site(tmp);
    Path page = site.resolve("openstack/havana-summit.html");
    replace(page, "href=\"#main_content\"", "href=\"#no_such_heading\"");
    replace(
        page,
        "href=\"/openstack/tips/nova-quotas.html\"",
        "href=\"/openstack/tips/nova-quotas.html#nowhere\"");

    assertThat(broken(site))
        .containsExactly(
            "openstack/havana-summit.html: broken link"
                + " \"#no_such_heading\" (no element with id \"no_such_heading\")",
            "posts/openstack/havana-summit.md:10: broken link"
                + " \"/openstack/tips/nova-quotas.html#nowhere\" (no element with id \"nowhere\")."
                + " Fix the link in the post, or restore what it leads to");
  }

  @Test
  void imagesStylesheetsScriptsAndRedirectsAreChecked(@TempDir Path tmp) throws IOException {
    Path site = site(tmp);
    Path page = site.resolve("diary/quiet-day.html");
    replace(
        page,
        "</main>",
        "<img src=\"pic.png\" srcset=\"pic-2x.png 2x, /diary/pic-3x.png 3x\">"
            + "<script src=\"../js/x.js\"></script>"
            + "<meta http-equiv=\"refresh\" content=\"0; url=/moved.html\">"
            + "<a href=\"mailto:me@example.org\">mail</a><a href=\"javascript:void(0)\">js</a>"
            + "<a href=\"notes.txt#L3\">txt</a><a href=\"../..\">up</a></main>");
    Files.writeString(site.resolve("diary/pic-2x.png"), "");
    Files.delete(site.resolve("css/site.css"));

    List<String> broken = broken(site);

    assertThat(broken)
        .filteredOn(line -> line.startsWith("diary/quiet-day.html"))
        .containsExactly(
            "diary/quiet-day.html: broken link \"../..\" (goes above the site root)",
            "diary/quiet-day.html: broken link \"../js/x.js\" (no such file)",
            "diary/quiet-day.html: broken link \"/css/site.css\" (no such file)",
            "diary/quiet-day.html: broken link \"/diary/pic-3x.png\" (no such file)",
            "diary/quiet-day.html: broken link \"/moved.html\" (no such file)",
            "diary/quiet-day.html: broken link \"notes.txt#L3\" (no such file)",
            "diary/quiet-day.html: broken link \"pic.png\" (no such file)");
  }

  @Test
  void aFolderLinkNeedsItsIndexPage(@TempDir Path tmp) throws IOException {
    Path site = site(tmp);
    Files.delete(site.resolve("tags/index.html"));

    assertThat(broken(site))
        .contains("diary/quiet-day.html: broken link \"/tags/\" (a folder without index.html)");
  }

  @Test
  void aMissingSiteFolderSaysToBuildFirst(@TempDir Path tmp) {
    assertThatThrownBy(
            () ->
                new LinkChecker()
                    .check(CheckOptions.of(blog, tmp.resolve("target/site")), event -> {}))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("no built site")
        .hasMessageContaining("Build the site first");
  }

  @Test
  void manyBrokenLinksAreAllKeptButTheMessageShowsTheFirstFifty(@TempDir Path tmp)
      throws IOException {
    Path site = site(tmp);
    Files.delete(site.resolve("css/site.css"));

    assertThatThrownBy(() -> new LinkChecker().check(CheckOptions.of(blog, site), event -> {}))
        .asInstanceOf(type(BuildException.class))
        .satisfies(
            e -> {
              int all = e.problems().size();
              assertThat(all).isGreaterThan(BrokenLinksException.SHOWN);
              assertThat(e.getMessage().lines())
                  .hasSize(BrokenLinksException.SHOWN + 2)
                  .startsWith("check: " + all + " problems")
                  .endsWith("  and " + (all - BrokenLinksException.SHOWN) + " more");
            });
  }

  @Test
  void aSiteInASubFolderIsCheckedUnderItsBasePath(@TempDir Path tmp) {
    Path sub = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    Path out = tmp.resolve("out");
    new SiteGenerator()
        .build(TestSites.options(sub, out).withBaseUrl("https://example.org/blog/"), event -> {});

    CheckResult result =
        new LinkChecker()
            .check(CheckOptions.of(sub, out).withBaseUrl("https://example.org/blog/"), e -> {});

    assertThat(result.links()).isPositive();
  }
}
