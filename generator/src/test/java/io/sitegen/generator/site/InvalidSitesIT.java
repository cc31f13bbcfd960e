package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input in {@code src/test/resources/sites-invalid/} stops the build with a
 * message that names the file and line and says what to do, and leaves the previous site exactly as
 * it was.
 */
class InvalidSitesIT {

  /**
   * One bad blog.
   *
   * @param name the folder below {@code sites-invalid/}
   * @param at where the user must look: {@code file:line}, or just {@code file} when no line
   *     applies; each must appear in the message, and as a problem with that file and line
   * @param says phrases the message must contain: what is wrong and what to do about it
   */
  record Case(String name, List<String> at, List<String> says) {
    List<Path> files() {
      return at.stream().map(a -> Path.of(a.replaceAll(":\\d+$", ""))).toList();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "missing-title",
            List.of("posts/diary/no-title.md:2"),
            List.of("has no title", "Add 'title:")),
        new Case(
            "misspelt-keys",
            List.of("posts/diary/typos.md:2"),
            List.of(
                "has no title ('titel' looks like a misspelling of 'title')",
                "has no date ('data' looks like a misspelling of 'date')")),
        new Case(
            "unreal-file-date",
            List.of("posts/diary/2024-02-30-leap.md:2"),
            List.of(
                "the file name starts with 2024-02-30, which is not a real date",
                "Correct the date in the file name")),
        new Case(
            "unknown-language",
            List.of("site.yaml:2"),
            List.of("'xx-bogus' is not a language tag of a known language", "such as en, en-AU")),
        new Case(
            "bad-date",
            List.of("posts/diary/bad-date.md:4"),
            List.of("30th of Septembre", "Write it as YYYY-MM-DD")),
        new Case(
            "malformed-yaml",
            List.of("posts/diary/broken-yaml.md:4"),
            List.of("malformed YAML", "Check the indentation and quoting")),
        new Case(
            "unclosed-front-matter",
            List.of("posts/diary/unclosed.md:1"),
            List.of("never closed", "Add a line '---'")),
        new Case(
            "duplicate-permalink",
            List.of("posts/travel/hello.md", "posts/work/hello.md"),
            List.of("/2014/hello.html", "give one a 'slug:'")),
        new Case(
            "template-syntax-error",
            List.of("templates/post.peb:5"),
            List.of("template error", "Fix the template")),
        new Case(
            "non-utf8",
            List.of("posts/diary/cafe.md:5"),
            List.of("not valid UTF-8", "Re-save the file as UTF-8")),
        new Case(
            "empty-posts",
            List.of("posts"),
            List.of("has no posts", "Write your first post as posts/")),
        new Case(
            "bad-site-yaml",
            List.of("site.yaml:2", "site.yaml:3"),
            List.of(
                "postsPerPage",
                "at least 1",
                "Mars/Olympus",
                "Use a name such as Australia/Sydney")),
        new Case(
            "no-front-matter",
            List.of("posts/diary/heading.md:1"),
            List.of("has no front matter", "Start the file with a line '---'")),
        new Case(
            "hostile-front-matter",
            List.of(
                "posts/diary/nul-tag.md:4",
                "posts/diary/bell-title.md:2",
                "posts/diary/encoded-alias.md:4",
                "posts/diary/backslash-alias.md:4",
                "posts/diary/marker-alias.md:4",
                "posts/diary/long-slug.md:4",
                "posts/diary/long-title.md:2",
                "posts/diary/many-tags.md:4",
                "posts/diary/escape-summary.md:4"),
            List.of(
                "tag 'bad\\u0000tag' holds a control character",
                "title holds a control character (\\u0007)",
                "alias '/%2e%2e/%2E%2e/etc/cron.html' is not a site path",
                "alias '/old\\..\\x.html' is not a site path",
                "alias '/.sitegen-output' names a hidden file",
                "slug is 300 characters long",
                "at most 200",
                "title is 599 characters long",
                "has 1001 tags",
                "summary holds a control character (\\u001B)",
                "at most 1000")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputStopsTheBuildNamingFileLineAndFixAndKeepsThePreviousSite(Case c, @TempDir Path dir) {
    Path output = previousSite(dir);
    Map<String, byte[]> before = snapshot(output);
    Path blog = TestSites.copy(TestSites.fixture("sites-invalid/" + c.name()), dir.resolve("bad"));

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, output));

