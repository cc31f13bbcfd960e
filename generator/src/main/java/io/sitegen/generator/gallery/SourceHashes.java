package io.sitegen.generator.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of each source image, remembered between builds by path, size and modification time, so a
 * rebuild reads no unchanged photo. The index is a small text file in the cache folder.
 */
final class SourceHashes {

  private record Known(long size, long modified, String hash) {}

  private final Path index;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  SourceHashes(Path cacheDir) {
    this.index = cacheDir.resolve("sources.tsv");
    if (Files.isRegularFile(index)) {
      try {
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", 4);
          if (f.length == 4) {
            known.put(f[3], new Known(Long.parseLong(f[1]), Long.parseLong(f[2]), f[0]));
          }
        }
      } catch (IOException | NumberFormatException e) {
        known.clear(); // a damaged index only costs re-hashing
      }
    }
  }

  String of(Path file) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    String key = file.toAbsolutePath().toString();
    Known cached = known.get(key);
    long modified = attrs.lastModifiedTime().toMillis();
    if (cached != null && cached.size() == attrs.size() && cached.modified() == modified) {
      return cached.hash();
    }
    MessageDigest digest = DerivedNames.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String hash = HexFormat.of().formatHex(digest.digest());
    known.put(key, new Known(attrs.size(), modified, hash));
    return hash;
  }

  /** Writes the index for the next build; losing it is harmless. */
  void save() {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(known)
        .forEach(
            (path, k) ->
                out.append(k.hash())
                    .append('\t')
                    .append(k.size())
                    .append('\t')
                    .append(k.modified())
                    .append('\t')
                    .append(path)
                    .append('\n'));
    try {
      Files.createDirectories(index.getParent());
      Path tmp = Files.createTempFile(index.getParent(), ".sources-", ".tsv");
      Files.writeString(tmp, out, StandardCharsets.UTF_8);
      Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // The next build re-hashes; nothing is lost.
    }
  }
}
