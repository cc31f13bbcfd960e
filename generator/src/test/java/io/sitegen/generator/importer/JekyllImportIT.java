package io.sitegen.generator.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.importer.jekyll.JekyllImporter;
import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jekyll site in {@code src/test/resources/import/jekyll/site} (written for this test: 8 files
 * in {@code _posts} folders of which one is not named as a post and one is {@code published:
 * false}, a draft, 3 pages in {@code _pages} of which two are the theme's 404 and archive, 2 top
 * level pages of which one is the front page, a collection with output and one without, 4 Staticman
 * comments of which one is for no post and one is hostile, 4 images of which one is shown by a post
 * and a page), imported and then built.
 */
class JekyllImportIT {

  /** Not the site's zone: its _config.yml's timezone: (Europe/Berlin) wins. */
  private static final ZoneId UTC = ZoneId.of("UTC");

  /**
   * Every old URL of the site, as Jekyll 4 made them from {@code permalink:
   * /:categories/:year/:i_month/:day/:title/} (worked out by hand from Jekyll's documentation), to
   * the URL of the imported post or page.
   */
  private static final Map<String, String> OLD_URLS = new LinkedHashMap<>();

  static {
    OLD_URLS.put("/diary/2010/7/21/hello-jekyll/", "/diary/hello-jekyll.html");
    OLD_URLS.put("/old/hello.html", "/diary/hello-jekyll.html");
    // 21:30 at -05:00 is the next day in Berlin, where Jekyll built the site.
    OLD_URLS.put("/cooking/baking/2011/3/03/bread-notes/", "/cooking/baking/bread-notes.html");
    OLD_URLS.put("/2012/12/24/Winter-Lights/", "/Winter-Lights.html");
    OLD_URLS.put("/special/moved-here/", "/open-source/own-permalink.html");
    OLD_URLS.put("/walks/2015/6/07/harbour-walk/", "/walks/harbour-walk.html");
    OLD_URLS.put("/about/", "/about/");
    OLD_URLS.put("/colophon.html", "/colophon/");
    OLD_URLS.put("/recipes/bread/sourdough/", "/recipes/bread/sourdough/");
  }

  @TempDir Path dir;

  private static Path site() {
    return TestSites.fixture("import/jekyll/site");
  }

  private ImportPlan plan(Path target) {
    return new JekyllImporter().plan(new ImportOptions(site(), target, UTC, false));
  }

  private Path imported() {
    Path blog = dir.resolve("blog");
    ImportWriter.write(plan(blog), blog);
    return blog;
  }

  @Test
  void countsMatchTheSiteAndTheRestIsReportedWithItsLine() {
    ImportReport report = plan(dir.resolve("blog")).report();
    assertThat(report.count("post")).isEqualTo(7);
    assertThat(report.count("page")).isEqualTo(3);
    assertThat(report.count("comment")).isEqualTo(3);
    assertThat(report.count("file")).isEqualTo(5);
    assertThat(report.oldUrlCount()).isEqualTo(OLD_URLS.size());
    assertThat(report.oldUrlLines())
        .contains(
            "/diary/2010/7/21/hello-jekyll/ → /diary/hello-jekyll.html",
            "/colophon.html → /colophon/",
            "/about/ (unchanged)");
    assertThat(report.skippedItems())
        .containsExactlyInAnyOrder(
            "_notes/todo.md: collection notes has no output: true, so Jekyll wrote no page for it",
            "_pages/404.md: the theme's 404 page: site-gen makes its own",
            "_pages/archive.md: a listing of posts (layout: posts): site-gen makes its own listings",
            "_posts/notes.md: not named YYYY-MM-DD-title.md, so Jekyll did not publish it",
            "index.html: the front page: site-gen makes its own",
            "_data/comments/no-such-post/entry1.yml: no imported post has the slug no-such-post");
    assertThat(report.unconvertedItems())
        .contains(
            "_pages/about.md:7: kramdown attribute list {:toc} left as text",
            "_posts/2010-07-21-hello-jekyll.md:27: Liquid {% include note.html content=\"Comments"
                + " are open.\" %} left as text",
            "_posts/2010-07-21-hello-jekyll.md:31: Liquid {{ page.author }} left as text",
            "_posts/2012/2012-12-24-Winter-Lights.html:8: removed onerror on <img>",
            "_posts/2012/2012-12-24-Winter-Lights.html:9: removed onclick on <p>",
            "cooking/_posts/2011-03-02-bread-notes.md:7: /assets/img/missing-crumb.png is not in"
                + " the site: the link is left as it was");
    // {% raw %} content is the author's text, not Liquid to report.
    assertThat(report.unconvertedItems()).noneMatch(u -> u.contains("page.title"));
  }

