package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing to a branch of a repository served over SSH on 127.0.0.1 (Apache MINA SSHD running
 * JGit's pack commands), one bare repository per test: the git contract, and the login and host key
 * checks, which follow the SFTP target's rules and messages.
 */
class GitSshPublishIT extends GitContract {

  private static final String USER = "git";
  private static final String PASSWORD = "correct horse battery staple";
  private static final String PASSPHRASE = "open sesame, slowly";

  private Path keys;
  private KeyPair userKey;
  private GitSshServer server;

  @BeforeAll
  void startServer(@TempDir Path root) throws Exception {
    repositories = Files.createDirectories(root.resolve("repositories"));
    keys = Files.createDirectories(root.resolve("keys"));
    userKey = KeyPairGenerator.getInstance("EC").generateKeyPair();
    server =
        GitSshServer.start(repositories, keys.resolve("host-key.ser"), USER, PASSWORD, userKey);
  }

  @AfterAll
  void stopServer() throws IOException {
    server.close();
  }

  /** Password login, the server's key pinned by its fingerprint. */
  @Override
  PublishOptions options() {
    bare();
    return PublishOptions.of("git:" + server.url(USER, folder + ".git") + "#" + BRANCH)
        .withCredentials(Credentials.of(null, PASSWORD, null, null))
        .withHostKeyFingerprint(fingerprint());
  }

  @Override
  PublishOptions withWrongPassword(PublishOptions options, String password) {
    return options.withCredentials(Credentials.of(USER, password, null, null));
  }

  // --- logging in ---

  @Test
  void aWrongPasswordNamesTheUserAndWhatToCheck() {
    PublishOptions options =
        withWrongPassword(options(), "not the password 42").withNames(PublisherTest.names());

    assertThatThrownBy(() -> publish(site(), options))
        .isInstanceOf(BuildException.class)
        .hasNoCause()
        .hasMessageStartingWith("publish: git:ssh://127.0.0.1:" + server.port() + "/")
        .hasMessageContaining(" refused the login of user 'git'")
        .hasMessageEndingWith("Check --user with --password-env or --identity");
  }

  @Test
  void aPrivateKeyWithAPassphraseLogsInAndThePassphraseIsNeverShown() throws Exception {
    PublishOptions options =
        options().withCredentials(Credentials.of(USER, null, encryptedKey(), PASSPHRASE));
    Path site = site();

    publish(site, options);

    assertThat(contents()).isEqualTo(expected(site));
    assertThat(events).extracting(BuildEvent::message).noneMatch(m -> m.contains(PASSPHRASE));
    assertThat(options.toString()).doesNotContain(PASSPHRASE);
  }

  @Test
  void aWrongPassphraseIsRefusedWithoutShowingIt() throws Exception {
    String wrong = "not the passphrase 42";
    PublishOptions options =
        options().withCredentials(Credentials.of(USER, null, encryptedKey(), wrong));

    assertThatThrownBy(() -> publish(site(), options))
        .isInstanceOf(BuildException.class)
        .hasNoCause()
        .hasMessageContaining("refused the login of user 'git'")
        .satisfies(e -> assertThat(e.toString()).doesNotContain(wrong).doesNotContain(PASSPHRASE));
    assertThat(events).extracting(BuildEvent::message).noneMatch(m -> m.contains(wrong));
    assertThat(contents()).isEmpty();
  }

  @Test
  void aMissingKeyFileIsNamed() {
    Path missing = keys.resolve("no-such-key");
    PublishOptions options = options().withCredentials(Credentials.of(USER, null, missing, null));

    assertThatThrownBy(() -> publish(site(), options))
        .hasNoCause()
        .hasMessageContaining("cannot use the private key " + missing + ": there is no such file");
  }

  // --- host keys ---

  @Test
  void anUnknownHostKeyFailsWithItsFingerprintAndHowToAcceptIt() throws IOException {
    Path knownHosts = Files.writeString(keys.resolve("known_hosts_empty"), "");
    PublishOptions options =
        options()
            .withHostKeyFingerprint(null)
            .withKnownHosts(knownHosts)
            .withNames(PublisherTest.names());

    assertThatThrownBy(() -> publish(site(), options))
        .isInstanceOf(BuildException.class)
        .hasNoCause()
        .hasMessageContaining(
            "the host key of [127.0.0.1]:" + server.port() + " is not known (not in " + knownHosts)
        .hasMessageContaining(fingerprint())
        .hasMessageContaining("--host-key-fingerprint=" + fingerprint())
        .hasMessageContaining("ssh-keyscan -p " + server.port() + " 127.0.0.1 >> " + knownHosts);
    assertThat(contents()).isEmpty();
  }

  @Test
  void aMismatchingFingerprintIsRefused() throws IOException {
    String other = "SHA256:" + "A".repeat(43);
    PublishOptions options = options().withHostKeyFingerprint(other);

    assertThatThrownBy(() -> publish(site(), options))
        .hasNoCause()
        .hasMessageContaining("does not match the configured fingerprint " + other)
        .hasMessageContaining("the server shows ")
        .hasMessageContaining(fingerprint())
        .hasMessageContaining("someone may be intercepting the connection");
    assertThat(contents()).isEmpty();
  }

  @Test
  void aKnownHostsLineForHostAndPortIsAccepted() throws IOException {
    Path knownHosts = knownHosts(server.hostKey());
    Path site = site();

    publish(site, options().withHostKeyFingerprint(null).withKnownHosts(knownHosts));

    assertThat(contents()).isEqualTo(expected(site));
  }

  @Test
  void aChangedKeyInKnownHostsIsRefusedWithTheWayToReplaceIt() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(((ECPublicKey) server.hostKey()).getParams());
    Path knownHosts = knownHosts(generator.generateKeyPair().getPublic());
    PublishOptions options = options().withHostKeyFingerprint(null).withKnownHosts(knownHosts);

    assertThatThrownBy(() -> publish(site(), options))
        .hasNoCause()
        .hasMessageContaining("does not match the one in " + knownHosts)
        .hasMessageContaining(fingerprint())
        .hasMessageContaining("ssh-keygen -R '[127.0.0.1]:" + server.port() + "' -f " + knownHosts);
    assertThat(contents()).isEmpty();
  }

  // --- helpers ---

  private String fingerprint() {
    return KeyUtils.getFingerPrint(server.hostKey());
  }

  /** This test's known_hosts file, with one line for the server's host and port. */
  private Path knownHosts(PublicKey key) throws IOException {
    return Files.writeString(
        keys.resolve("known_hosts_" + folder),
        "[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(key) + "\n");
  }

  /** The user's key in OpenSSH form, encrypted with {@link #PASSPHRASE}. */
  private Path encryptedKey() throws Exception {
    return SshKeys.encrypted(userKey, keys.resolve("id_ecdsa_" + folder), PASSPHRASE);
  }
}
