package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages of listings at {@code postsPerPage: 10}: mini-sites of 0, 1, 10, 11 and 21 posts. Post
 * {@code n} is dated 2014-01-{n} 12:00, so "Post 01" is the oldest and the blog order is Post N,
 * N-1, ..., 01.
 */
class PaginationIT {

  private static final int PER_PAGE = 10;

  @Test
  void aSiteWithOnlyADraftHasAnEmptyFrontPageWithoutPager(@TempDir Path tmp) {
    Path source =
        TestSites.write(
            tmp.resolve("blog"),
            """
            --- site.yaml ---
            title: "Empty"
            postsPerPage: 10
            --- posts/blog/not-yet.md ---
            ---
            title: "Not yet"
            date: 2014-01-01 12:00
            draft: true
            ---
            Unfinished.
            """);
    Path site = tmp.resolve("site");
    BuildResult result = TestSites.build(source, site);

    assertThat(result.posts()).isZero();
    Document home = TestSites.page(site, "index.html");
    assertThat(home.select("p.empty").text()).isEqualTo("No posts yet.");
    assertThat(home.select("article.entry")).isEmpty();
    assertThat(home.select("nav.pager")).isEmpty();
    assertThat(home.select("a[rel=prev], a[rel=next]")).isEmpty();
    assertThat(site.resolve("page")).doesNotExist();
    assertThat(site.resolve("blog")).doesNotExist();
    assertThat(site.resolve("blog/not-yet.html")).doesNotExist();
  }

  @ParameterizedTest(name = "{0} posts make {1} pages")
  @CsvSource({"1, 1", "10, 1", "11, 2", "21, 3"})
  void listingsArePagedWithPreviousAndNextLinks(int posts, int pages, @TempDir Path tmp) {
    Path site = tmp.resolve("site");
    BuildResult result = TestSites.build(miniSite(tmp.resolve("blog"), posts), site);
    assertThat(result.posts()).isEqualTo(posts);

    // The front page, the category blog/ and the year 2014 list the same posts.
    for (String folder : List.of("", "blog/", "2014/")) {
      checkListing(site, folder, posts, pages);
    }
  }

  @Test
  void twentyOnePostsSplitTenTenOne(@TempDir Path tmp) {
    Path site = tmp.resolve("site");
    TestSites.build(miniSite(tmp.resolve("blog"), 21), site);

    assertThat(titles(TestSites.page(site, "index.html"))).hasSize(10).startsWith("Post 21");
    assertThat(titles(TestSites.page(site, "page/2/index.html")))
        .containsExactly(
            "Post 11", "Post 10", "Post 09", "Post 08", "Post 07", "Post 06", "Post 05", "Post 04",
            "Post 03", "Post 02");
    assertThat(titles(TestSites.page(site, "page/3/index.html"))).containsExactly("Post 01");

    // Issue 10: the seed's single pager link, "Previous page", leads to the older entries.
    Document middle = TestSites.page(site, "page/2/index.html");
    assertThat(middle.select("nav.pager a"))
        .extracting(a -> a.text() + " " + a.attr("rel") + " " + a.attr("href"))
        .containsExactly("Previous page next /page/3/");
    assertThat(middle.title()).isEqualTo("Paged (page 2)");
    assertThat(site.resolve("page/4")).doesNotExist();
    assertThat(site.resolve("page/1")).doesNotExist();
  }

  /** Checks every page of the listing whose first page is {@code folder}index.html. */
  private static void checkListing(Path site, String folder, int posts, int pages) {
    for (int page = 1; page <= pages; page++) {
      Document doc = TestSites.page(site, path(folder, page));
      int first = posts - (page - 1) * PER_PAGE;
      int last = Math.max(1, first - PER_PAGE + 1);
      List<String> expected = new ArrayList<>();
      for (int n = first; n >= last; n--) {
        expected.add(title(n));
      }
      assertThat(titles(doc)).as(folder + " page " + page).containsExactlyElementsOf(expected);

      if (pages == 1) {
        assertThat(doc.select("nav.pager")).as(folder + " single page").isEmpty();
        continue;
      }
      // The seed's single link, "Previous page", goes to older entries; the last page has none.
      assertThat(doc.select("a[rel=prev]")).as(folder + " page " + page).isEmpty();
      if (page == pages) {
        assertThat(doc.select("nav.pager")).as(folder + " last page").isEmpty();
      } else {
        assertThat(doc.select("nav.pager a").eachText())
            .as(folder + " page " + page)
            .containsExactly("Previous page");
        assertThat(doc.select("a[rel=next]").attr("href"))
            .as(folder + " page " + page)
            .isEqualTo(url(folder, page + 1));
      }
    }
    // The oldest post ends the last page.
    assertThat(titles(TestSites.page(site, path(folder, pages)))).last().isEqualTo("Post 01");
    // Pages exist exactly for 2..pages.
    for (int page = 2; page <= pages; page++) {
      assertThat(site.resolve(path(folder, page))).isRegularFile();
    }
    assertThat(site.resolve(path(folder, pages + 1))).doesNotExist();
    assertThat(site.resolve(folder + "page/1")).doesNotExist();
    if (pages == 1) {
      assertThat(site.resolve(folder + "page")).doesNotExist();
    }
  }

  private static Path miniSite(Path dir, int posts) {
    StringBuilder txtar = new StringBuilder();
    txtar.append("--- site.yaml ---\ntitle: \"Paged\"\npostsPerPage: 10\n");
    for (int n = 1; n <= posts; n++) {
      txtar
          .append("--- posts/blog/post-")
          .append(String.format("%02d", n))
          .append(".md ---\n")
          .append(
              TestSites.post(
                  title(n), String.format("2014-01-%02d 12:00", n), "", "Body of post " + n + "."));
    }
    return TestSites.write(dir, txtar.toString());
  }

  private static String title(int n) {
    return String.format("Post %02d", n);
  }

  private static String path(String folder, int page) {
    return page == 1 ? folder + "index.html" : folder + "page/" + page + "/index.html";
  }

  private static String url(String folder, int page) {
    return page == 1 ? "/" + folder : "/" + folder + "page/" + page + "/";
  }

  private static List<String> titles(Document doc) {
    return doc.select("article.entry h3.entry-title").eachText();
  }
}
