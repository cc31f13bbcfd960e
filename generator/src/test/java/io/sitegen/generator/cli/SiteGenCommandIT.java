package io.sitegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.SiteGenCli.Run;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen build} as a user runs it: one line per stage, or one error line, exit code. */
class SiteGenCommandIT {

  private static final List<String> STAGES =
      List.of(
          "inputs:",
          "configure:",
          "load:",
          "photos:",
          "process:",
          "index:",
          "render:",
          "feeds:",
          "search:",
          "write:");

  @Test
  void aGoodBlogBuildsWithOneSummaryLinePerStage(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Good
            baseUrl: https://good.example/
            --- posts/diary/first.md ---
            ---
            title: First
            date: 2014-03-01 09:00
            tags: [a]
            ---
            Hello.
            --- posts/diary/second.md ---
            ---
            title: Second
            date: 2014-03-02 09:00
            tags: [a, b]
            ---
            Hello again.
            """);
    Path output = dir.resolve("out");

    Run run = SiteGenCli.run("build", "--source", blog.toString(), "--output", output.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String stage : STAGES) {
      assertThat(run.outLines()).as(stage).filteredOn(l -> l.startsWith(stage)).hasSize(1);
    }
    assertThat(run.outLines())
        .filteredOn(l -> l.startsWith("load:"))
        .first()
        .asString()
        .contains("2 posts");
    assertThat(run.outLines())
        .filteredOn(l -> l.startsWith("write:"))
        .first()
        .asString()
        .contains(output.toString());
    assertThat(run.outLines())
        .as("stage lines in pipeline order, then the summary")
        .extracting(l -> l.substring(0, l.indexOf(':') + 1))
        .startsWith(STAGES.toArray(String[]::new));
    assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith("built 2 posts into ");
    assertThat(run.err()).isEmpty();
    assertThat(output.resolve("diary/first.html")).isRegularFile();
    assertThat(output.resolve("index.html")).isRegularFile();
  }

  @Test
  void warningsGoToStandardErrorAndTheBuildSucceeds(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- posts/a.md ---
            ---
            title: A
            date: 2014-03-01 09:00
            ---
            Body.
            """);

    Run run =
        SiteGenCli.run(
            "build", "--source", blog.toString(), "--output", dir.resolve("out").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("warning: ")
        .contains("baseUrl");
  }

  @Test
  void aBadBlogExitsWithOneErrorLineNamingFileLineAndFixWithoutStackTrace(@TempDir Path dir) {
    Path blog =
        TestSites.copy(TestSites.fixture("sites-invalid/missing-title"), dir.resolve("blog"));
    Path output = dir.resolve("out");

    Run run = SiteGenCli.run("build", "--source", blog.toString(), "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).allMatch(l -> l.startsWith("error: ") || l.startsWith("warning: "));
    assertThat(run.errLines())
        .filteredOn(l -> l.startsWith("error: "))
        .singleElement()
        .asString()
        .contains("posts/diary/no-title.md:2:", "Add 'title:");
    assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception");
    assertThat(run.outLines()).filteredOn(l -> l.startsWith("configure:")).hasSize(1);
    assertThat(run.outLines()).noneMatch(l -> l.startsWith("load:") || l.startsWith("built "));
    assertThat(output).doesNotExist();
  }

  @Test
  void aFailedBuildStillPrintsTheWarningsOfTheFileThatFailed(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            postPerPage: 5
            feedItems: 0
            --- posts/a.md ---
            ---
            title: A
            date: 2014-01-02 10:00
            ---
            Body.
            """);

    Run run = SiteGenCli.run("build", "--source", blog.toString(), "--output", dir + "/out");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "warning: site.yaml:1: unknown key 'postPerPage': did you mean 'postsPerPage'?",
            "error: configure: site.yaml:2: feedItems: must be a whole number of at least 1");
  }

  @Test
  void aPostWhoseFrontMatterFailsStillWarnsOfItsMisspeltKeysFirst(@TempDir Path dir) {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            baseUrl: https://typos.example/
            --- posts/a.md ---
            ---
            titel: A
            date: 2014-01-02 10:00
            tag: [x]
            ---
            Body.
            """);

    Run run = SiteGenCli.run("build", "--source", blog.toString(), "--output", dir + "/out");

    assertThat(run.exitCode()).isEqualTo(1);
    // 'titel' is named by the error itself, so it is not warned of twice.
    assertThat(run.errLines())
        .containsSubsequence(
            "warning: posts/a.md:4: unknown front matter key 'tag': did you mean 'tags'?",
            "error: load: posts/a.md:2: has no title ('titel' looks like a misspelling of"
                + " 'title'). Add 'title: Your title' to the front matter")
        .noneMatch(line -> line.startsWith("warning:") && line.contains("titel"));
  }

  @Test
  void everyProblemOfABadBlogIsPrintedUnderTheErrorLine(@TempDir Path dir) {
    Path blog =
        TestSites.copy(TestSites.fixture("sites-invalid/bad-site-yaml"), dir.resolve("blog"));

    Run run =
        SiteGenCli.run(
            "build", "--source", blog.toString(), "--output", dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).first().asString().startsWith("error: configure: 2 problems");
    assertThat(run.err()).contains("Mars/Olympus", "postsPerPage");
    assertThat(run.out() + run.err()).doesNotContain("\tat ");
  }

  @Test
  void aRefusedOutputFolderIsAnErrorNotAStackTrace(@TempDir Path dir) throws Exception {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Good
            baseUrl: https://good.example/
            --- posts/a.md ---
            ---
            title: A
            date: 2014-03-01 09:00
            ---
            Body.
            """);
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("important.txt"), "keep me");

    Run run = SiteGenCli.run("build", "--source", blog.toString(), "--output", mine.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("error: write: ")
        .contains(mine.toString());
    assertThat(run.out() + run.err()).doesNotContain("\tat ");
    assertThat(mine.resolve("important.txt")).hasContent("keep me");
  }

  @Test
  void aBlogFolderWithoutPostsIsAnErrorThatSaysWhereToPointSource(@TempDir Path dir) {
    Run run =
        SiteGenCli.run(
            "build",
            "--source",
            dir.resolve("nowhere").toString(),
            "--output",
            dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .filteredOn(l -> l.startsWith("error: "))
        .singleElement()
        .asString()
        .startsWith("error: load: no posts/ folder")
        .contains("--source");
    assertThat(run.out() + run.err()).doesNotContain("\tat ");
  }

  @Test
  void cacheAndStrictOptionsReachTheBuild(@TempDir Path tmp) {
    Path blog =
        TestSites.write(
            tmp.resolve("blog"),
            """
            --- posts/a/hello.md ---
            ---
            title: Hello
            date: 2014-01-02 10:00
            ---
            No baseUrl in site.yaml: a warning.
            """);
    Path cache = tmp.resolve("my-cache");
    Run lenient =
        SiteGenCli.run(
            "build",
            "--source",
            blog.toString(),
            "--output",
            tmp.resolve("site").toString(),
            "--cache",
            cache.toString());
    Run strict =
        SiteGenCli.run(
            "build",
            "--source",
            blog.toString(),
            "--output",
            tmp.resolve("strict").toString(),
            "--cache",
            cache.toString(),
            "--strict");

    assertThat(lenient.exitCode()).isZero();
    assertThat(cache).isDirectory();
    assertThat(blog.resolve("target")).doesNotExist();
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(tmp.resolve("strict")).doesNotExist();
    assertThat(strict.err()).contains("error:").contains("baseUrl");
  }
}
