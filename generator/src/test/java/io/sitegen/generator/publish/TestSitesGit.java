package io.sitegen.generator.publish;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** A copy of the basic fixture blog kept in a Git repository of its own, as users keep blogs. */
final class TestSitesGit {

  private TestSitesGit() {}

  static Path blogInGit(Path folder) throws Exception {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), folder);
    try (Git git = Git.init().setDirectory(blog.toFile()).call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("the blog")
          .setAuthor("Mira", "mira@example.org")
          .setCommitter("Mira", "mira@example.org")
          .call();
    }
    return blog;
  }

  /** The abbreviated id of the folder's HEAD, as the publish message names it. */
  static String head(Path blog) throws Exception {
    try (Git git = Git.open(blog.toFile())) {
      return git.getRepository().resolve("HEAD").abbreviate(12).name();
    }
  }
}
