package io.sitegen.generator.write;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in at the end, so a
 * failed build leaves the previous site exactly as it was. The output folder is replaced only if
 * site-gen made it (it holds {@link #MARKER}) or it is empty: a mistyped {@code --output} must
 * never delete a user's files.
 */
public final class SiteOutput implements OutputFolder {

  /** Marks a folder as written by site-gen, so the next build may replace it. */
  public static final String MARKER = ".sitegen-output";

  private static final String STAGE = "write";

  private final Path outputDir;
  private final Path staging;
  private final AtomicInteger written = new AtomicInteger();
  private boolean committed;
  private volatile boolean closed;

  private SiteOutput(Path outputDir, Path staging) {
    this.outputDir = outputDir;
    this.staging = staging;
  }

  /**
   * Checks that {@code outputDir} may be replaced and opens a staging folder beside it.
   *
   * @param sourceDir the blog folder, which the output must neither be nor contain
   */
  public static SiteOutput open(Path outputDir, Path sourceDir) {
    checkReplaceable(outputDir, sourceDir);
    try {
      Path parent = outputDir.getParent();
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + outputDir.getFileName() + ".staging-");
      return new SiteOutput(outputDir, staging);
    } catch (IOException e) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "cannot create a folder beside " + outputDir + ": " + e.getMessage(),
              "Check that its parent folder is writable"),
          e);
    }
  }

  /** Refuses an output folder that holds the blog or files site-gen did not write. */
  static void checkReplaceable(Path outputDir, Path sourceDir) {
    if (sourceDir.startsWith(outputDir)) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "the output folder " + outputDir + " contains the blog folder " + sourceDir,
              "Choose an output folder outside the blog, e.g. target/site"));
    }
    for (String input : new String[] {"posts", "static", "templates", "photos", "comments"}) {
      if (outputDir.startsWith(sourceDir.resolve(input))) {
        throw new BuildException(
            STAGE,
            Problem.general(
                "the output folder " + outputDir + " is inside the blog's " + input + "/ folder",
                "Choose an output folder such as target/site"));
      }
    }
    if (!Files.exists(outputDir) || Files.isRegularFile(outputDir.resolve(MARKER))) {
      return;
    }
    if (!Files.isDirectory(outputDir) || !isEmpty(outputDir)) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "the output folder "
                  + outputDir
                  + " exists and was not written by site-gen, so it is left alone",
              "Choose another output folder, or empty or remove this one"));
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void write(String outputPath, byte[] bytes) {
    Path target = resolve(outputPath);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      written.incrementAndGet();
    } catch (IOException e) {
      throw new BuildException(
          STAGE, Problem.general("cannot write " + target + ": " + e.getMessage(), ""), e);
    }
  }

  @Override
  public void copy(Path source, String outputPath) {
    Path target = resolve(outputPath);
    try {
      Files.createDirectories(target.getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      written.incrementAndGet();
    } catch (IOException e) {
      throw new BuildException(
          STAGE, Problem.general("cannot copy " + source + ": " + e.getMessage(), ""), e);
    }
  }

  /** A fresh folder has no previous build to keep files from. */
  @Override
  public boolean keep(String outputPath) {
    return false;
  }

  /** Files written so far. */
  public int filesWritten() {
    return written.get();
  }

  private Path resolve(String outputPath) {
    if (closed) {
      throw new IllegalStateException("the staging folder is closed; nothing more may be written");
    }
    Path target = staging.resolve(outputPath).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new IllegalArgumentException("output path escapes the site: " + outputPath);
    }
    return target;
  }

  /** Swaps the staging folder in place of the output folder. */
  @Override
  public void commit() {
    write(MARKER, "This folder is written by site-gen; it is replaced on every build.\n");
    Path old =
        outputDir.resolveSibling("." + outputDir.getFileName() + ".old-" + System.nanoTime());
    try {
      boolean hadOld = Files.exists(outputDir);
      if (hadOld) {
        Files.move(outputDir, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, outputDir, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      if (hadOld) {
        deleteTree(old);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException(
          STAGE,
          Problem.general("cannot move the new site into " + outputDir + ": " + e.getMessage(), ""),
          e);
    }
  }

  /** Deletes the staging folder unless it was committed. */
  @Override
  public void close() {
    closed = true;
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException | UncheckedIOException e) {
        // The build already failed for a better reason; a leftover staging folder is harmless.
      }
    }
  }

  /** Deletes a folder tree, files in parallel: an old site can hold tens of thousands. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            files.add(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            dirs.add(dir);
            return FileVisitResult.CONTINUE;
          }
        });
    files.parallelStream()
        .forEach(
            file -> {
              try {
                Files.delete(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    // Post-order: every folder comes after its contents.
    for (Path dir : dirs) {
      Files.delete(dir);
    }
  }
}
