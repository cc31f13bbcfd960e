package io.sitegen.generator.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.importer.wordpress.WordPressImporter;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WordPress export in {@code src/test/resources/import/wordpress/export.xml} (written for this
 * test: 23 posts of which one is in the trash and three are a draft, a pending and a private post;
 * 2 pages; 2 attachments; 6 comments on one post of which one is spam and one in the trash, and one
 * hostile), imported and then built; with {@code uploads/} as {@code --uploads}, a copy of {@code
 * wp-content/uploads} holding the cup's original and two of its four sizes, and the unshown moka.
 */
class WordPressImportIT {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir Path dir;

  private static Path export(String name) {
    return TestSites.fixture("import/wordpress").resolve(name);
  }

  private ImportPlan plan(Path target) {
    return new WordPressImporter()
        .plan(new ImportOptions(export("export.xml"), target, WARSAW, false));
  }

  private Path imported() {
    Path blog = dir.resolve("blog");
    ImportWriter.write(plan(blog), blog);
    return blog;
  }

  @Test
  void countsMatchTheExportAndTheRestIsReported() {
    ImportReport report = plan(dir.resolve("blog")).report();
    assertThat(report.count("post")).isEqualTo(22);
    assertThat(report.count("page")).isEqualTo(2);
    assertThat(report.count("comment")).isEqualTo(4);
    // 22 posts and 2 pages, less the draft and the pending post known only as /?p=N.
    assertThat(report.oldUrlCount()).isEqualTo(22);
    assertThat(report.skippedItems())
        .contains(
            "post 'Deleted rant': in the trash",
            "comment 13 on 'Nova tips: getting the plugin to work': spam",
            "comment 15 on 'Nova tips: getting the plugin to work': in the trash",
            "attachment http://blog.example.org/wp-content/uploads/2013/10/cup.jpg: files are not"
                + " imported without --uploads: give it a copy of wp-content/uploads");
    assertThat(report.unconvertedItems())
        .contains(
            "post 'Nova tips: getting the plugin to work': categories Travel kept as tags",
            "post 'Inside the JIT': categories Coffee kept as tags",
            "post 'Holiday photos': shortcode [gallery] left as text (WordPress ran a plugin or"
                + " embed)",
            "post 'An embed': shortcode [embed] left as text (WordPress ran a plugin or embed)",
            "post 'An embed': bare URL https://vimeo.com/12345 left as text (WordPress ran a"
                + " plugin or embed)",
            "post 'Half-written thoughts': old URL /?p=105 has only a query: no alias can answer it");
    assertThat(report.unconvertedItems()).noneMatch(u -> u.contains("[caption]"));
  }

  @Test
  void postsGetFoldersDatesTagsDraftsAndAliases() throws IOException {
    Path blog = imported();
    String nova = Files.readString(blog.resolve("posts/tech/java/nova-tips.html"));
    assertThat(nova)
        .startsWith(
            "---\ntitle: 'Nova tips: getting the plugin to work'\n"
                + "summary: Three evenings, one plugin.\n"
                + "date: 2013-09-30T08:15+02:00\n"
                + "tags:\n- Travel\n- tips\n- NetBeans\n"
                + "aliases:\n- /2013/09/30/nova-tips/\n---\n")
        .doesNotContain("draft");
    assertThat(Files.readString(blog.resolve("posts/tech/java/jvm-internals/inside-the-jit.html")))
        .contains("date: 2016-02-10T21:00+01:00\n")
        .contains("tags:\n- Coffee\n- java\n");
    // No GMT date in an old export: the local one, in the zone.
    assertThat(Files.readString(blog.resolve("posts/life/old-export.html")))
        .contains("date: 2009-01-05T07:30+01:00\n");
    assertThat(Files.readString(blog.resolve("posts/life/same-url.html")))
        .doesNotContain("aliases");
    assertThat(blog.resolve("posts/just-a-thought.html")).exists();
    assertThat(Files.readString(blog.resolve("posts/life/half-written-thoughts.html")))
        .contains("date: 2015-03-01T09:00+01:00\n")
        .contains("draft: true\n")
        .doesNotContain("aliases");
    assertThat(Files.readString(blog.resolve("posts/life/only-for-me.html")))
        .contains("draft: true\n");
    assertThat(Files.readString(blog.resolve("posts/tech/awaiting-review.html")))
        .contains("draft: true\n");
    assertThat(blog.resolve("posts/life/deleted-rant.html")).doesNotExist();
    assertThat(TestSites.files(blog.resolve("posts"))).hasSize(22);

    assertThat(Files.readString(blog.resolve("pages/about.html")))
        .startsWith("---\ntitle: About\nsummary: Who writes here.\n---\n")
        .doesNotContain("aliases");
    assertThat(Files.readString(blog.resolve("pages/contact.html")))
        .contains("aliases:\n- /contact-me/\n");
    assertThat(Files.readString(blog.resolve("site.yaml")))
        .contains("title: Coffee & Code\n")
        .contains("description: Notes from a kitchen table\n")
        .contains("baseUrl: http://blog.example.org/\n")
        .contains("timezone: Europe/Warsaw\n");
  }

