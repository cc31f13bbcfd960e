package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real example blog of this repository and checks the whole output. */
class ExampleSiteIT {

  private static final Path EXAMPLE = Path.of("../example-site").toAbsolutePath().normalize();

  @TempDir static Path out;
  private static Path site;
  private static BuildResult result;

  @BeforeAll
  static void build() {
    site = out.resolve("site");
    result = TestSites.build(EXAMPLE, site);
  }

  @Test
  void theAboutPageIsInTheHeaderMenuOfEveryPage() {
    Document about = TestSites.page(site, "about/index.html");
    assertThat(about.select("main h1").text()).isEqualTo("About");
    assertThat(about.select("nav.site-menu a[aria-current=page]").eachText())
        .containsExactly("About");
    assertThat(TestSites.page(site, "index.html").select("nav.site-menu a").eachText())
        .containsExactly("About", "OpenStack", "Photography", "Archives", "Photos", "Source");
    assertThat(about.select(".page-body a").first().attr("href")).isEqualTo("/meta/about.html");
  }

  @Test
  void everyInternalLinkImageAndAnchorResolves() {
    Map<String, Document> parsed = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String page : htmlPages()) {
      Document doc = parsed.computeIfAbsent(page, p -> TestSites.page(site, p));
      for (Element element :
          doc.select("a[href], link[href], img[src], script[src], source[src]")) {
        String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        URI uri = URI.create("https://blog.example.org/" + page).resolve(url.replace(" ", "%20"));
        if (!"blog.example.org".equals(uri.getHost())) {
          continue;
        }
        checked++;
        String path = uri.getPath().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
          path = path + "index.html";
        }
        if (!Files.isRegularFile(site.resolve(path))) {
          broken.add(page + " -> " + url);
          continue;
        }
        String fragment = uri.getFragment();
        if (fragment != null && path.endsWith(".html")) {
          Document target = parsed.computeIfAbsent(path, p -> TestSites.page(site, p));
          if (target.getElementById(fragment) == null) {
            broken.add(page + " -> " + url + " (no id " + fragment + ")");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).isGreaterThan(1000);
  }

  /** The quick start's first build: a new user's first sight of site-gen has no WARNING line. */
  @Test
  void buildsWithoutAWarning() {
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void publishesEveryPostButTheDraftAndTheFuturePost() {
    assertThat(result.posts()).isEqualTo(postFiles() - 2);
    assertThat(site.resolve("diary/notes-on-burnout.html")).doesNotExist();
    assertThat(site.resolve("diary/plans-for-2031.html")).doesNotExist();
    assertThat(site.resolve("diary/rainy-saturday.html")).exists();
  }

  @Test
  void filesBesideThePostsAreLinkedWhereThePostIsShown() {
    Document post = TestSites.page(site, "openstack/havana-summit-portland.html");
    assertThat(post.select("a[href=/openstack/20130416-summit-notes.txt]")).isNotEmpty();
    assertThat(site.resolve("openstack/20130416-summit-notes.txt")).exists();
    Document tips = TestSites.page(site, "openstack/tips/lab-network-layout.html");
    assertThat(tips.select("img[src=/openstack/tips/network-diagram.svg]").attr("alt"))
        .isEqualTo("Network diagram of the lab");
  }

  @Test
  void everyPageHasATitleOneH1ALanguageUniqueIdsAndAltText() {
    List<String> problems = new ArrayList<>();
    for (String page : htmlPages()) {
      Document doc = TestSites.page(site, page);
      if (doc.title().isBlank() || doc.select("html[lang]").isEmpty()) {
        problems.add(page + ": no title or lang");
      }
      boolean redirect = !doc.select("meta[http-equiv=refresh]").isEmpty();
      if (!redirect && doc.select("h1").size() != 1) {
        problems.add(page + ": " + doc.select("h1").size() + " h1 elements");
      }
      Set<String> ids = new HashSet<>();
      for (Element element : doc.select("[id]")) {
        if (!ids.add(element.id())) {
          problems.add(page + ": duplicate id " + element.id());
        }
      }
      for (Element img : doc.select("img:not([alt])")) {
        problems.add(page + ": image without alt " + img.attr("src"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theUpgradePostHasATableOfContentsAReadingTimeAndItsUpdate() {
    org.jsoup.nodes.Document doc =
        TestSites.page(site, "openstack/upgrading-grizzly-to-havana.html");
    assertThat(doc.select("nav.toc li a").eachText())
        .containsExactly(
            "Before touching anything",
            "The actual upgrade",
            "What went wrong",
            "Was it worth it?");
    for (org.jsoup.nodes.Element link : doc.select("nav.toc li a")) {
      assertThat(doc.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
    }
    assertThat(doc.selectFirst(".post-date").text())
        .contains("updated Sat, 09 Nov 2013")
        .containsPattern("\\d+ min read");
    assertThat(doc.selectFirst("meta[property=article:modified_time]").attr("content"))
        .isEqualTo("2013-11-09T09:00+11:00");
    // The blog's own favicon.svg replaces the theme's.
    assertThat(site.resolve("favicon.svg")).content().contains("Mira's Notebook");
  }

  @Test
  void theBlogsOwn404TemplateReplacesTheThemesInsideTheThemesLayout() {
    Document notFound = TestSites.page(site, "404.html");
    assertThat(notFound.select("h1").text()).isEqualTo("Lost in the Blue Mountains?");
    assertThat(notFound.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/site.css");
    assertThat(notFound.body().text()).doesNotContain("Page not found");
  }

  private static List<String> htmlPages() {
    return TestSites.files(site).stream().filter(p -> p.endsWith(".html")).toList();
  }

  private static long postFiles() {
    try (Stream<Path> walk = Files.walk(EXAMPLE.resolve("posts"))) {
      return walk.filter(p -> p.toString().endsWith(".md")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