  @Test
  void postsGetCategoryFoldersDatesTagsDraftsAndAliases() throws IOException {
    Path blog = imported();
    assertThat(Files.readString(blog.resolve("posts/diary/hello-jekyll.md")))
        .startsWith(
            "---\ntitle: 'Hello, Jekyll: first light'\n"
                + "date: 2010-07-21T10:00+02:00\n"
                + "updated: 2010-08-01T12:00+02:00\n"
                + "tags:\n- intro\n- meta\n"
                + "summary: 'The first post: why a blog, and why now.'\n"
                + "aliases:\n- /old/hello.html\n- /diary/2010/7/21/hello-jekyll/\n"
                + "header:\n  overlay_color: '#333'\n---\n")
        .doesNotContain("categories")
        .doesNotContain("redirect_from");
    assertThat(Files.readString(blog.resolve("posts/cooking/baking/bread-notes.md")))
        .contains("date: 2011-03-03T03:30+01:00\n")
        .contains("tags:\n- bread\n- starter\n");
    assertThat(Files.readString(blog.resolve("posts/open-source/own-permalink.md")))
        .contains("date: 2014-01-10\n")
        .contains("aliases:\n- /special/moved-here/\n")
        .doesNotContain("\npermalink:");
    assertThat(Files.readString(blog.resolve("posts/unpublished.md")))
        .contains("draft: true\n")
        .doesNotContain("\npublished:")
        .doesNotContain("aliases");
    assertThat(Files.readString(blog.resolve("posts/half-baked.md"))).contains("draft: true\n");
    assertThat(blog.resolve("posts/notes.md")).doesNotExist();
    // An HTML post stays HTML as written, less what would run.
    assertThat(Files.readString(blog.resolve("posts/Winter-Lights.html")))
        .contains("\n    <p class=\"indented\">An indented paragraph stays HTML.</p>\n")
        .contains("<img src=\"lights.png\" alt=\"Lights on the quay\">")
        .doesNotContain("onerror")
        .doesNotContain("onclick");
    assertThat(Files.readString(blog.resolve("site.yaml")))
        .contains("title: Harbour Notes\n")
        .contains("author: Mira Lind\n")
        .contains("baseUrl: https://mira.example.org/\n")
        .contains("timezone: Europe/Berlin\n");
  }

  @Test
  void pagesKeepTheirUrlsAndTheThemesOwnAreLeft() throws IOException {
    Path blog = imported();
    assertThat(TestSites.files(blog.resolve("pages")))
        .containsExactly("about.md", "colophon.html", "harbour.png", "recipes/bread/sourdough.md");
    assertThat(Files.readString(blog.resolve("pages/about.md")))
        .startsWith("---\ntitle: About\ntoc: true\n---\n")
        .doesNotContain("aliases");
    assertThat(Files.readString(blog.resolve("pages/colophon.html")))
        .contains("aliases:\n- /colophon.html\n");
  }

  @Test
  void liquidBecomesWhatJekyllMadeOfIt() throws IOException {
    Path blog = imported();
    String hello = Files.readString(blog.resolve("posts/diary/hello-jekyll.md"));
    assertThat(hello)
        .contains("```ruby {linenos=true}\ndef greet(name)\n  \"Hello, #{name}\"\nend\n```\n")
        .contains("[notes on bread](../cooking/baking/bread-notes.md)")
        .contains("![Harbour](harbour.png)")
        .contains("In Liquid you would write {{ page.title }} for the title.")
        .contains("{% include note.html content=\"Comments are open.\" %}")
        .doesNotContain("{% raw %}")
        .doesNotContain("highlight")
        .doesNotContain("site.baseurl");
    assertThat(Files.readString(blog.resolve("posts/Winter-Lights.html")))
        .contains("<a href=\"../pages/about.md\">the about page</a>")
        .contains(
            "<pre><code class=\"language-html\">&lt;b&gt;bold &amp; brave&lt;/b&gt;</code></pre>");
    assertThat(Files.readString(blog.resolve("posts/cooking/baking/bread-notes.md")))
        .contains("[its own page](../../../pages/recipes/bread/sourdough.md)")
        .contains("![crumb](/assets/img/missing-crumb.png)");
    assertThat(Files.readString(blog.resolve("posts/walks/harbour-walk.md")))
        .contains("[the first post](../diary/hello-jekyll.md)")
        .contains("<a href=\"one.png\"><img src=\"one.png\" alt=\"The quay\"></a>")
        .contains("<img src=\"two.png\" alt=\"\">")
        .doesNotContain("gallery:");
    assertThat(Files.readString(blog.resolve("pages/about.md")))
        .contains("![The harbour](harbour.png)")
        .contains("[how bread goes here](../posts/cooking/baking/bread-notes.md)");
  }

