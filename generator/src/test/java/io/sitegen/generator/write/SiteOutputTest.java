package io.sitegen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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

  private final List<String> warnings = new ArrayList<>();

  @Test
  void aNonEmptyFolderWithoutTheMarkerIsRefusedAndLeftAlone() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("documents");
    Files.createDirectories(output.resolve("taxes"));
    Files.writeString(output.resolve("thesis.txt"), "years of work");
    Files.writeString(output.resolve("taxes/2025.pdf"), "receipts");

    BuildException e =
        catchThrowableOfType(
            BuildException.class, () -> SiteOutput.open(output, blog, warnings::add));

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
        catchThrowableOfType(
            BuildException.class, () -> SiteOutput.open(output, blog, warnings::add));

    assertThat(e).isNotNull();
    assertThat(output.resolve(".bashrc")).hasContent("alias ll='ls -l'");
  }

  @Test
  void aFileWhereTheOutputFolderShouldBeIsRefusedAndLeftAlone() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("notes.txt");
    Files.writeString(output, "do not delete");

    BuildException e =
        catchThrowableOfType(
            BuildException.class, () -> SiteOutput.open(output, blog, warnings::add));

    assertThat(e).isNotNull();
    assertThat(output).isRegularFile().hasContent("do not delete");
  }

  @Test
  void theBlogFolderItselfIsRefusedAsOutput() throws IOException {
    Path blog = blog();
    List<String> before = TestSites.files(blog);

    BuildException e =
        catchThrowableOfType(
            BuildException.class, () -> SiteOutput.open(blog, blog, warnings::add));

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

    BuildException e =
        catchThrowableOfType(BuildException.class, () -> SiteOutput.open(dir, blog, warnings::add));

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
        catchThrowableOfType(
            BuildException.class, () -> SiteOutput.open(output, blog, warnings::add));

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

    try (SiteOutput site = SiteOutput.open(output, blog, warnings::add)) {
      site.write("index.html", "<p>hi</p>");
      site.commit();
    }

    assertThat(output.resolve("index.html")).hasContent("<p>hi</p>");
  }

  @Test
  void anEmptyExistingFolderIsAcceptedAndFilled() throws IOException {
    Path blog = blog();
    Path output = Files.createDirectories(dir.resolve("public"));

    try (SiteOutput site = SiteOutput.open(output, blog, warnings::add)) {
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

    try (SiteOutput site = SiteOutput.open(output, blog, warnings::add)) {
      site.write("index.html", "x");
      site.commit();
    }

    assertThat(TestSites.files(output)).containsExactly(SiteOutput.MARKER, "index.html");
  }

  @Test
  void commitReplacesThePreviousSiteWholeAndLeavesTheMarker() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("out");
    try (SiteOutput first = SiteOutput.open(output, blog, warnings::add)) {
      first.write("index.html", "old home");
      first.write("2013/gone.html", "a post deleted since");
      first.copy(blog.resolve("static/logo.txt"), "logo.txt");
      first.commit();
    }
    assertThat(output.resolve(SiteOutput.MARKER)).isRegularFile();

    try (SiteOutput second = SiteOutput.open(output, blog, warnings::add)) {
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
    try (SiteOutput first = SiteOutput.open(output, blog, warnings::add)) {
      first.write("index.html", "previous");
      first.commit();
    }

    try (SiteOutput failed = SiteOutput.open(output, blog, warnings::add)) {
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
    try (SiteOutput site = SiteOutput.open(dir.resolve("out"), blog, warnings::add)) {
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

  @Test
  void theOutputFolderAndFilesGetTheUmasksModes() throws IOException {
    Path blog = blog();
    Path output = dir.resolve("out");
    // What the umask gives a folder and a file made here (0755 and 0644 by default).
    Set<PosixFilePermission> folderMode =
        Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("reference")));
    Set<PosixFilePermission> fileMode =
        Files.getPosixFilePermissions(Files.writeString(dir.resolve("reference.txt"), "x"));

    try (SiteOutput site = SiteOutput.open(output, blog, warnings::add)) {
      site.write("index.html", "home");
      site.write("diary/a.html", "a");
      site.commit();
    }

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
        .isEqualTo(PosixFilePermissions.toString(folderMode));
    assertThat(Files.getPosixFilePermissions(output.resolve("diary"))).isEqualTo(folderMode);
    assertThat(Files.getPosixFilePermissions(output.resolve("index.html"))).isEqualTo(fileMode);
    assertThat(Files.getPosixFilePermissions(output.resolve(SiteOutput.MARKER)))
        .isEqualTo(fileMode);
  }

  @Test
  void aFailedSecondRenamePutsThePreviousSiteBack() throws IOException {
    Path blog = blog();
    Path output = previous(blog);
    SiteOutput.Rename failsOnStaging =
        failing(
            SiteOutputTest::isStaging,
            (from, to) -> {
              throw new FileSystemException(from.toString(), to.toString(), "No space left");
            });

    try (SiteOutput site = SiteOutput.open(output, blog, warnings::add, failsOnStaging)) {
      site.write("index.html", "new home");
      BuildException e = catchThrowableOfType(BuildException.class, site::commit);
      assertThat(e.getMessage()).contains("cannot move the new site into", "previous site is left");
    }

    assertThat(output.resolve("index.html")).hasContent("old home");
    assertThat(TestSites.files(output)).containsExactly(SiteOutput.MARKER, "index.html");
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "out");
  }

  /** A kill between the two renames of the swap: nothing of the swap's code runs after it. */
  static final class Killed extends Error {}

  @Test
  void aBuildKilledBetweenTheRenamesIsRepairedByTheNextBuild() throws IOException {
    Path blog = blog();
    Path output = previous(blog);
    SiteOutput.Rename killedOnStaging =
        failing(
            SiteOutputTest::isStaging,
            (from, to) -> {
              throw new Killed();
            });
    SiteOutput killed = SiteOutput.open(output, blog, warnings::add, killedOnStaging);
    killed.write("index.html", "half swapped");
    assertThat(catchThrowableOfType(Killed.class, killed::commit)).isNotNull();
    // No close: the process is gone. The old site is beside the missing output folder.
    assertThat(output).doesNotExist();
    assertThat(siblingsOf(output))
        .anyMatch(name -> name.startsWith(".out.old-"))
        .anyMatch(name -> name.startsWith(".out.staging-"));

    try (SiteOutput next = SiteOutput.open(output, blog, warnings::add)) {
      assertThat(output.resolve("index.html"))
          .as("the previous site is back before the next build writes")
          .hasContent("old home");
      assertThat(siblingsOf(output)).noneMatch(name -> name.startsWith(".out.old-"));
      next.write("index.html", "new home");
      next.commit();
    }

    assertThat(output.resolve("index.html")).hasContent("new home");
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "out");
  }

  @Test
  void foldersEarlierBuildsLeftAreDeletedButOnlyOurs() throws IOException {
    Path blog = blog();
    Path output = previous(blog);
    for (String leftover : List.of(".out.staging-0000000000001-a", ".out.old-0000000000002-b")) {
      Files.createDirectories(dir.resolve(leftover).resolve("deep"));
      Files.writeString(dir.resolve(leftover).resolve(SiteOutput.MARKER), "");
      Files.writeString(dir.resolve(leftover).resolve("deep/page.html"), "340 MB of it");
    }
    // Named like ours but without the marker, or another output folder's: not ours to delete.
    Files.createDirectories(dir.resolve(".out.staging-notes"));
    Files.writeString(dir.resolve(".out.staging-notes/todo.txt"), "mine");
    Files.createDirectories(dir.resolve(".www.old-0000000000003-c"));
    Files.writeString(dir.resolve(".www.old-0000000000003-c").resolve(SiteOutput.MARKER), "");

    try (SiteOutput other = SiteOutput.open(output, blog, warnings::add)) {
      // A build still running keeps its staging folder while another one starts.
      try (SiteOutput site = SiteOutput.open(output, blog, warnings::add)) {
        site.write("index.html", "new home");
        site.commit();
      }
      assertThat(siblingsOf(output).stream().filter(n -> n.startsWith(".out.staging-")))
          .as("the running build's staging folder and the user's folder")
          .hasSize(2)
          .contains(".out.staging-notes");
    }

    assertThat(siblingsOf(output))
        .containsExactlyInAnyOrder("blog", "out", ".out.staging-notes", ".www.old-0000000000003-c");
    assertThat(dir.resolve(".out.staging-notes/todo.txt")).hasContent("mine");
  }

  @Test
  void anOutputFolderThatCannotBeRenamedHasItsContentsReplacedInPlace() throws IOException {
    Path blog = blog();
    Path output = previous(blog);
    Files.writeString(output.resolve("gone.html"), "a page deleted since");
    // A mount point (a Docker volume) cannot be renamed: EBUSY.
    SiteOutput.Rename mountPoint =
        failing(
            output::equals,
            (from, to) -> {
              throw new FileSystemException(
                  from.toString(), to.toString(), "Device or resource busy");
            });
    Object inode = Files.readAttributes(output, "unix:ino").get("ino");

    try (SiteOutput site = SiteOutput.open(output, blog, warnings::add, mountPoint)) {
      site.write("index.html", "new home");
      site.write("diary/a.html", "a");
      site.commit();
    }

    assertThat(Files.readAttributes(output, "unix:ino").get("ino")).isEqualTo(inode);
    assertThat(TestSites.files(output))
        .containsExactly(SiteOutput.MARKER, "diary/a.html", "index.html");
    assertThat(output.resolve("index.html")).hasContent("new home");
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("blog", "out");
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("cannot be renamed", "Device or resource busy", "mount point", "in place");
  }

  /** A rename that fails as {@code failure} says for the folders {@code when} picks. */
  private static SiteOutput.Rename failing(Predicate<Path> when, SiteOutput.Rename failure) {
    return (from, to) -> {
      if (when.test(from)) {
        failure.move(from, to);
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    };
  }

  private static boolean isStaging(Path folder) {
    return folder.getFileName().toString().startsWith(".out.staging-");
  }

  /** An output folder {@code out} that an earlier build wrote, holding "old home". */
  private Path previous(Path blog) {
    Path output = dir.resolve("out");
    try (SiteOutput first = SiteOutput.open(output, blog, warnings::add)) {
      first.write("index.html", "old home");
      first.commit();
    }
    return output;
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
