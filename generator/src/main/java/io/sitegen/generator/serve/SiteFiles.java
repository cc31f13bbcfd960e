package io.sitegen.generator.serve;

import io.sitegen.generator.model.OutputPaths;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file of the site folder, and never to anything outside it: not by {@code
 * ..} (plain or percent-encoded), a backslash, a NUL or a symbolic link that leads out.
 */
final class SiteFiles {

  /** Where a request path leads. */
  sealed interface Lookup {}

  record Found(Path file) implements Lookup {}

  /** A folder asked for without its trailing slash: relative links need it. */
  record AddSlash(String location) implements Lookup {}

  record Missing() implements Lookup {}

  private final Path root;

  SiteFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Lookup find(String rawPath) {
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty()) {
      return new Missing();
    }
    String path = decoded.get();
    Path file = root;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.equals("..") || segment.equals(".")) {
        return new Missing();
      }
      file = file.resolve(segment);
    }
    file = file.normalize();
    if (!file.startsWith(root)) {
      return new Missing();
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        return new AddSlash(rawPath + "/");
      }
      file = file.resolve(OutputPaths.HOME);
    }
    return isInside(file) ? new Found(file) : new Missing();
  }

  /** The site's own 404 page, if it has one. */
  Optional<Path> notFoundPage() {
    Path page = root.resolve(OutputPaths.NOT_FOUND);
    return isInside(page) ? Optional.of(page) : Optional.empty();
  }

  /** A regular file whose real path, links followed, is still below the real root. */
  private boolean isInside(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<String> decode(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    try {
      String path = URI.create("http://preview" + rawPath).getPath();
      if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
        return Optional.empty();
      }
      return Optional.of(path);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
