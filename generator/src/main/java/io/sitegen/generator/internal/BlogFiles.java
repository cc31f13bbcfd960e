package io.sitegen.generator.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one rule for links in the blog folder, files and folders alike: a link is followed only when
 * its real path stays inside the blog folder, or inside the real folder {@code photos/} names (a
 * photo library may live elsewhere: linking {@code photos/} itself allows it). A link that leaves
 * them, to {@code /etc/shadow} or a home folder, is never read into the site: walks leave it out
 * with a warning naming the link and its target, and a single file read through it fails.
 */
public final class BlogFiles {

  private final Path blog;
  private final List<Path> allowed;

  private BlogFiles(Path blog, List<Path> allowed) {
    this.blog = blog;
    this.allowed = allowed;
  }

  /** The rule for the blog folder {@code sourceDir}. */
  public static BlogFiles of(Path sourceDir) {
    List<Path> allowed = new ArrayList<>();
    for (Path root : List.of(sourceDir, sourceDir.resolve("photos"))) {
      try {
        allowed.add(root.toRealPath());
      } catch (IOException e) {
        // No photos/ folder: nothing more is allowed.
      }
    }
    return new BlogFiles(sourceDir, List.copyOf(allowed));
  }

  /**
   * Why {@code path} may not be read, or empty when it may: its real path, every link on the way
   * followed, is outside the blog.
   */
  public Optional<String> refusal(Path path) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      return Optional.of("is a link to something that does not exist");
    }
    if (allowed.stream().anyMatch(real::startsWith)) {
      return Optional.empty();
    }
    return Optional.of(
        "is a link to " + real + ", outside the blog folder, so it is not read into the site");
  }

  /** Why a walk could not visit a file or folder, for a warning that names it. */
  public static String unreadable(IOException e) {
    return e instanceof FileSystemLoopException
        ? "is a link back to a folder that contains it, so it is not followed"
        : "cannot be read (" + e.getMessage() + "), so it is left out";
  }

  /** {@code path} as messages name it: relative to the blog folder, with {@code /}. */
  public String shown(Path path) {
    Path relative = path.startsWith(blog) ? blog.relativize(path) : path;
    return relative.toString().replace('\\', '/');
  }

  /**
   * Regular files below {@code dir} in path order, links followed under {@link #refusal}'s rule.
   *
   * @param hidden relative paths (below {@code dir}) of files and folders to skip silently
   * @param warn told of each link left out, and why
   */
  public List<Path> list(Path dir, Predicate<Path> hidden, Consumer<String> warn)
      throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        dir,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
            if (!folder.equals(dir) && hidden.test(dir.relativize(folder))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Optional<String> refused = refusal(folder);
            if (refused.isPresent()) {
              warn.accept(shown(folder) + ": " + refused.get());
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden.test(dir.relativize(file))) {
              return FileVisitResult.CONTINUE;
            }
            Optional<String> refused = refusal(file);
            if (refused.isPresent()) {
              warn.accept(shown(file) + ": " + refused.get());
            } else if (attrs.isRegularFile()) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (hidden.test(dir.relativize(file))) {
              return FileVisitResult.CONTINUE;
            }
            warn.accept(shown(file) + ": " + unreadable(e));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }
}
