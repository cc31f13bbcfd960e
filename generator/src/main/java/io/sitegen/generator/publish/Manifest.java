package io.sitegen.generator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one publish put on the target: each file's SHA-256 and size by its {@code /}-separated path.
 * Kept on the target as {@value #FILE_NAME}, one {@code sha256 size path} line per file, sorted by
 * path, so the same site always gives the same bytes.
 *
 * @param entries by path, sorted
 */
record Manifest(SortedMap<String, Entry> entries) {

  /** The manifest's name in the target's root folder. */
  static final String FILE_NAME = ".sitegen-manifest";

  private static final String HEADER = "# site-gen publish manifest v1: sha256 size path";
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) ([0-9]+) (.+)");

  /** One published file. */
  record Entry(String sha256, long size) {

    /** The entry of a file with these bytes. */
    static Entry of(byte[] bytes) {
      return new Entry(HexFormat.of().formatHex(Manifest.sha256().digest(bytes)), bytes.length);
    }
  }

  Manifest {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  static Manifest empty() {
    return new Manifest(new TreeMap<>());
  }

  static Manifest of(Map<String, Entry> entries) {
    return new Manifest(new TreeMap<>(entries));
  }

  /**
   * Hashes every regular file below {@code siteDir}, following symbolic links (a link in the built
   * site stands for its content). Names site-gen keeps for itself on the target are left out.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  static Manifest scan(Path siteDir) {
    SortedMap<String, Entry> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(siteDir, FileVisitOption.FOLLOW_LINKS)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        String path = siteDir.relativize(file).toString().replace('\\', '/');
        if (Files.isRegularFile(file) && !TargetPaths.isReserved(path)) {
          entries.put(TargetPaths.checked(path), hash(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Manifest(entries);
  }

  /**
   * Reads a manifest written by {@link #text()}.
   *
   * @throws IllegalArgumentException naming the first bad line, for a manifest this code did not
   *     write or one holding a path that leaves the target folder
   */
  static Manifest parse(String text) {
    SortedMap<String, Entry> entries = new TreeMap<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + number + " is not 'sha256 size path'");
      }
      try {
        entries.put(
            TargetPaths.checked(m.group(3)), new Entry(m.group(1), Long.parseLong(m.group(2))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return new Manifest(entries);
  }

  /** The file's text: a header line, then one line per entry in path order, UTF-8, LF endings. */
  String text() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    entries.forEach(
        (path, entry) ->
            out.append(entry.sha256())
                .append(' ')
                .append(entry.size())
                .append(' ')
                .append(path)
                .append('\n'));
    return out.toString();
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  long totalSize() {
    return entries.values().stream().mapToLong(Entry::size).sum();
  }

  private static Entry hash(Path file) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        size += n;
      }
    }
    return new Entry(HexFormat.of().formatHex(digest.digest()), size);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