  @Test
  void filesPostsShowAreCopiedBesideThem() throws IOException {
    Path blog = imported();
    for (String[] copy :
        List.of(
            new String[] {"posts/diary/harbour.png", "assets/img/harbour.png"},
            new String[] {"pages/harbour.png", "assets/img/harbour.png"},
            new String[] {"posts/lights.png", "images/lights.png"},
            new String[] {"posts/walks/one.png", "assets/gallery/one.png"},
            new String[] {"posts/walks/two.png", "assets/gallery/two.png"})) {
      assertThat(Files.readAllBytes(blog.resolve(copy[0])))
          .as(copy[0])
          .isEqualTo(Files.readAllBytes(site().resolve(copy[1])));
    }
    assertThat(blog.resolve("static")).doesNotExist();
  }

  @Test
  void staticmanCommentsAreThreadedWithoutEmailsAndTheHostileOneIsCleaned() throws IOException {
    Path blog = imported();
    Path folder = blog.resolve("comments/diary/hello-jekyll");
    assertThat(TestSites.files(folder))
        .containsExactly(
            "2010-07-21-101320-jane-reader.yaml",
            "2010-07-22-152000-mira-lind.yaml",
            "2010-07-23-174640-mallory.yaml");
    String jane = Files.readString(folder.resolve("2010-07-21-101320-jane-reader.yaml"));
    assertThat(jane)
        .contains("author: Jane Reader\n")
        .contains("date: 2010-07-21T10:13:20+02:00\n")
        .contains("**Lovely** harbour! See [the map](https://maps.example.org/harbour).")
        .doesNotContain("url:")
        .doesNotContain("0123456789abcdef");
    assertThat(Files.readString(folder.resolve("2010-07-22-152000-mira-lind.yaml")))
        .contains("url: https://mira.example.org\n")
        .contains("parent: 2010-07-21-101320-jane-reader\n");
    String mallory = Files.readString(folder.resolve("2010-07-23-174640-mallory.yaml"));
    assertThat(mallory)
        .contains("Nice post")
        .contains("a prize")
        .doesNotContainIgnoringCase("script")
        .doesNotContain("onerror")
        .doesNotContain("javascript")
        .doesNotContain("alert")
        .doesNotContain("url:")
        .doesNotContain("m@example.com");
  }

