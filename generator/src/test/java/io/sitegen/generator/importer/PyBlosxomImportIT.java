package io.sitegen.generator.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.importer.pyblosxom.PyBlosxomImporter;
import io.sitegen.generator.serve.Preview;
import io.sitegen.generator.serve.ServeOptions;
import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PyBlosxom datadir in {@code src/test/resources/import/pyblosxom} (written for this test: 7
 * entries of which one has no title, 4 comment files of which one is for a missing entry and one
 * carries an XXE entity), imported and then built.
 */
class PyBlosxomImportIT {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final Instant WRITTEN = Instant.parse("2004-07-01T00:00:00Z");
  private static final Instant COMPILED = Instant.parse("2004-06-20T02:30:00Z");

  @TempDir Path dir;
  private Path datadir;

  @BeforeEach
  void copyDatadir() throws IOException {
    Path old = TestSites.copy(TestSites.fixture("import/pyblosxom"), dir.resolve("old"));
    datadir = old.resolve("datadir");
    // Git keeps no file times, so the test sets those that entries without #published are dated by.
    for (String entry : TestSites.files(datadir)) {
      Files.setLastModifiedTime(datadir.resolve(entry), FileTime.from(WRITTEN));
    }
    Files.setLastModifiedTime(datadir.resolve("linux/kernel/compile.txt"), FileTime.from(COMPILED));
  }

  private ImportPlan plan(Path target) {
    return new PyBlosxomImporter().plan(new ImportOptions(datadir, target, SYDNEY, false));
  }

  @Test
  void importsEveryEntryAndCommentAndReportsTheRest() {
    ImportReport report = plan(dir.resolve("blog")).report();
    assertThat(report.count("post")).isEqualTo(6);
    assertThat(report.count("comment")).isEqualTo(2);
    assertThat(report.oldUrlCount()).isEqualTo(6);
    assertThat(report.skippedItems())
        .anyMatch(s -> s.startsWith("diary/empty.txt: the first line (the title) is empty"))
        .anyMatch(
            s -> s.startsWith("comments/diary/no-such-entry-1083405600.cmt: no imported entry"))
        .anyMatch(s -> s.startsWith("comments/diary/first-post-1083405700.cmt: not a comment file"))
        .anyMatch(s -> s.startsWith("images/logo.png: not an entry"));
    assertThat(report.unconvertedItems())
        .contains(
            "diary/bad-date.txt:2: #published 'sometime in May' is not a date; the file's time is"
                + " used",
            "diary/first-post.txt:3: #slug kept as pyblosxom-slug",
            "diary/first-post.txt:4: removed <script>",
            "diary/first-post.txt:4: removed onclick on <p>");
  }

  @Test
  void postsKeepTitleDateTagsMetaAndTheirHtml() throws IOException {
    Path blog = dir.resolve("blog");
    ImportWriter.write(plan(blog), blog);

    String boot = Files.readString(blog.resolve("posts/linux/boot-notes.html"));
    assertThat(boot)
        .startsWith(
            "---\ntitle: 'Boot notes: GRUB, \"quotes\" & all'\ndate: 2004-05-01T10:00+10:00\n")
        .contains("tags:\n- linux\n- boot\n")
        .contains("\n    <p class=\"indented\">Four spaces in")
        .doesNotContain("aliases");
    assertThat(Files.readString(blog.resolve("posts/linux/kernel/compile.html")))
        .contains("date: 2004-06-20T12:30+10:00\n");
    assertThat(Files.readString(blog.resolve("posts/diary/first-post.html")))
        .contains("mood: cheerful\n")
        .contains("pyblosxom-slug: hello\n")
        .doesNotContain("<script")
        .doesNotContain("onclick")
        .doesNotContain("javascript:")
        .contains("<a href=\"http://www.example.org/\">home</a>");
    assertThat(blog.resolve("posts/diary/written-in-markdown.md")).exists();
    assertThat(Files.readString(blog.resolve("site.yaml")))
        .contains("title: Blosxom Days\n")
        .contains("baseUrl: http://www.example.org/blog/\n")
        .contains("timezone: Australia/Sydney\n");

    List<String> comments = TestSites.files(blog.resolve("comments"));
    assertThat(comments)
        .containsExactly(
            "linux/boot-notes/2004-05-01-200000-jane-reader.yaml",
            "linux/boot-notes/2004-05-01-210000-mallory.yaml");
    String jane = Files.readString(blog.resolve("comments/" + comments.get(0)));
    assertThat(jane)
        .contains("url: http://jane.example.net/")
        .contains("[The GRUB manual](http://www.gnu.org/software/grub/)")
        .doesNotContain("jane@example.net")
        .doesNotContain("203.0.113.7");
    String mallory = Files.readString(blog.resolve("comments/" + comments.get(1)));
    assertThat(mallory).doesNotContain("url:").doesNotContain("m@example.com");
  }