  @Test
  void contentIsAsWordPressRenderedIt() throws IOException {
    Path blog = imported();
    Document nova = body(blog, "posts/tech/java/nova-tips.html");
    assertThat(nova.select("body > p").eachText())
        .containsExactly(
            "I finally got the NetBeans-era plugin to work on the Nova. It took three evenings and"
                + " one very strong coffee.",
            "Here is what helped, in order:",
            "The config that works:",
            "That is all. See you on the road.");
    assertThat(nova.select("body > p").get(0).select("br")).hasSize(1);
    assertThat(nova.select("body > ul > li")).hasSize(2);
    assertThat(nova.select("ul p")).isEmpty();
    // HTML drops the newline right after <pre>; the blank line inside stays.
    assertThat(nova.select("pre").first().wholeText())
        .isEqualTo("line one\n\nline three after a blank line\n");
    assertThat(nova.select("pre br, pre p")).isEmpty();

    Document cup = body(blog, "posts/life/a-cup-captioned.html");
    assertThat(cup.select("figure > a > img[src$=cup-300x200.jpg]")).hasSize(1);
    assertThat(cup.select("figure > figcaption").text()).isEqualTo("My first flat white");
    assertThat(cup.select("body > figure")).hasSize(1);
    assertThat(cup.select("body > p").eachText())
        .containsExactly("Morning ritual.", "Worth the queue.");
    assertThat(cup.text()).doesNotContain("[caption").doesNotContain("[/caption]");

    String block = Files.readString(blog.resolve("posts/tech/block-editor.html"));
    assertThat(block).doesNotContain("wp:").doesNotContain("<!--");
    Document blocks = Jsoup.parseBodyFragment(block);
    assertThat(blocks.select("body > p").eachText())
        .containsExactly("Gutenberg arrived.", "Each one wrapped in comments.");
    assertThat(blocks.select("body > h3").text()).isEqualTo("Blocks everywhere");

    Document gallery = body(blog, "posts/travel/holiday-photos.html");
    assertThat(gallery.select("body > p").eachText())
        .containsExactly(
            "Some pictures from the coast.",
            "[gallery ids=\"301,302,303\" columns=\"3\"]",
            "More next week.");
  }

  @Test
  void approvedCommentsAreThreadedAndSanitised() throws IOException {
    Path blog = imported();
    List<String> comments = TestSites.files(blog.resolve("comments"));
    assertThat(comments)
        .containsExactly(
            "tech/java/nova-tips/2013-09-30-110000-jane-reader.yaml",
            "tech/java/nova-tips/2013-09-30-123000-tomasz.yaml",
            "tech/java/nova-tips/2013-09-30-140000-mallory.yaml",
            "tech/java/nova-tips/2013-09-30-160000-jane-reader.yaml");
    Path folder = blog.resolve("comments/tech/java/nova-tips");
    String jane = Files.readString(folder.resolve("2013-09-30-110000-jane-reader.yaml"));
    assertThat(jane)
        .contains("author: Jane Reader\n")
        .contains("date: 2013-09-30T11:00+02:00\n")
        .contains("url: http://jane.example.net/\n")
        .contains("[docs](http://example.com/docs)")
        .doesNotContain("parent")
        .doesNotContain("jane@example.net")
        .doesNotContain("203.0.113.7");
    assertThat(Files.readString(folder.resolve("2013-09-30-123000-tomasz.yaml")))
        .contains("parent: 2013-09-30-110000-jane-reader\n");
    assertThat(Files.readString(folder.resolve("2013-09-30-160000-jane-reader.yaml")))
        .contains("parent: 2013-09-30-123000-tomasz\n");
    String mallory = Files.readString(folder.resolve("2013-09-30-140000-mallory.yaml"));
    assertThat(mallory)
        .contains("Nice post")
        .doesNotContain("script")
        .doesNotContain("alert")
        .doesNotContain("onerror")
        .doesNotContain("url:")
        .doesNotContain("192.0.2.13");
    for (String comment : comments) {
      assertThat(Files.readString(blog.resolve("comments/" + comment)))
          .doesNotContain("spam.example.com")
          .doesNotContain("binned");
    }
  }