    assertThat(e).as("build of %s", c.name()).isNotNull();
    String message = e.getMessage();
    for (String at : c.at()) {
      int colon = at.lastIndexOf(':');
      if (colon < 0) {
        // No line applies (a clash between files, an empty folder): the file must be named.
        assertThat(message).contains(at);
      } else {
        String file = at.substring(0, colon);
        int line = Integer.parseInt(at.substring(colon + 1));
        // The trailing ':' makes the line exact: ":4:" does not match line 41.
        assertThat(message).contains(at + ":");
        assertThat(e.problems())
            .anyMatch(p -> p.file().equals(Optional.of(Path.of(file))) && p.line() == line);
      }
    }
    assertThat(e.problems())
        .as("every problem points at one of the files to fix")
        .allMatch(p -> p.file().isPresent() && c.files().contains(p.file().get()));
    assertThat(message).contains(c.says());
    assertThat(e.problems()).as("each mistake reported once").doesNotHaveDuplicates();
    assertUntouched(output, before);
  }

  @Test
  void duplicatePermalinksNameBothPostsInTheProblem(@TempDir Path dir) {
    Path blog =
        TestSites.copy(TestSites.fixture("sites-invalid/duplicate-permalink"), dir.resolve("blog"));

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, dir.resolve("out")));

    assertThat(e.stage()).isEqualTo("process");
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).describe())
        .contains("posts/travel/hello.md", "posts/work/hello.md", "/2014/hello.html");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void problemsOfSeveralPostsAreReportedTogether(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Broken
            --- posts/a/no-title.md ---
            ---
            date: 2014-03-02 10:00
            ---
            No title.
            --- posts/b/bad-date.md ---
            ---
            title: Bad date
            date: someday
            ---
            Body.
            --- posts/c/fine.md ---
            ---
            title: Fine
            date: 2014-03-01 09:00
            ---
            Body.
            """);

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, dir.resolve("out")));

    assertThat(e.problems())
        .extracting(Problem::describe)
        .containsExactly(
            "posts/a/no-title.md:2: has no title. Add 'title: Your title' to the front matter",
            "posts/b/bad-date.md:3: date 'someday' is not a date. Write it as YYYY-MM-DD,"
                + " YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM:SS+10:00");
    assertThat(e.getMessage()).startsWith("load: 2 problems\n");
  }

  @Test
  void aControlCharacterInTagsYamlIsRefusedAtItsLine(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Tags
            --- tags.yaml ---
            ok: Fine.
            nova:
              title: "No\\0va"
            --- posts/diary/hello.md ---
            ---
            title: Hello
            date: 2014-03-01 09:00
            tags: [nova]
            ---
            Body.
            """);

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, dir.resolve("out")));

    assertThat(e.problems())
        .extracting(Problem::describe)
        .containsExactly(
            "tags.yaml:2: tag 'nova' holds a control character (\\u0000). Remove it: it is"
                + " invisible and not allowed in pages and feeds");
  }

  @Test
  void anAliasInsideAPostsPageIsAClashNamingBoth(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Clash
            --- posts/diary/hello.md ---
            ---
            title: Hello
            date: 2014-03-01 09:00
            ---
            Body.
            --- posts/diary/other.md ---
            ---
            title: Other
            date: 2014-03-02 09:00
            aliases: [/diary/hello.html/old]
            ---
            Body.
            """);

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, dir.resolve("out")));

    assertThat(e.stage()).isEqualTo("render");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.describe())
                    .contains(
                        "/diary/hello.html",
                        "post posts/diary/hello.md",
                        "alias /diary/hello.html/old of posts/diary/other.md",
                        "Rename one of them"));
  }

  /**
   * A template that fails on one post while the other pages are being written in parallel: the
   * failure must still leave the previous site and no staging folder. Repeated because the outcome
   * depends on thread scheduling.
   */
  @Test
  void renderFailureWhilePagesAreBeingWrittenLeavesThePreviousSiteAndNoStagingFolder(
      @TempDir Path dir) throws IOException {
    Path output = previousSite(dir);
    Map<String, byte[]> before = snapshot(output);
    Path blog =
        TestSites.copy(
            TestSites.fixture("sites-invalid/template-runtime-error"), dir.resolve("bad"));
    for (int i = 1; i <= 300; i++) {
      Files.writeString(
          blog.resolve("posts/diary/p" + i + ".md"),
          "---\ntitle: Post "
              + i
              + "\ndate: 2014-"
              + String.format("%02d-%02d", i % 12 + 1, i % 28 + 1)
              + " 09:00\nmood: calm\n---\nBody "
              + i
              + ".\n",
          StandardCharsets.UTF_8);
    }

    for (int attempt = 1; attempt <= 5; attempt++) {
      BuildException e =
          catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, output));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("templates/post.peb:5:", "mood", "Fix the template");
      // Let any page still being rendered by the common pool finish before looking.
      ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
      assertUntouched(output, before);
    }
  }

  @Test
  void renderFailureOfTheSmallFixtureNamesTemplateLineAndFix(@TempDir Path dir) {
    Path output = previousSite(dir);
    Map<String, byte[]> before = snapshot(output);
    Path blog =
        TestSites.copy(
            TestSites.fixture("sites-invalid/template-runtime-error"), dir.resolve("bad"));

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, output));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).contains(Path.of("templates/post.peb"));
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("mood");
              assertThat(p.hint()).contains("Fix the template");
            });
    ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
    // Whether a staging folder is left here depends on thread scheduling: the test above checks
    // that reliably.
    assertSameFiles(output, before);
  }

  /** Builds a small good site into {@code dir/site/out}, the only entry of its parent. */
  private static Path previousSite(Path dir) {
    Path good =
        TestSites.write(
            dir.resolve("good"),
            """
            --- site.yaml ---
            title: Previous
            baseUrl: https://previous.example/
            --- posts/diary/first.md ---
            ---
            title: First
            date: 2013-09-30 04:58
            tags: [old]
            ---
            The previous site.
            --- static/keep.txt ---
            previous static file
            """);
    Path output = dir.resolve("site").resolve("out");
    TestSites.build(good, output);
    assertThat(output.resolve("diary/first.html")).isRegularFile();
    return output;
  }

  private static Map<String, byte[]> snapshot(Path root) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : TestSites.files(root)) {
      try {
        files.put(file, Files.readAllBytes(root.resolve(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /**
   * The output holds exactly the snapshot's files with the same bytes, and nothing else (no staging
   * or old folder) was left beside it.
   */
  private static void assertUntouched(Path output, Map<String, byte[]> before) {
    assertSameFiles(output, before);
    String prefix = "." + output.getFileName();
    List<String> siblings;
    try (Stream<Path> list = Files.list(output.getParent())) {
      siblings = list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(siblings)
        .as("beside the output folder")
        .noneMatch(name -> name.startsWith(prefix + ".staging-"))
        // The image cache TestSites keeps beside the output is the only other entry allowed.
        .containsExactlyInAnyOrderElementsOf(
            siblings.contains(output.getFileName() + "-cache")
                ? List.of(output.getFileName().toString(), output.getFileName() + "-cache")
                : List.of(output.getFileName().toString()));
  }

  private static void assertSameFiles(Path output, Map<String, byte[]> before) {
    Map<String, byte[]> after = snapshot(output);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
  }
}
