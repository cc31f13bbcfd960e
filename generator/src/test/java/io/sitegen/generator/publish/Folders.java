package io.sitegen.generator.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of folders for comparing a target with the site it should hold. */
final class Folders {

  private Folders() {}

  /** Each regular file below {@code root} by {@code /}-path, with the SHA-256 of its bytes. */
  static Map<String, String> contents(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(file)) {
          files.put(
              root.relativize(file).toString().replace('\\', '/'),
              sha256(Files.readAllBytes(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What a target should hold after publishing {@code site}: its files but those site-gen keeps for
   * itself (the output folder's marker), and their manifest.
   */
  static Map<String, String> published(Path site) {
    Map<String, String> files = contents(site);
    files.keySet().removeIf(TargetPaths::isReserved);
    files.put(Manifest.FILE_NAME, sha256(Manifest.scan(site).bytes()));
    return files;
  }

  /**
   * Each regular file's identity (inode where the platform has one): a file replaced by a rename
   * gets a new one, so an unchanged identity proves a file was not rewritten.
   */
  static Map<String, Object> identities(Path root) {
    Map<String, Object> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
          Object key = attributes.fileKey();
          files.put(
              root.relativize(file).toString().replace('\\', '/'),
              key != null ? key : attributes.lastModifiedTime());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
