package io.sitegen.generator.write;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in at the end, so a
 * failed build leaves the previous site exactly as it was. The output folder is replaced only if
 * site-gen made it (it holds {@link #MARKER}) or it is empty: a mistyped {@code --output} must
 * never delete a user's files.
 *
 * <p>The swap is two renames (output to {@code .out.old-*}, staging to output). If the second fails
 * the old site is renamed back; if the process is killed between them, the next build renames the
 * old site back before anything else. Staging and old folders a killed build left are deleted by
 * the next one: they are recognised by their name and the marker inside, and a staging folder still
 * in use by another build is locked. An output folder that cannot be renamed (a mount point, such
 * as a Docker volume) has its contents replaced in place instead.
 */
public final class SiteOutput implements OutputFolder {

  /** Marks a folder as written by site-gen, so the next build may replace it. */
  public static final String MARKER = ".sitegen-output";

  /** The kinds of folder beside the output folder, as {@link Leftovers} names them. */
  static final String STAGING = "staging";

  static final String OLD = "old";

  static final String MARKER_TEXT =
      "This folder is written by site-gen; it is replaced on every build.\n";
  private static final String STAGE = "write";

  /** Renames a folder; a seam so tests can fail or interrupt the swap. */
  @FunctionalInterface
  interface Rename {
    void move(Path from, Path to) throws IOException;
  }

  static final Rename ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

  private final Path outputDir;
  private final Path staging;
  private final FileChannel lock;
  private final Rename rename;
  private final Consumer<String> warn;
  private final AtomicInteger written = new AtomicInteger();
  private boolean committed;
  private volatile boolean closed;

  private SiteOutput(
      Path outputDir, Path staging, FileChannel lock, Rename rename, Consumer<String> warn) {
    this.outputDir = outputDir;
    this.staging = staging;
    this.lock = lock;
    this.rename = rename;
    this.warn = warn;
  }

  /**
   * Checks that {@code outputDir} may be replaced and opens a staging folder beside it.
   *
   * @param sourceDir the blog folder, which the output must neither be nor contain
   * @param warn told when the output folder cannot be swapped whole
   */
  public static SiteOutput open(Path outputDir, Path sourceDir, Consumer<String> warn) {
    return open(outputDir, sourceDir, warn, ATOMIC);
  }

  static SiteOutput open(Path outputDir, Path sourceDir, Consumer<String> warn, Rename rename) {
    Leftovers leftovers = new Leftovers(outputDir);
    leftovers.restoreOld(rename);
    checkReplaceable(outputDir, sourceDir);
    leftovers.delete();
    try {
      Files.createDirectories(outputDir.getParent());
      Leftovers.InUse staging = leftovers.newFolder(STAGING, MARKER_TEXT);
      return new SiteOutput(outputDir, staging.folder(), staging.lock(), rename, warn);
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
  public Changes commit() {
    Changes changes = new Changes(written.incrementAndGet(), 0, 0); // with the marker
    Path old = new Leftovers(outputDir).name(OLD);
    try {
      if (!Files.exists(outputDir)) {
        rename.move(staging, outputDir);
        committed = true;
        return changes;
      }
      try {
        rename.move(outputDir, old);
      } catch (IOException e) {
        replaceInPlace(e);
        committed = true;
        return changes;
      }
      try {
        rename.move(staging, outputDir);
      } catch (IOException e) {
        rename.move(old, outputDir);
        throw e;
      }
      committed = true;
      deleteQuietly(old);
      return changes;
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "cannot move the new site into " + outputDir + ": " + e.getMessage(),
              "The previous site is left as it was; check the folder's permissions"),
          e);
    } finally {
      // Held through the renames, so no other build takes this folder for a leftover.
      releaseLock();
    }
  }

  /**
   * Replaces the output folder's contents when the folder itself cannot be renamed: a mount point
   * answers EBUSY or EXDEV. Readers may see a mix of old and new files for a moment.
   */
  private void replaceInPlace(IOException why) throws IOException {
    warn.accept(
        "the output folder "
            + outputDir
            + " cannot be renamed ("
            + why.getMessage()
            + "; is it a mount point?), so its contents are replaced in place. Mount its parent"
            + " folder instead to swap the site in whole");
    try (Stream<Path> entries = Files.list(outputDir)) {
      for (Path entry : entries.toList()) {
        deleteTree(entry);
      }
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      for (Path from : walk.toList()) {
        Path to = outputDir.resolve(staging.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    deleteQuietly(staging);
  }

  /** Deletes the staging folder unless it was committed. */
  @Override
  public void close() {
    closed = true;
    releaseLock();
    if (!committed) {
      // The build already failed for a better reason; a leftover is deleted by the next build.
      deleteQuietly(staging);
    }
  }

  private void releaseLock() {
    try {
      lock.close();
    } catch (IOException e) {
      // Closing releases the lock even when it reports an error.
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      deleteTree(folder);
    } catch (IOException | UncheckedIOException e) {
      // Left for the next build, which deletes what earlier builds left.
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
