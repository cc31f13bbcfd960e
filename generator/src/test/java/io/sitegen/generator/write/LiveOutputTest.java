package io.sitegen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder of a build's changed files beside a {@link LiveOutput}: a build killed before it ends
 * leaves it, and the next build deletes it, but never one another build still uses nor a user's
 * folder of a similar name.
 */
class LiveOutputTest {

  @TempDir Path dir;

  /** Stages a file into the output folder {@code args[0]} and dies before the commit ends. */
  public static void main(String[] args) {
    LiveOutput live = LiveOutput.open(Path.of(args[0]), Path.of(args[1])).begin();
    live.write("index.html", "never committed".getBytes());
    Runtime.getRuntime().halt(137);
  }

  @Test
  void theChangesAKilledBuildLeftAreDeletedByTheNextBuild() throws Exception {
    Path blog = blog();
    Path out = built(blog);
    Process killed =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LiveOutputTest.class.getName(),
                out.toString(),
                blog.toString())
            .inheritIO()
            .start();
    assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(killed.exitValue()).isEqualTo(137);
    assertThat(changesFolders()).hasSize(1);
    // Named like ours but without the marker: a user's, left alone.
    Files.createDirectories(dir.resolve(".out.changes-notes"));
    Files.writeString(dir.resolve(".out.changes-notes/todo.txt"), "mine");

    LiveOutput next = LiveOutput.open(out, blog);
    assertThat(changesFolders()).containsExactly(".out.changes-notes");
    assertThat(out.resolve("index.html")).hasContent("home");
    try (LiveOutput build = next.begin()) {
      build.write("index.html", "new home".getBytes());
      build.commit();
    }
    assertThat(out.resolve("index.html")).hasContent("new home");
    assertThat(changesFolders()).containsExactly(".out.changes-notes");
    assertThat(dir.resolve(".out.changes-notes/todo.txt")).hasContent("mine");
  }

  @Test
  void theChangesOfABuildStillRunningAreKept() {
    Path blog = blog();
    Path out = built(blog);
    try (LiveOutput running = LiveOutput.open(out, blog).begin()) {
      running.write("index.html", "running".getBytes());
      LiveOutput.open(out, blog);
      assertThat(changesFolders()).hasSize(1);
      running.commit();
    }
    assertThat(out.resolve("index.html")).hasContent("running");
    assertThat(changesFolders()).isEmpty();
  }

  /** An output folder {@code out} that a build wrote, holding "home". */
  private Path built(Path blog) {
    Path out = dir.resolve("out");
    try (LiveOutput first = LiveOutput.open(out, blog).begin()) {
      first.write("index.html", "home".getBytes());
      first.commit();
    }
    return out;
  }

  private List<String> changesFolders() {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".out.changes-"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blog folder: a live output only checks that it does not hold the output folder. */
  private Path blog() {
    try {
      return Files.createDirectories(dir.resolve("blog"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
