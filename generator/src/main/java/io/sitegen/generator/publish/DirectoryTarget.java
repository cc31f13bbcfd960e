package io.sitegen.generator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A folder on this machine, e.g. {@code file:///var/www/blog}. The folder itself may be a symbolic
 * link, but a link inside it is never followed: writing or deleting through one could reach files
 * outside the target.
 */
final class DirectoryTarget implements PublishTarget {

  private final Path root;
  private final String shown;

  DirectoryTarget(Path root, String shown) {
    this.root = root.toAbsolutePath().normalize();
    this.shown = shown;
  }

  @Override
  public String describe() {
    return shown;
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    Path file = resolve(path);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(Files.readAllBytes(file));
  }

  @Override
  public void write(String path, InputStream content) throws IOException {
    Path file = resolve(path);
    createFolders(path);
    // REPLACE_EXISTING deletes what is there first, so a link at this name is replaced, not
    // followed.
    Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void rename(String from, String to) throws IOException {
    Path source = resolve(from);
    Path target = resolve(to);
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public boolean delete(String path) throws IOException {
    return Files.deleteIfExists(resolve(path));
  }

  @Override
  public boolean removeEmptyFolder(String path) throws IOException {
    Path folder = resolve(path);
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      Files.delete(folder);
      return true;
    } catch (DirectoryNotEmptyException | NoSuchFileException e) {
      return false;
    }
  }

  @Override
  public void close() {
    // Nothing is held open between operations.
  }

  /** Creates the root and the folders above {@code path} one by one, refusing links. */
  private void createFolders(String path) throws IOException {
    Files.createDirectories(root);
    for (String folder : TargetPaths.folders(path)) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
          throw Failures.problem(
              dir + " is a file where the site has a folder", "Move it away and publish again");
        }
        Files.createDirectory(dir);
      }
    }
  }

  /**
   * The file for a target path, after checking that no folder on the way is a symbolic link (the
   * last name may be one: it is replaced or deleted, never followed).
   */
  private Path resolve(String path) {
    TargetPaths.checked(path);
    for (String folder : TargetPaths.folders(path)) {
      Path dir = root.resolve(folder);
      if (Files.isSymbolicLink(dir)) {
        throw Failures.problem(
            dir + " is a symbolic link, and site-gen never writes through links in the target",
            "Replace it with a real folder or remove it");
      }
    }
    return root.resolve(path);
  }
}
