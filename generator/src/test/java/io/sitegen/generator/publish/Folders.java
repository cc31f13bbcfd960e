package io.sitegen.generator.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

  /** The files of a built site that are published: all but the output folder's marker. */
  static Map<String, String> siteFiles(Path site) {
    Map<String, String> files = contents(site);
    files.keySet().removeIf(TargetPaths::isReserved);
    return files;
  }

  /** What a target should hold after publishing {@code site}: its files and their manifest. */
  static Map<String, String> published(Path site) {
    Map<String, String> files = siteFiles(site);
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

  /**
   * Gives every file below {@code root} mode 0600 and every folder 0700, as files made from
   * temporary files have: a target that copied modes would then publish files no web server reads.
   */
  static void makePrivate(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Files.setPosixFilePermissions(
            path,
            PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The modes below {@code root} that differ from what the umask gives a new file or folder (found
   * by making one of each in {@code scratch}): {@code img/ rwx------} for each one that differs.
   */
  static List<String> modesOtherThanTheUmasks(Path root, Path scratch) {
    try {
      Path probe = Files.createTempDirectory(scratch, "umask");
      String folder =
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(Files.createDirectory(probe.resolve("folder"))));
      String file =
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(Files.createFile(probe.resolve("file"))));
      List<String> other = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : (Iterable<Path>) walk::iterator) {
          boolean isFolder = Files.isDirectory(path);
          String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
          if (!mode.equals(isFolder ? folder : file)) {
            other.add(root.relativize(path) + (isFolder ? "/ " : " ") + mode);
          }
        }
      }
      return other;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