  @Test
  void theImportedBlogBuildsWithoutWarningsAndEveryOldUrlAnswers() throws IOException {
    Path blog = imported();
    Path out = dir.resolve("out");
    List<BuildEvent> events = new ArrayList<>();
    BuildResult result = TestSites.build(blog, out, events);

    // An error would have stopped the build; a warning would mean the import wrote something off.
    assertThat(events).noneMatch(e -> e.level() == BuildEvent.Level.WARNING);
    assertThat(result.posts()).isEqualTo(5);
    OLD_URLS.forEach(
        (oldUrl, newUrl) -> {
          String file = oldUrl.substring(1) + (oldUrl.endsWith("/") ? "index.html" : "");
          assertThat(TestSites.page(out, file).select("link[rel=canonical]").attr("href"))
              .as(oldUrl)
              .isEqualTo("https://mira.example.org" + newUrl);
        });

    Document hello = TestSites.page(out, "diary/hello-jekyll.html");
    assertThat(hello.select(".post-body pre.code.linenos code.language-ruby")).hasSize(1);
    assertThat(hello.select(".post-body a:contains(notes on bread)").attr("href"))
        .isEqualTo("/cooking/baking/bread-notes.html");
    assertThat(hello.select(".post-body img[alt=Harbour]").attr("src"))
        .isEqualTo("/diary/harbour.png");
    assertThat(out.resolve("diary/harbour.png")).isRegularFile();
    assertThat(hello.text()).contains("Jane Reader").contains("Thank you, Jane.");
    assertThat(hello.select("script:containsData(xss)")).isEmpty();
    assertThat(hello.select("[onerror], a[href^=javascript]")).isEmpty();
    assertThat(hello.select(".comment strong").text()).isEqualTo("Lovely");

    Document lights = TestSites.page(out, "Winter-Lights.html");
    assertThat(lights.select(".post-body a:contains(the about page)").attr("href"))
        .isEqualTo("/about/");
    assertThat(lights.select(".post-body [onclick], .post-body [onerror]")).isEmpty();
    Document walk = TestSites.page(out, "walks/harbour-walk.html");
    assertThat(walk.select(".post-body .gallery img").eachAttr("src"))
        .containsExactly("/walks/one.png", "/walks/two.png");
    assertThat(TestSites.page(out, "about/index.html").select("img[alt=The harbour]").attr("src"))
        .isEqualTo("/harbour.png");
    assertThat(out.resolve("unpublished.html")).doesNotExist();
    assertThat(out.resolve("half-baked.html")).doesNotExist();
  }

  @Test
  void everyOldUrlAnswersThroughThePreviewServer() throws Exception {
    OldUrlChecks.answerThroughThePreview(imported(), dir.resolve("out"), OLD_URLS);
  }

  @Test
  void aSecondRunWritesNothingNewAndOverwritesNothing() throws IOException {
    Path blog = dir.resolve("blog");
    ImportWriter.Written first = ImportWriter.write(plan(blog), blog);
    Path hello = blog.resolve("posts/diary/hello-jekyll.md");
    Files.writeString(hello, "---\ntitle: Edited by me\ndate: 2010-07-21\n---\nMine.\n");
    Files.write(blog.resolve("posts/diary/harbour.png"), new byte[] {1, 2, 3});

    ImportPlan again = plan(blog);
    assertThat(ImportWriter.missing(again, blog)).isEmpty();
    ImportWriter.Written second = ImportWriter.write(again, blog);
    assertThat(second.written()).isZero();
    assertThat(second.kept()).isEqualTo(first.written());
    assertThat(Files.readString(hello)).contains("Edited by me");
    assertThat(Files.readAllBytes(blog.resolve("posts/diary/harbour.png")))
        .containsExactly(1, 2, 3);
  }

  @Test
  void theCliImportsAndItsDryRunListsTheOldUrlsAndWritesNothing() throws IOException {
    Path blog = dir.resolve("blog");
    SiteGenCli.Run dry = importCli(blog, "--dry-run");
    assertThat(dry.exitCode()).isZero();
    assertThat(dry.outLines())
        .contains(
            "imported 7 posts, 5 files, 3 pages, 3 comments; 9 old URLs kept answering",
            "  /cooking/baking/2011/3/03/bread-notes/ → /cooking/baking/bread-notes.html",
            "  /recipes/bread/sourdough/ (unchanged)")
        .anyMatch(l -> l.startsWith("dry run: would write 19 files"));
    assertThat(blog).doesNotExist();

    SiteGenCli.Run uploads = importCli(blog, "--uploads", dir.toString());
    assertThat(uploads.exitCode()).isEqualTo(1);
    assertThat(uploads.err())
        .contains("--uploads (-Dsitegen.uploads) is the folder of WordPress's uploaded files")
        .doesNotContain("Exception");
    assertThat(blog).doesNotExist();

    SiteGenCli.Run real = importCli(blog);
    assertThat(real.exitCode()).isZero();
    assertThat(real.out()).contains("wrote 19 files into");
    assertThat(blog.resolve("posts/diary/hello-jekyll.md")).isRegularFile();
  }

  private SiteGenCli.Run importCli(Path blog, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                "--from",
                "jekyll",
                "--source",
                site().toString(),
                "--target",
                blog.toString(),
                "--timezone",
                "UTC"));
    args.addAll(List.of(more));
    return SiteGenCli.run(args.toArray(String[]::new));
  }
}