  @Test
  void theImportedBlogBuildsAndEveryOldUrlAnswers() throws IOException {
    Path blog = dir.resolve("blog");
    ImportWriter.write(plan(blog), blog);
    Path out = dir.resolve("out");
    List<BuildEvent> events = new ArrayList<>();
    BuildResult result = TestSites.build(blog, out, events);

    assertThat(result.posts()).isEqualTo(6);
    for (String old :
        List.of(
            "linux/boot-notes.html",
            "linux/kernel/compile.html",
            "diary/first-post.html",
            "diary/bad-date.html",
            "diary/written-in-markdown.html",
            "hello-world.html")) {
      assertThat(out.resolve(old)).as(old).isRegularFile();
    }
    Document boot = TestSites.page(out, "linux/boot-notes.html");
    assertThat(boot.select(".post-body pre").text()).startsWith("title Debian");
    assertThat(boot.select(".post-body p.indented")).hasSize(1);
    assertThat(boot.text()).contains("Jane Reader").contains("The GRUB manual");
    assertThat(boot.select("a[href^=javascript]")).isEmpty();
    assertThat(boot.select("script:containsData(alert)")).isEmpty();
    assertThat(TestSites.page(out, "tags/kernel/index.html").text()).contains("Compiling 2.6.7");
    for (String file : TestSites.files(out)) {
      if (file.endsWith(".html")) {
        assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("root:x:0:0");
      }
    }
  }

  @Test
  void aSecondRunWritesOnlyWhatIsMissingAndNeverOverwrites() throws IOException {
    Path blog = dir.resolve("blog");
    ImportWriter.Written first = ImportWriter.write(plan(blog), blog);
    Path boot = blog.resolve("posts/linux/boot-notes.html");
    Files.writeString(boot, "---\ntitle: Edited by me\ndate: 2004-05-01\n---\nMine.\n");
    Files.delete(blog.resolve("posts/linux/kernel/compile.html"));

    ImportWriter.Written second = ImportWriter.write(plan(blog), blog);
    assertThat(second.written()).isEqualTo(1);
    assertThat(second.kept()).isEqualTo(first.written() - 1);
    assertThat(Files.readString(boot)).contains("Edited by me");
  }

  @Test
  void aTargetWithAnotherPermalinkGetsAnAliasPerOldUrl() throws IOException {
    Path blog = Files.createDirectories(dir.resolve("blog"));
    Files.writeString(blog.resolve("site.yaml"), "title: New home\npermalink: /{year}/{slug}/\n");
    ImportWriter.write(plan(blog), blog);
    assertThat(Files.readString(blog.resolve("site.yaml")))
        .isEqualTo("title: New home\npermalink: /{year}/{slug}/\n");

    Path out = dir.resolve("out");
    TestSites.build(blog, out);
    assertThat(out.resolve("2004/boot-notes/index.html")).isRegularFile();
    Document redirect = TestSites.page(out, "linux/boot-notes.html");
    assertThat(redirect.select("link[rel=canonical]").attr("href")).endsWith("/2004/boot-notes/");
  }

  @Test
  void everyOldUrlAnswersThroughThePreviewServer() throws Exception {
    Path blog = Files.createDirectories(dir.resolve("blog"));
    Files.writeString(blog.resolve("site.yaml"), "title: New home\npermalink: /{year}/{slug}/\n");
    ImportWriter.write(plan(blog), blog);
    HttpClient http = HttpClient.newHttpClient();
    try (Preview preview =
        Preview.start(
            ServeOptions.of(TestSites.options(blog, dir.resolve("out"))).withPort(0), e -> {})) {
      for (String old :
          List.of(
              "/linux/boot-notes.html",
              "/linux/kernel/compile.html",
              "/diary/first-post.html",
              "/hello-world.html")) {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(preview.address().resolve(old)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(old).isEqualTo(200);
        String target = Jsoup.parse(answer.body()).select("link[rel=canonical]").attr("href");
        HttpResponse<String> post =
            http.send(
                HttpRequest.newBuilder(preview.address().resolve(URI.create(target).getPath()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(target).isEqualTo(200);
        assertThat(Jsoup.parse(post.body()).select("article.post")).as(target).hasSize(1);
      }
    }
  }

  @Test
  void theCliReportsAndADryRunWritesNothing() throws IOException {
    Path blog = dir.resolve("blog");
    SiteGenCli.Run dry = importCli("pyblosxom", blog, "--dry-run", "--timezone", "UTC");
    assertThat(dry.exitCode()).isZero();
    assertThat(dry.outLines())
        .contains("imported 6 posts, 2 comments; 6 old URLs kept answering")
        .anyMatch(l -> l.startsWith("dry run: would write 9 files"));
    assertThat(blog).doesNotExist();

    SiteGenCli.Run real = importCli("pyblosxom", blog, "--timezone", "UTC");
    assertThat(real.exitCode()).isZero();
    assertThat(real.out()).contains("wrote 9 files into");
    assertThat(Files.readString(blog.resolve("site.yaml"))).contains("timezone: UTC\n");

    SiteGenCli.Run unknown = importCli("movabletype", blog);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err())
        .contains(
            "'movabletype' is not a blog engine to import from: pyblosxom, wordpress, jekyll");
  }

  private SiteGenCli.Run importCli(String from, Path blog, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                "--from",
                from,
                "--source",
                datadir.toString(),
                "--target",
                blog.toString()));
    args.addAll(List.of(more));
    return SiteGenCli.run(args.toArray(String[]::new));
  }
}
