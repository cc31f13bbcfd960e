package io.sitegen.generator.write;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The folders builds make beside the output folder {@code out}: {@link SiteOutput}'s {@code
 * .out.staging-<time>-<n>} while building and {@code .out.old-<time>-<n>} during the swap, and
 * {@link LiveOutput}'s {@code .out.changes-<time>-<n>} of one build's changed files. A build killed
 * at the wrong moment leaves them behind; the next build of the same output folder puts an old site
 * back if there is no output folder, and deletes the rest. Only folders with site-gen's marker
 * inside are touched, and never one whose marker another build holds locked.
 */
final class Leftovers {

  private final Path outputDir;
  private final String prefix;

  Leftovers(Path outputDir) {
    this.outputDir = outputDir;
    this.prefix = "." + outputDir.getFileName() + ".";
  }

  /** A fresh sibling name of this kind; the time first, so names sort by age. */
  Path name(String kind) {
    return outputDir.resolveSibling(
        prefix
            + kind
            + "-"
            + String.format("%013d", System.currentTimeMillis())
            + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
  }

  /**
   * A fresh sibling folder of a running build, with the umask's mode (not createTempDirectory's
   * 0700: a staging folder becomes the output folder, which a web server running as another user
   * must read). It holds the marker, locked until {@code lock} is closed, so no other build deletes
   * it while this one runs, and the next build deletes it if this one is killed.
   */
  InUse newFolder(String kind, String markerText) throws IOException {
    Path folder = Files.createDirectory(name(kind));
    try {
      Path marker = folder.resolve(SiteOutput.MARKER);
      Files.writeString(marker, markerText);
      FileChannel lock = FileChannel.open(marker, StandardOpenOption.WRITE);
      try {
        lock.lock();
      } catch (IOException | RuntimeException e) {
        lock.close();
        throw e;
      }
      return new InUse(folder, lock);
    } catch (IOException | RuntimeException e) {
      SiteOutput.deleteTree(folder);
      throw e;
    }
  }

  /** A folder a running build holds, and the lock on its marker. */
  record InUse(Path folder, FileChannel lock) {}

  /** A build killed between the two renames of its swap left no output folder: put it back. */
  void restoreOld(SiteOutput.Rename rename) {
    if (Files.exists(outputDir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> olds = ours("old");
    if (olds.isEmpty()) {
      return;
    }
    Path newest = olds.get(olds.size() - 1);
    try {
      rename.move(newest, outputDir);
    } catch (IOException e) {
      throw new BuildException(
          "write",
          Problem.general(
              "an earlier build was stopped while it swapped the site in, and its previous site "
                  + newest
                  + " cannot be put back at "
                  + outputDir
                  + ": "
                  + e.getMessage(),
              "Rename that folder to " + outputDir.getFileName() + " yourself, or delete it"),
          e);
    }
  }

  /** Deletes the folders earlier builds left, except those in use. */
  void delete() {
    for (String kind : List.of(SiteOutput.STAGING, SiteOutput.OLD, LiveOutput.CHANGES)) {
      for (Path folder : ours(kind)) {
        if (!inUse(folder)) {
          try {
            SiteOutput.deleteTree(folder);
          } catch (IOException | UncheckedIOException e) {
            // Tried again by the next build; a leftover costs only disk space.
          }
        }
      }
    }
  }

  /** Sibling folders of this kind that hold the marker, oldest first. */
  private List<Path> ours(String kind) {
    Path parent = outputDir.getParent();
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> siblings = Files.list(parent)) {
      return siblings
          .filter(p -> p.getFileName().toString().startsWith(prefix + kind + "-"))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> Files.isRegularFile(p.resolve(SiteOutput.MARKER), LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /** Whether a build (of this or another process) still holds the folder's marker locked. */
  private static boolean inUse(Path folder) {
    try (FileChannel channel =
        FileChannel.open(folder.resolve(SiteOutput.MARKER), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      // Cannot even open it: leave it alone.
      return true;
    }
  }
}
