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
 * An output folder that outlives many builds: a preview's, or one a build cache remembers. Each
 * build stages only the files whose content differs from what the folder holds, and {@link #commit}
 * moves them in and deletes the files the build no longer produced; a failed build changes nothing.
 * The folder is never swapped whole: a preview server is reading from it, and a publish after a
 * build that changed nothing must find every file as it was.
 */
public final class LiveOutput implements OutputFolder {

  /** The kind of folder beside the output folder that stages a build's changed files. */
  static final String CHANGES = "changes";

  private static final Recorded UNKNOWN = new Recorded("unknown", "");

  /**
   * A file of the folder as a build left it.
   *
   * @param fingerprint a content hash or, for copied files, their source's identity
   * @param stat its size, time and file key, which a hand edit or a new file changes
   */
  public record Recorded(String fingerprint, String stat) {}

  /** What the folder holds, path by path. */
  private final Map<String, Recorded> published = new HashMap<>();

  private final Path outputDir;
  private Build build;

  private LiveOutput(Path outputDir) {
    this.outputDir = outputDir;
  }

  /**
   * Opens {@code outputDir} under the same rules as a full build. Files already there are unknown,
   * so the first build rewrites or deletes each of them.
   */
  public static LiveOutput open(Path outputDir, Path sourceDir) {
    return open(outputDir, sourceDir, Map.of());
  }

  /**
   * Opens {@code outputDir} as a build left it that recorded {@code recorded}. A file whose size,
   * time or file key differs from the record (edited by hand, or moved in by a build killed before
   * it recorded anything) is unknown, like every file the record does not name.
   */
  public static LiveOutput open(Path outputDir, Path sourceDir, Map<String, Recorded> recorded) {
    Leftovers leftovers = new Leftovers(outputDir);
    leftovers.restoreOld(SiteOutput.ATOMIC);
    SiteOutput.checkReplaceable(outputDir, sourceDir);
    leftovers.delete();
    LiveOutput live = new LiveOutput(outputDir);
    if (Files.isDirectory(outputDir)) {
      try (Stream<Path> walk = Files.walk(outputDir)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().equals(SiteOutput.MARKER))
            .forEach(
                f -> {
                  String path = relative(outputDir, f);
                  Recorded known = recorded.get(path);
                  live.published.put(
                      path, known != null && known.stat().equals(stat(f)) ? known : UNKNOWN);
                });
      } catch (IOException | UncheckedIOException e) {
        throw failure("cannot list " + outputDir + ": " + e.getMessage(), e);
      }
    }
    return live;
  }

  /** What the folder holds since the last commit, path by path. */
  public Map<String, Recorded> published() {
    return Map.copyOf(published);
  }

  /** Starts a build; every file it wants must be written, copied or kept before the commit. */
  public LiveOutput begin() {
    if (build != null) {
      throw new IllegalStateException("the previous build was neither committed nor closed");
    }
    try {
      Files.createDirectories(outputDir.getParent());
      // Marked and locked: a build killed before it ends leaves it for the next one to delete.
      build = new Build(new Leftovers(outputDir).newFolder(CHANGES, SiteOutput.MARKER_TEXT));
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
    Recorded known = published.get(outputPath);
    if (known == null || known == UNKNOWN || !Files.isRegularFile(resolve(outputDir, outputPath))) {
      return false;
    }
    current().wanted.put(outputPath, known.fingerprint());
    return true;
  }

  @Override
  public Changes commit() {
    Build b = current();
    try {
      Map<String, String> moved = new HashMap<>();
      for (String path : b.staged) {
        Path target = resolve(outputDir, path);
        Files.createDirectories(target.getParent());
        Files.move(
            resolve(b.folder(), path),
            target,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        moved.put(path, stat(target));
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
        Files.writeString(marker, SiteOutput.MARKER_TEXT);
      }
      Map<String, Recorded> now = new HashMap<>();
      b.wanted.forEach(
          (path, fingerprint) ->
              now.put(
                  path,
                  new Recorded(
                      fingerprint,
                      moved.containsKey(path) ? moved.get(path) : published.get(path).stat())));
      published.clear();
      published.putAll(now);
      return new Changes(b.staged.size(), b.wanted.size() - b.staged.size(), deleted);
    } catch (IOException | UncheckedIOException e) {
      // Half moved: forget what the folder holds, so the next build rewrites every file.
      published.replaceAll((path, known) -> UNKNOWN);
      throw failure("cannot update " + outputDir + ": " + e.getMessage(), e);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    if (build != null) {
      try {
        build.changes().lock().close();
        SiteOutput.deleteTree(build.folder());
      } catch (IOException | UncheckedIOException e) {
        // A leftover folder of staged files is harmless; the next build deletes it.
      }
      build = null;
    }
  }

  /**
   * The files of one build: all it wants, and those staged in {@code changes} because they changed.
   */
  private record Build(Leftovers.InUse changes, Map<String, String> wanted, Set<String> staged) {
    Build(Leftovers.InUse changes) {
      this(changes, new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
    }

    Path folder() {
      return changes.folder();
    }
  }

  private interface Staging {
    void into(Path staged) throws IOException;
  }

  private void stage(String outputPath, String fingerprint, Staging staging) {
    Build b = current();
    Path staged = resolve(b.folder(), outputPath);
    b.wanted.put(outputPath, fingerprint);
    Recorded known = published.get(outputPath);
    if (known != null
        && fingerprint.equals(known.fingerprint())
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

  /** What changes when the file is written, replaced or edited: its size, time and file key. */
  private static String stat(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + " " + attributes.lastModifiedTime() + " " + attributes.fileKey();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