  @Test
  void uploadsPostsShowAreCopiedBesideThemWithTheirSizesAndTheMissingAreListed()
      throws IOException {
    Path blog = dir.resolve("blog");
    Path uploads = TestSites.fixture("import/wordpress/uploads");
    ImportPlan plan =
        new WordPressImporter()
            .plan(
                new ImportOptions(export("export.xml"), blog, WARSAW, false).withUploads(uploads));
    assertThat(plan.report().count("file")).isEqualTo(3);
    assertThat(plan.report().unconvertedItems())
        .contains(
            "post 'A cup, captioned': wp-content/uploads/2013/10/cup-1024x683.jpg is not in"
                + " --uploads: the original cup.jpg is shown",
            "post 'Espresso ratios': wp-content/uploads/2017/01/scale.png is not in --uploads: the"
                + " link is left as it was");
    assertThat(plan.report().skippedItems())
        .contains(
            "attachment http://blog.example.org/wp-content/uploads/2017/02/moka.jpg: no imported"
                + " post shows it, so it is not copied")
        .noneMatch(s -> s.contains("2013/10/cup.jpg"));
    ImportWriter.write(plan, blog);

    for (String size : List.of("cup.jpg", "cup-150x100.jpg", "cup-300x200.jpg")) {
      assertThat(Files.readAllBytes(blog.resolve("posts/life/" + size)))
          .as(size)
          .isEqualTo(Files.readAllBytes(uploads.resolve("2013/10/" + size)));
    }
    assertThat(blog.resolve("posts/life/moka.jpg")).doesNotExist();
    Document cup = body(blog, "posts/life/a-cup-captioned.html");
    assertThat(cup.select("figure > a").attr("href")).isEqualTo("cup.jpg");
    assertThat(cup.select("figure img").attr("src")).isEqualTo("cup-300x200.jpg");
    assertThat(cup.select("figure img").attr("srcset"))
        .isEqualTo("cup-150x100.jpg 150w, cup-300x200.jpg 300w, cup.jpg 1024w");
    assertThat(Files.readString(blog.resolve("posts/life/coffee/espresso-ratios.html")))
        .contains("<img src=\"/wp-content/uploads/2017/01/scale.png\" alt=\"The scale\" />");

    Path out = dir.resolve("out");
    List<BuildEvent> events = new ArrayList<>();
    TestSites.build(blog, out, events);
    assertThat(events).noneMatch(e -> e.level() == BuildEvent.Level.WARNING);
    // Images a post shows are its own, also a size named only in its srcset: no album of them.
    assertThat(out.resolve("photos/index.html")).doesNotExist();
    Document page = TestSites.page(out, "life/a-cup-captioned.html");
    assertThat(page.select(".post-body figure img").attr("src")).isEqualTo("/life/cup-300x200.jpg");
    assertThat(page.select(".post-body figure img").attr("srcset"))
        .isEqualTo("/life/cup-150x100.jpg 150w, /life/cup-300x200.jpg 300w, /life/cup.jpg 1024w");
    for (String size : List.of("cup.jpg", "cup-150x100.jpg", "cup-300x200.jpg")) {
      assertThat(out.resolve("life/" + size)).isRegularFile();
    }
  }

