package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing to a branch of a repository served over HTTP on 127.0.0.1 ({@code git http-backend}
 * behind Basic authentication), one bare repository per test; and to a local bare repository by its
 * file URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitPublishIT extends TargetContract {

  private static final String USER = "mira";
  private static final String TOKEN = "ghp_testtoken_0123456789";
  private static final String BRANCH = "pages";

  private Path repositories;
  private GitHttpServer server;

  @BeforeAll
  void startServer(@TempDir Path root) throws IOException {
    repositories = root;
    server = GitHttpServer.start(root, USER, TOKEN);
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  /** A new bare repository for this test, with one commit on main and none on the branch. */
  private Path bare() {
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
  PublishOptions options() {
    bare();
    return PublishOptions.of("git:" + server.url(folder + ".git") + "#" + BRANCH)
        .withCredentials(Credentials.of(USER, TOKEN, null, null));
  }

  @Override
  PublishOptions withWrongPassword(PublishOptions options, String password) {
    return options.withCredentials(Credentials.of(USER, password, null, null));
  }

  @Override
  Map<String, String> contents() throws IOException {
    return files(bare(), BRANCH);
  }

  @Test
  void eachPublishIsOneCommitOnTopOfTheLastNamingTheSourceCommit() throws Exception {
    Path blog = TestSitesGit.blogInGit(dir.resolve("blog"));
    Path site = dir.resolve("site");
    io.sitegen.generator.testing.TestSites.build(blog, site);
    String source = TestSitesGit.head(blog);
    PublishOptions options =
        options()
            .withTargetOptions(TargetOptions.of(null, null, "blog.example.org", true, false, blog));

    publish(site, options);
    Path post = blog.resolve("posts/diary/quiet-day.md");
    Files.writeString(post, Files.readString(post).replace("was fine", "was lovely"));
    io.sitegen.generator.testing.TestSites.build(blog, site);
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
  void aLocalBareRepositoryByItsFileUrl() throws Exception {
    Path local = dir.resolve("local.git");
    Git.init().setBare(true).setDirectory(local.toFile()).call().close();
    Path site = site();

    publish(site, PublishOptions.of("git:" + local.toUri() + "#" + BRANCH));
    publish(site, PublishOptions.of("git:" + local.toUri() + "#" + BRANCH));

    assertThat(files(local, BRANCH)).isEqualTo(Folders.published(site));
    assertThat(history(local, BRANCH)).as("an unchanged site makes no commit").hasSize(1);
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

  private static List<RevCommit> history(Path bare, String branch) throws Exception {
    List<RevCommit> commits = new ArrayList<>();
    try (Git git = Git.open(bare.toFile())) {
      git.log()
          .add(git.getRepository().resolve("refs/heads/" + branch))
          .call()
          .forEach(commits::add);
    }
    return commits;
  }
}
