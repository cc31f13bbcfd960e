package io.sitegen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output folder is replaced only when site-gen may replace it, and only all at once: a mistyped
 * {@code --output} never deletes a user's files.
 */
class SiteOutputTest {

  @TempDir Path dir;

  @Test
  void aNonEmptyFolderWithoutTheMarkerIsRefusedAndLeftAlone() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("documents");
    Files.createDirectories(output.resolve("taxes"));
    Files.writeString(output.resolve("thesis.txt"), "years of work");
    Files.writeString(output.resolve("taxes/2025.pdf"), "receipts");

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> SiteOutput.open(output, blog));

    assertThat(e).isNotNull();
    assertThat(e.stage()).isEqualTo("write");
    assertThat(e.getMessage())
        .contains(output.toString(), "not written by site-gen", "Choose another output folder");
    assertThat(TestSites.files(output)).containsExactly("taxes/2025.pdf", "thesis.txt");
    assertThat(output.resolve("thesis.txt")).hasContent("years of work");
    assertThat(output.resolve("taxes/2025.pdf")).hasContent("receipts");
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "documents");
  }

  @Test
  void aFolderHoldingOnlyHiddenFilesIsNotEmpty() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("home");
    Files.createDirectories(output);
    Files.writeString(output.resolve(".bashrc"), "alias ll='ls -l'");

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> SiteOutput.open(output, blog));

    assertThat(e).isNotNull();
    assertThat(output.resolve(".bashrc")).hasContent("alias ll='ls -l'");
  }

  @Test
  void aFileWhereTheOutputFolderShouldBeIsRefusedAndLeftAlone() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("notes.txt");
    Files.writeString(output, "do not delete");

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> SiteOutput.open(output, blog));

    assertThat(e).isNotNull();
    assertThat(output).isRegularFile().hasContent("do not delete");
  }

  @Test
  void theBlogFolderItselfIsRefusedAsOutput() throws IOException {
    Path blog = blog();
    List<String> before = TestSites.files(blog);

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> SiteOutput.open(blog, blog));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("contains the blog folder", "outside the blog");
    assertThat(TestSites.files(blog)).isEqualTo(before);
    assertThat(siblingsOf(blog)).containsExactly("blog");
  }

  @Test
  void aFolderContainingTheBlogIsRefusedAsOutputEvenWithTheMarker() throws IOException {
    Path blog = blog();
    // A marker must not make a folder that holds the blog replaceable.
    Files.writeString(dir.resolve(SiteOutput.MARKER), "");
    List<String> before = TestSites.files(dir);

    BuildException e = catchThrowableOfType(BuildException.class, () -> SiteOutput.open(dir, blog));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(dir.toString(), "contains the blog folder");
    assertThat(TestSites.files(dir)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"posts", "posts/site", "static/out", "templates/out"})
  void anOutputFolderInsideTheBlogsInputsIsRefused(String inside) throws IOException {
    Path blog = blog();
    List<String> before = TestSites.files(blog);
    Path output = blog.resolve(inside);

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> SiteOutput.open(output, blog));

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("is inside the blog's " + inside.split("/")[0] + "/ folder", "target/site");
    assertThat(TestSites.files(blog)).isEqualTo(before);
    if (Files.isDirectory(output.getParent())) {
      assertThat(siblingsOf(output))
          .noneMatch(name -> name.startsWith("." + output.getFileName() + ".staging-"));
    }
  }

  @Test
  void theDefaultOutputInsideTheBlogsTargetFolderIsAccepted() throws IOException {
    Path blog = blog();
    Path output = blog.resolve("target/site");

    try (SiteOutput site = SiteOutput.open(output, blog)) {
      site.write("index.html", "<p>hi</p>");
      site.commit();
    }

    assertThat(output.resolve("index.html")).hasContent("<p>hi</p>");
  }

  @Test
  void anEmptyExistingFolderIsAcceptedAndFilled() throws IOException {
    Path blog = blog();
    Path output = Files.createDirectories(dir.resolve("public"));

    try (SiteOutput site = SiteOutput.open(output, blog)) {
      site.write("index.html", "<p>hello</p>");
      site.write("diary/first.html", "<p>first</p>".getBytes(StandardCharsets.UTF_8));
      assertThat(site.filesWritten()).isEqualTo(2);
      // Nothing reaches the output folder before commit.
      assertThat(TestSites.files(output)).isEmpty();
      site.commit();
    }

    assertThat(TestSites.files(output))
        .containsExactly(SiteOutput.MARKER, "diary/first.html", "index.html");
    assertThat(output.resolve("index.html")).hasContent("<p>hello</p>");
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "public");
  }

  @Test
  void aMissingFolderAndItsParentsAreCreated() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("build/www/site");

    try (SiteOutput site = SiteOutput.open(output, blog)) {
      site.write("index.html", "x");
      site.commit();
    }

    assertThat(TestSites.files(output)).containsExactly(SiteOutput.MARKER, "index.html");
  }

  @Test
  void commitReplacesThePreviousSiteWholeAndLeavesTheMarker() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("out");
    try (SiteOutput first = SiteOutput.open(output, blog)) {
      first.write("index.html", "old home");
      first.write("2013/gone.html", "a post deleted since");
      first.copy(blog.resolve("static/logo.txt"), "logo.txt");
      first.commit();
    }
    assertThat(output.resolve(SiteOutput.MARKER)).isRegularFile();

    try (SiteOutput second = SiteOutput.open(output, blog)) {
      second.write("index.html", "new home");
      // Until commit the previous site is served as it was.
      assertThat(output.resolve("index.html")).hasContent("old home");
      second.commit();
    }

    assertThat(TestSites.files(output)).containsExactly(SiteOutput.MARKER, "index.html");
    assertThat(output.resolve("index.html")).hasContent("new home");
    assertThat(output.resolve("2013")).doesNotExist();
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "out");
  }

  @Test
  void closeWithoutCommitDeletesTheStagingFolderAndKeepsThePreviousSite() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("out");
    try (SiteOutput first = SiteOutput.open(output, blog)) {
      first.write("index.html", "previous");
      first.commit();
    }

    try (SiteOutput failed = SiteOutput.open(output, blog)) {
      failed.write("index.html", "half-built");
      failed.write("deep/nested/page.html", "half-built");
      assertThat(siblingsOf(output))
          .as("a staging folder beside the output while building")
          .anyMatch(name -> name.startsWith(".out.staging-"));
      // No commit: the build failed.
    }

    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "out");
    assertThat(TestSites.files(output)).containsExactly(SiteOutput.MARKER, "index.html");
    assertThat(output.resolve("index.html")).hasContent("previous");
  }

  @Test
  void pathsEscapingTheSiteAreRejected() {
    Path blog = blog();
    try (SiteOutput site = SiteOutput.open(dir.resolve("out"), blog)) {
      for (String path : new String[] {"../evil.html", "a/../../evil.html", ""}) {
        assertThat(
                catchThrowableOfType(IllegalArgumentException.class, () -> site.write(path, "x")))
            .as(path)
            .isNotNull();
      }
    }
    assertThat(dir.resolve("evil.html")).doesNotExist();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private Path blog() {
    return TestSites.write(
        dir.resolve("blog"),
        """
        --- site.yaml ---
        title: Mine
        --- posts/diary/a.md ---
        ---
        title: A
        date: 2014-01-02 10:00
        ---
        Body.
        --- static/logo.txt ---
        logo
        """);
  }

  private static List<String> siblingsOf(Path path) {
    try (Stream<Path> list = Files.list(path.getParent())) {
      return list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
