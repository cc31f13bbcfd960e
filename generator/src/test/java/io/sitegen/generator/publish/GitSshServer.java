package io.sitegen.generator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Set;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Git over SSH on 127.0.0.1: Apache MINA SSHD, whose only commands are {@code git-upload-pack} and
 * {@code git-receive-pack}, run by JGit on the bare repositories below a folder (as a Git host's
 * {@code ssh git@host} does). One user logs in with a password or a public key.
 */
final class GitSshServer implements AutoCloseable {

  private final SshServer server;
  private final PublicKey hostKey;

  private GitSshServer(SshServer server, PublicKey hostKey) {
    this.server = server;
    this.hostKey = hostKey;
  }

  static GitSshServer start(
      Path repositories, Path hostKeyFile, String user, String password, KeyPair userKey)
      throws IOException {
    SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(hostKeys);
    server.setPasswordAuthenticator(
        (name, given, session) -> user.equals(name) && password.equals(given));
    server.setPublickeyAuthenticator(
        (name, key, session) ->
            user.equals(name) && KeyUtils.compareKeys(key, userKey.getPublic()));
    server.setCommandFactory((channel, command) -> new GitCommand(repositories, command));
    server.start();
    return new GitSshServer(server, hostKeys.loadKeys(null).iterator().next().getPublic());
  }

  int port() {
    return server.getPort();
  }

  PublicKey hostKey() {
    return hostKey;
  }

  /**
   * {@code ssh://user@127.0.0.1:port/NAME}, the URL of the repository {@code repositories/NAME}.
   */
  String url(String user, String name) {
    return "ssh://" + user + "@127.0.0.1:" + port() + "/" + name;
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }

  /** One {@code git-upload-pack '/NAME'} or {@code git-receive-pack '/NAME'}, on its own thread. */
  private static final class GitCommand implements Command {

    private static final Set<String> PROGRAMS = Set.of("git-upload-pack", "git-receive-pack");

    private final Path repositories;
    private final String command;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    GitCommand(Path repositories, String command) {
      this.repositories = repositories;
      this.command = command;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      Thread thread = new Thread(this::run, "git-ssh " + command);
      thread.setDaemon(true);
      thread.start();
    }

    private void run() {
      String[] words = command.split(" ", 2);
      if (words.length != 2 || !PROGRAMS.contains(words[0])) {
        exit.onExit(127, "not a git command: " + command);
        return;
      }
      String name = words[1].replaceAll("^'|'$", "").replaceFirst("^/", "");
      try (Repository repository =
          new FileRepositoryBuilder()
              .setGitDir(repositories.resolve(name).toFile())
              .setMustExist(true)
              .build()) {
        if (words[0].equals("git-upload-pack")) {
          new UploadPack(repository).upload(in, out, err);
        } else {
          new ReceivePack(repository).receive(in, out, err);
        }
        out.flush();
        exit.onExit(0);
      } catch (IOException | RuntimeException e) {
        exit.onExit(1, String.valueOf(e.getMessage()));
      }
    }

    @Override
    public void destroy(ChannelSession channel) {
      // The thread ends with its streams, which the channel closes.
    }
  }
}
