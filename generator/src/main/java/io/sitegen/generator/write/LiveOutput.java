package io.sitegen.generator.write;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output folder of a preview, which outlives many builds. Each build stages only the files
 * whose content differs from what the folder holds, and {@link #commit} moves them in and deletes
 * the files the build no longer produced; a failed build changes nothing. The folder is never
 * swapped whole: the preview server is reading from it.
 */
public final class LiveOutput implements OutputFolder {

  /** What the folder holds, path by path: a content hash or, for copied files, their identity. */
  private final Map<String, String> published = new HashMap<>();

  private final Path outputDir;
  private Build build;
  private Changes lastChanges = new Changes(0, 0);

  private LiveOutput(Path outputDir) {
    this.outputDir = outputDir;
  }

  /**
   * Opens {@code outputDir} under the same rules as a full build. Files already there are unknown,
   * so the first build rewrites or deletes each of them.
   */
  public static LiveOutput open(Path outputDir, Path sourceDir) {
    SiteOutput.checkReplaceable(outputDir, sourceDir);
    LiveOutput live = new LiveOutput(outputDir);
    if (Files.isDirectory(outputDir)) {
      try (Stream<Path> walk = Files.walk(outputDir)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().equals(SiteOutput.MARKER))
            .forEach(f -> live.published.put(relative(outputDir, f), "unknown"));
      } catch (IOException | UncheckedIOException e) {
        throw failure("cannot list " + outputDir + ": " + e.getMessage(), e);
      }
    }
    return live;
  }

  /** What one build changed in the folder. */
  public record Changes(int written, int deleted) {}

  /** Starts a build; every file it wants must be written, copied or kept before the commit. */
  public LiveOutput begin() {
    if (build != null) {
      throw new IllegalStateException("the previous build was neither committed nor closed");
    }
    try {
      Files.createDirectories(outputDir.getParent());
      build =
          new Build(
              Files.createTempDirectory(
                  outputDir.getParent(), "." + outputDir.getFileName() + ".changes-"));
      return this;
    } catch (IOException e) {
      throw failure("cannot create a folder beside " + outputDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(String outputPath, byte[] bytes) {
    stage(outputPath, sha256(bytes), staged -> Files.write(staged, bytes));
  }

  @Override
  public void copy(Path source, String outputPath) {
    String identity;
    try {
      BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
      identity =
          "file "
              + source
              + " "
              + attributes.size()
              + " "
              + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      throw failure("cannot read " + source + ": " + e.getMessage(), e);
    }
    stage(
        outputPath,
        identity,
        staged -> Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING));
  }

  @Override
  public boolean keep(String outputPath) {
    String fingerprint = published.get(outputPath);
    if (fingerprint == null
        || fingerprint.equals("unknown")
        || !Files.isRegularFile(resolve(outputDir, outputPath))) {
      return false;
    }
    current().wanted.put(outputPath, fingerprint);
    return true;
  }

  /** The files changed by the last committed build. */
  public Changes lastChanges() {
    return lastChanges;
  }

  @Override
  public void commit() {
    Build b = current();
    try {
      for (String path : b.staged) {
        Path target = resolve(outputDir, path);
        Files.createDirectories(target.getParent());
        Files.move(
            resolve(b.folder, path),
            target,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      int deleted = 0;
      for (String path : List.copyOf(published.keySet())) {
        if (!b.wanted.containsKey(path)) {
          deleteWithEmptyParents(resolve(outputDir, path));
          deleted++;
        }
      }
      Path marker = outputDir.resolve(SiteOutput.MARKER);
      if (!Files.exists(marker)) {
        Files.writeString(
            marker, "This folder is written by site-gen; it is replaced on every build.\n");
      }
      published.clear();
      published.putAll(b.wanted);
      lastChanges = new Changes(b.staged.size(), deleted);
    } catch (IOException | UncheckedIOException e) {
      // Half moved: forget what the folder holds, so the next build rewrites every file.
      published.replaceAll((path, fingerprint) -> "unknown");
      throw failure("cannot update " + outputDir + ": " + e.getMessage(), e);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    if (build != null) {
      try {
        SiteOutput.deleteTree(build.folder);
      } catch (IOException | UncheckedIOException e) {
        // A leftover folder of staged files is harmless; the next build makes a new one.
      }
      build = null;
    }
  }

  /** The files of one build: all it wants, and those staged because they changed. */
  private record Build(Path folder, Map<String, String> wanted, Set<String> staged) {
    Build(Path folder) {
      this(folder, new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
    }
  }

  private interface Staging {
    void into(Path staged) throws IOException;
  }

  private void stage(String outputPath, String fingerprint, Staging staging) {
    Build b = current();
    Path staged = resolve(b.folder, outputPath);
    b.wanted.put(outputPath, fingerprint);
    if (fingerprint.equals(published.get(outputPath))
        && Files.isRegularFile(resolve(outputDir, outputPath))) {
      return;
    }
    try {
      Files.createDirectories(staged.getParent());
      staging.into(staged);
      b.staged.add(outputPath);
    } catch (IOException e) {
      throw failure("cannot write " + outputPath + ": " + e.getMessage(), e);
    }
  }

  private Build current() {
    if (build == null) {
      throw new IllegalStateException("no build started; call begin()");
    }
    return build;
  }

  private void deleteWithEmptyParents(Path file) throws IOException {
    Files.deleteIfExists(file);
    // A folder may be gone already: deleted by hand (or "mvn clean") while the preview ran.
    for (Path dir = file.getParent();
        !dir.equals(outputDir) && Files.isDirectory(dir);
        dir = dir.getParent()) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(dir);
    }
  }

  private static Path resolve(Path root, String outputPath) {
    Path target = root.resolve(outputPath).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("output path escapes the site: " + outputPath);
    }
    return target;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static BuildException failure(String message, Exception cause) {
    return new BuildException("write", Problem.general(message, ""), cause);
  }
}
