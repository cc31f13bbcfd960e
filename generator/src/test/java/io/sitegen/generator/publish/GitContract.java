package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the git target must do over any transport, besides the {@link TargetContract}: one commit
 * per publish on top of the branch's last, holding only what changed, and a force push when asked.
 * One bare repository per test, below {@link #repositories}, which the subclass's server serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GitContract extends TargetContract {

  static final String BRANCH = "pages";

  /** The folder of the bare repositories, set by the subclass when it starts its server. */
  Path repositories;

  /** A new bare repository for this test, with no commit on the branch. */
  Path bare() {
    Path bare = repositories.resolve(folder + ".git");
    if (!Files.exists(bare)) {
      try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).call()) {
        git.getRepository().getConfig().setBoolean("http", null, "receivepack", true);
        git.getRepository().getConfig().save();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return bare;
  }

  @Override
  Map<String, String> contents() throws IOException {
    return files(bare(), BRANCH);
  }

  @Test
  void eachPublishIsOneCommitOnTopOfTheLastNamingTheSourceCommit() throws Exception {
    Path blog = TestSitesGit.blogInGit(dir.resolve("blog"));
    Path site = dir.resolve("site");
    TestSites.build(blog, site);
    String source = TestSitesGit.head(blog);
    PublishOptions options =
        options()
            .withTargetOptions(TargetOptions.of(null, null, "blog.example.org", true, false, blog));

    publish(site, options);
    Path post = blog.resolve("posts/diary/quiet-day.md");
    Files.writeString(post, Files.readString(post).replace("was fine", "was lovely"));
    TestSites.build(blog, site);
    publish(site, options);

    List<RevCommit> history = history(bare(), BRANCH);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).getParents()).containsExactly(history.get(1));
    assertThat(history.get(1).getFullMessage()).isEqualTo("Publish site from " + source);
    assertThat(history.get(0).getFullMessage())
        .isEqualTo("Publish site from " + source + " and uncommitted changes");
    Map<String, String> files = contents();
    assertThat(files.get("CNAME")).isEqualTo(Folders.sha256("blog.example.org\n".getBytes()));
    assertThat(files.get(".nojekyll")).isEqualTo(Folders.sha256(new byte[0]));
    assertThat(files).doesNotContainKey(TargetPaths.PENDING_FILE);
  }

  @Test
  void anEditsCommitChangesOnlyTheFilesWhoseBytesChangedAndTheManifest() throws Exception {
    Path site = dir.resolve("site");
    Set<String> differing = publishThenEditAPost(site);

    publish(site, options());

    List<RevCommit> history = history(bare(), BRANCH);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).getParents()).containsExactly(history.get(1));
    differing.add(Manifest.FILE_NAME);
    assertThat(changedPaths(bare(), history.get(1), history.get(0))).isEqualTo(differing);
  }

  @Test
  void aForcePushReplacesTheHistory() throws Exception {
    Path site = site();
    publish(site, options());
    Files.writeString(site.resolve("extra.txt"), "more");
    publish(site, options());

    publish(
        site, options().withTargetOptions(TargetOptions.of(null, null, null, false, true, null)));

    assertThat(history(bare(), BRANCH)).hasSize(1);
    assertThat(contents()).isEqualTo(Folders.published(site));
  }

  static Map<String, String> files(Path bare, String branch) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Repository repository = Git.open(bare.toFile()).getRepository()) {
      ObjectId head = repository.resolve("refs/heads/" + branch);
      if (head == null) {
        return files;
      }
      try (RevWalk walk = new RevWalk(repository);
          TreeWalk tree = new TreeWalk(repository)) {
        tree.addTree(walk.parseCommit(head).getTree());
        tree.setRecursive(true);
        while (tree.next()) {
          files.put(
              tree.getPathString(),
              Folders.sha256(repository.open(tree.getObjectId(0)).getBytes()));
        }
      }
    }
    return files;
  }

  /** The branch's commits, newest first. */
  static List<RevCommit> history(Path bare, String branch) throws Exception {
    List<RevCommit> commits = new ArrayList<>();
    try (Git git = Git.open(bare.toFile())) {
      git.log()
          .add(git.getRepository().resolve("refs/heads/" + branch))
          .call()
          .forEach(commits::add);
    }
    return commits;
  }

  /** The paths added, changed or deleted from {@code parent} to {@code commit}. */
  private static Set<String> changedPaths(Path bare, RevCommit parent, RevCommit commit)
      throws IOException {
    Set<String> paths = new TreeSet<>();
    try (Repository repository = Git.open(bare.toFile()).getRepository();
        TreeWalk trees = new TreeWalk(repository)) {
      trees.addTree(parent.getTree());
      trees.addTree(commit.getTree());
      trees.setRecursive(true);
      for (DiffEntry entry : DiffEntry.scan(trees)) {
        paths.add(
            entry.getChangeType() == DiffEntry.ChangeType.DELETE
                ? entry.getOldPath()
                : entry.getNewPath());
      }
    }
    return paths;
  }
}
