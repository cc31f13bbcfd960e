package io.sitegen.generator.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The commit message of a published site, naming the blog folder's own commit when it has one. */
final class SourceCommit {

  private SourceCommit() {}

  /**
   * {@code Publish site from 0123abcd4567}, with {@code and uncommitted changes} when the folder's
   * working tree differs; {@code Publish site} when the blog is not in a Git repository.
   */
  static String message(Optional<Path> sourceDir) {
    if (sourceDir.isEmpty()) {
      return "Publish site";
    }
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(sourceDir.get().toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return "Publish site";
    }
    try (Repository repository = builder.build();
        Git git = new Git(repository)) {
      ObjectId head = repository.resolve("HEAD");
      if (head == null) {
        return "Publish site";
      }
      String rev = head.abbreviate(12).name();
      return git.status().call().isClean()
          ? "Publish site from " + rev
          : "Publish site from " + rev + " and uncommitted changes";
    } catch (IOException | GitAPIException e) {
      // Only the message would name it: never a reason to stop a publish.
      return "Publish site";
    }
  }
}