  @Test
  void anExportWithADoctypeIsRefusedAndItsEntityStaysInert() {
    assertThatThrownBy(
            () ->
                new WordPressImporter()
                    .plan(new ImportOptions(export("xxe.xml"), dir.resolve("blog"), WARSAW, false)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("xxe.xml holds a DOCTYPE, which WordPress never writes")
        .hasMessageNotContaining("root:");
    assertThat(dir.resolve("blog")).doesNotExist();
  }

  @Test
  void theImportedBlogBuildsAndEveryOldUrlAnswers() throws IOException {
    Path blog = imported();
    Path out = dir.resolve("out");
    List<BuildEvent> events = new ArrayList<>();
    BuildResult result = TestSites.build(blog, out, events);

    // An error would have stopped the build; a warning would mean the import wrote something off.
    assertThat(events).noneMatch(e -> e.level() == BuildEvent.Level.WARNING);
    assertThat(result.posts()).isEqualTo(19);
    assertThat(out.resolve("tech/java/nova-tips.html")).isRegularFile();
    assertThat(out.resolve("about/index.html")).isRegularFile();
    assertThat(out.resolve("life/same-url.html")).isRegularFile();
    for (String[] moved :
        List.of(
            new String[] {"2013/09/30/nova-tips/index.html", "/tech/java/nova-tips.html"},
            new String[] {"2013/10/02/a-cup-captioned/index.html", "/life/a-cup-captioned.html"},
            new String[] {"2019/01/15/block-editor/index.html", "/tech/block-editor.html"},
            new String[] {"2016/04/01/just-a-thought/index.html", "/just-a-thought.html"},
            new String[] {"2009/01/05/old-export/index.html", "/life/old-export.html"},
            new String[] {
              "2017/01/10/espresso-ratios/index.html", "/life/coffee/espresso-ratios.html"
            },
            new String[] {"contact-me/index.html", "/contact/"})) {
      Document redirect = TestSites.page(out, moved[0]);
      assertThat(redirect.select("link[rel=canonical]").attr("href"))
          .as(moved[0])
          .endsWith(moved[1]);
    }
    // Every published post's old URL answers, as itself or as a redirect to the post.
    Map<String, String> oldUrls = publishedOldUrls(blog);
    assertThat(oldUrls).hasSize(19);
    oldUrls.forEach(
        (oldUrl, newUrl) -> {
          String file = oldUrl.substring(1) + (oldUrl.endsWith("/") ? "index.html" : "");
          assertThat(TestSites.page(out, file).select("link[rel=canonical]").attr("href"))
              .as(oldUrl)
              .endsWith(newUrl);
        });

    Document nova = TestSites.page(out, "tech/java/nova-tips.html");
    assertThat(nova.text()).contains("Jane Reader").contains("Glad it helped, Jane.");
    assertThat(nova.select("script:containsData(xss)")).isEmpty();
    assertThat(nova.select("[onerror]")).isEmpty();
    assertThat(nova.text()).doesNotContain("Cheap Pills").doesNotContain("This was binned");
    assertThat(TestSites.page(out, "life/a-cup-captioned.html").select("figure figcaption").text())
        .isEqualTo("My first flat white");
    assertThat(out.resolve("life/only-for-me.html")).doesNotExist();
  }

  @Test
  void everyOldUrlAnswersThroughThePreviewServer() throws Exception {
    Path blog = imported();
    Map<String, String> oldUrls = publishedOldUrls(blog);
    assertThat(oldUrls).hasSize(19);
    OldUrlChecks.answerThroughThePreview(blog, dir.resolve("out"), oldUrls);
  }

  @Test
  void theCliImportsAnExport() throws IOException {
    Path blog = dir.resolve("blog");
    SiteGenCli.Run run = importCli("export.xml", blog, "--timezone", "Europe/Warsaw");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .contains("imported 22 posts, 4 comments, 2 pages; 22 old URLs kept answering");
    assertThat(blog.resolve("posts/tech/java/nova-tips.html")).isRegularFile();

    Path withUploads = dir.resolve("with-uploads");
    SiteGenCli.Run copying =
        importCli(
            "export.xml",
            withUploads,
            "--uploads",
            TestSites.fixture("import/wordpress/uploads").toString());
    assertThat(copying.exitCode()).isZero();
    assertThat(withUploads.resolve("posts/life/cup.jpg")).isRegularFile();

    SiteGenCli.Run xxe = importCli("xxe.xml", dir.resolve("evil"));
    assertThat(xxe.exitCode()).isEqualTo(1);
    assertThat(xxe.err()).contains("holds a DOCTYPE").doesNotContain("Exception");
  }

  private static SiteGenCli.Run importCli(String export, Path blog, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                "--from",
                "wordpress",
                "--source",
                export(export).toString(),
                "--target",
                blog.toString()));
    args.addAll(List.of(more));
    return SiteGenCli.run(args.toArray(String[]::new));
  }

  /** Each published post's old URL (its alias, or its own URL where it kept it) to its new one. */
  private static Map<String, String> publishedOldUrls(Path blog) throws IOException {
    Map<String, String> urls = new LinkedHashMap<>();
    for (String post : TestSites.files(blog.resolve("posts"))) {
      String text = Files.readString(blog.resolve("posts/" + post));
      if (!text.contains("draft: true")) {
        String newUrl = "/" + post;
        urls.put(
            text.contains("aliases:\n- ") ? text.split("aliases:\n- ")[1].split("\n")[0] : newUrl,
            newUrl);
      }
    }
    return urls;
  }

  private static Document body(Path blog, String post) throws IOException {
    String text = Files.readString(blog.resolve(post));
    return Jsoup.parseBodyFragment(text.substring(text.indexOf("\n---\n") + 5));
  }
}
