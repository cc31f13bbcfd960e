package io.sitegen.generator.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Publishing over plain FTP, passive mode, to an embedded Apache FtpServer on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FtpPublishIT extends TargetContract {

  EmbeddedFtpServer server;

  /** Plain FTP here; {@link FtpsPublishIT} runs the same tests over TLS. */
  boolean tls() {
    return false;
  }

  @BeforeAll
  void startServer(@TempDir Path serverDir) throws Exception {
    server = EmbeddedFtpServer.start(serverDir, tls());
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  @Override
  PublishOptions options() {
    return PublishOptions.of(
            (tls() ? "ftps" : "ftp")
                + "://"
                + EmbeddedFtpServer.USER
                + "@127.0.0.1:"
                + server.port()
                + "/"
                + folder)
        .withCredentials(Credentials.of(null, EmbeddedFtpServer.PASSWORD, null, null));
  }

  @Override
  PublishOptions withWrongPassword(PublishOptions options, String password) {
    return options.withCredentials(Credentials.of(null, password, null, null));
  }

  @Override
  Map<String, String> contents() throws IOException {
    Path remote = server.root.resolve(folder);
    return Files.isDirectory(remote) ? Folders.contents(remote) : Map.of();
  }
}
