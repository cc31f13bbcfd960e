package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing to a branch of a repository served over HTTP on 127.0.0.1 ({@code git http-backend}
 * behind Basic authentication), one bare repository per test; and to a local bare repository by its
 * file URL.
 */
class GitPublishIT extends GitContract {

  private static final String USER = "mira";
  private static final String TOKEN = "ghp_testtoken_0123456789";

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
}
