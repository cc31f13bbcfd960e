package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * JGit's SSH transport (on Apache MINA SSHD) held to the SFTP target's rules: the server's key is
 * checked by {@link HostKeyCheck} against the fingerprint option or {@code known_hosts} (never
 * written to), the login is the {@link Credentials}' private key and passphrase or password, else
 * the default keys in {@code ~/.ssh}, and {@code ~/.ssh/config} is not read. One per publish.
 */
final class GitSshTransport implements TransportConfigCallback, AutoCloseable {

  private final SshdSessionFactory sessions;
  private final HostKeyCheck hostKeys;
  private final String host;
  private final int port;

  private GitSshTransport(
      SshdSessionFactory sessions, HostKeyCheck hostKeys, String host, int port) {
    this.sessions = sessions;
    this.hostKeys = hostKeys;
    this.host = host;
    this.port = port;
  }

  /**
   * The transport for the repository at {@code uri}.
   *
   * @throws BuildException for a private key file that does not exist, or a bad fingerprint
   */
  static GitSshTransport of(URIish uri, PublishOptions options) {
    HostKeyCheck hostKeys = HostKeyCheck.of(options);
    Credentials login = options.credentials();
    int port = uri.getPort() < 0 ? 22 : uri.getPort();
    String knownAs = HostKeyCheck.knownHostsName(uri.getHost(), port);
    Path home = Path.of(System.getProperty("user.home"));
    SshdSessionFactoryBuilder builder =
        new SshdSessionFactoryBuilder()
            .setHomeDirectory(home.toFile())
            .setSshDirectory(home.resolve(".ssh").toFile())
            .setConfigFile(sshDir -> null)
            .setServerKeyDatabase((homeDir, sshDir) -> new CheckedKeys(hostKeys, knownAs))
            // No GSSAPI, as for SFTP: only a slow Kerberos attempt where it is not set up.
            .setPreferredAuthentications("publickey,keyboard-interactive,password")
            .setKeyPasswordProvider(prompts -> new Passphrase(login.passphrase()));
    if (login.privateKey().isPresent()) {
      Path key = login.privateKey().get();
      if (!Files.isRegularFile(key)) {
        throw Failures.problem(
            "cannot use the private key " + key + ": there is no such file",
            "Check " + options.names().credentials());
      }
      builder.setDefaultIdentities(sshDir -> List.of(key));
    } else if (login.password().isPresent()) {
      // A password given means that login: no surprise key from ~/.ssh tried first.
      builder.setDefaultIdentities(sshDir -> List.of());
    }
    return new GitSshTransport(builder.build(null), hostKeys, uri.getHost(), port);
  }

  /**
   * The password login: JGit's SSH client asks only an interactive provider for a password, so this
   * one says it is, and answers every password prompt with the configured password.
   */
  static CredentialsProvider passwordLogin(String password) {
    return new UsernamePasswordCredentialsProvider("", password) {
      @Override
      public boolean isInteractive() {
        return true;
      }
    };
  }

  @Override
  public void configure(Transport transport) {
    if (transport instanceof SshTransport ssh) {
      ssh.setSshSessionFactory(sessions);
    }
  }

  /** Why the connection failed when it was the server's key; see {@link HostKeyCheck}. */
  Optional<BuildException> rejection(PublishOptions options) {
    return hostKeys.rejection(host, port, options);
  }

  @Override
  public void close() {
    sessions.close();
  }

  /** The server's key as {@link HostKeyCheck} sees keys: the SSH wire form of the public key. */
  private record CheckedKeys(HostKeyCheck hostKeys, String knownAs) implements ServerKeyDatabase {

    @Override
    public List<PublicKey> lookup(
        String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
      List<PublicKey> keys = new ArrayList<>();
      for (byte[] blob : hostKeys.knownKeys(knownAs)) {
        try {
          keys.add(new ByteArrayBuffer(blob).getRawPublicKey());
        } catch (SshException | RuntimeException e) {
          // A key type SSHD cannot read only loses its place in the preference order.
        }
      }
      return keys;
    }

    @Override
    public boolean accept(
        String connectAddress,
        InetSocketAddress remoteAddress,
        PublicKey serverKey,
        Configuration config,
        CredentialsProvider provider) {
      ByteArrayBuffer blob = new ByteArrayBuffer();
      blob.putRawPublicKey(serverKey);
      return hostKeys.check(knownAs, blob.getCompactData()) == HostKeyCheck.OK;
    }
  }

  /** The configured passphrase, offered once per key; no passphrase means the key is skipped. */
  private static final class Passphrase implements KeyPasswordProvider {

    private final Optional<String> passphrase;
    private int attempts = 1;

    Passphrase(Optional<String> passphrase) {
      this.passphrase = passphrase;
    }

    @Override
    public char[] getPassphrase(URIish uri, int attempt) {
      return passphrase.map(String::toCharArray).orElse(null);
    }

    @Override
    public void setAttempts(int maxNumberOfAttempts) {
      attempts = maxNumberOfAttempts;
    }

    @Override
    public int getAttempts() {
      return attempts;
    }

    @Override
    public boolean keyLoaded(URIish uri, int attempt, Exception error) {
      // Asking again would only give the same passphrase.
      return false;
    }
  }
}
