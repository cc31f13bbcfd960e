package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing to a real SFTP server (Apache MINA SSHD on 127.0.0.1) through JSch: the fixture blog,
 * incremental updates, and the login and host key checks with the messages the user gets.
 */
class SftpPublishIT {

  private static final String USER = "deploy";
  private static final String PASSWORD = "correct horse battery staple";
  private static final String PASSPHRASE = "open sesame, slowly";

  @TempDir static Path shared;
  private static SshServer server;
  private static PublicKey hostKey;
  private static KeyPair userKey;
  private static Path serverRoot;

  /** The fixture blog, built once for the tests that only publish it. */
  private static Path basicSite;

  private String folder;
  private Path remote;
  private final List<BuildEvent> events = new ArrayList<>();

  @BeforeAll
  static void startServer() throws Exception {
    basicSite = shared.resolve("basic-site");
    TestSites.build(TestSites.fixture("sites/basic"), basicSite);
    userKey = KeyPairGenerator.getInstance("EC").generateKeyPair();
    serverRoot = Files.createDirectories(shared.resolve("server"));
    SimpleGeneratorHostKeyProvider hostKeys =
        new SimpleGeneratorHostKeyProvider(shared.resolve("host-key.ser"));
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(hostKeys);
    server.setPasswordAuthenticator((user, password, session) -> isUser(user, password));
    server.setPublickeyAuthenticator(
        (user, key, session) ->
            USER.equals(user) && KeyUtils.compareKeys(key, userKey.getPublic()));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot));
    server.start();
    hostKey = hostKeys.loadKeys(null).iterator().next().getPublic();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.stop(true);
  }

  @BeforeEach
  void aFolderOfItsOwnOnTheServer(TestInfo test) {
    folder = test.getTestMethod().orElseThrow().getName();
    remote = serverRoot.resolve(folder).resolve("www");
  }

  // --- publishing ---

  @Test
  void aFirstPublishMakesTheServerFolderEqualTheSite() {
    PublishResult result = publish(basicSite, options());

    assertThat(Folders.contents(remote)).isEqualTo(Folders.published(basicSite));
    assertThat(result.uploaded()).isEqualTo(Folders.siteFiles(basicSite).size());
    assertThat(result.summary())
        .matches(
            "Published to sftp://127\\.0\\.0\\.1:"
                + port()
                + "/"
                + folder
                + "/www: \\d+ uploaded \\(\\d+(\\.\\d)? KB\\), 0 unchanged, 0 deleted \\(\\d+\\.\\d s\\)");
  }

  @Test
  void publishedFilesAndFoldersGetTheServersUmaskModesNotThoseOfTheSite() throws IOException {
    Path site = tinySite();
    Files.createDirectories(site.resolve("img"));
    Files.writeString(site.resolve("img/cat.png"), "meow");
    Folders.makePrivate(site);

    publish(site, options());

    assertThat(Folders.modesOtherThanTheUmasks(remote, shared)).isEmpty();
  }

  @Test
  void editingOnePostUploadsExactlyTheFilesWhoseBytesChanged() throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), shared.resolve(folder + "-blog"));
    Path site = TestSites.copy(basicSite, shared.resolve(folder + "-site"));
    publish(site, options());
    Map<String, String> before = Folders.siteFiles(site);
    Map<String, Object> identities = Folders.identities(remote);

    Path post = blog.resolve("posts/diary/quiet-day.md");
    Files.writeString(post, Files.readString(post).replace("was fine", "was lovely"));
    TestSites.build(blog, site);
    Map<String, String> after = Folders.siteFiles(site);
    Set<String> differing = new TreeSet<>();
    after.forEach(
        (path, hash) -> {
          if (!hash.equals(before.get(path))) {
            differing.add(path);
          }
        });

    PublishResult result = publish(site, options());

    assertThat(differing).isNotEmpty().hasSizeLessThan(after.size() / 2);
    assertThat(result.uploaded()).isEqualTo(differing.size());
    assertThat(result.unchanged()).isEqualTo(after.size() - differing.size());
    assertThat(result.actions())
        .allSatisfy(a -> assertThat(a).startsWith("upload ").contains(": changed"));
    Map<String, Object> now = Folders.identities(remote);
    identities.forEach(
        (path, identity) -> {
          if (!differing.contains(path) && !path.equals(Manifest.FILE_NAME)) {
            assertThat(now.get(path)).as("%s was rewritten", path).isEqualTo(identity);
          }
        });
    assertThat(Folders.contents(remote)).isEqualTo(Folders.published(site));
  }

  @Test
  void aDeletedPostLosesItsPageAndAForeignFileStays() throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), shared.resolve(folder + "-blog"));
    Path site = TestSites.copy(basicSite, shared.resolve(folder + "-site"));
    publish(site, options());
    Files.writeString(remote.resolve("google1234.html"), "verification");
    Set<String> pagesBefore = Folders.contents(site).keySet();

    Files.delete(blog.resolve("posts/diary/quiet-day.md"));
    TestSites.build(blog, site);
    PublishResult result = publish(site, options());

    Set<String> gone = new TreeSet<>(pagesBefore);
    gone.removeAll(Folders.contents(site).keySet());
    assertThat(gone).anyMatch(path -> path.contains("quiet-day"));
    assertThat(result.deleted()).isEqualTo(gone.size());
    assertThat(result.actions())
        .contains("delete " + gone.iterator().next() + ": removed from site");
    gone.forEach(path -> assertThat(remote.resolve(path)).doesNotExist());
    Map<String, String> expected = Folders.published(site);
    expected.put(
        "google1234.html", Folders.sha256("verification".getBytes(StandardCharsets.UTF_8)));
    assertThat(Folders.contents(remote)).isEqualTo(expected);
  }

  @Test
  void aDryRunChangesNothingOnTheServer() {
    PublishResult result = publish(basicSite, options().withDryRun(true));

    assertThat(remote).doesNotExist();
    assertThat(result.summary()).contains("nothing was changed");
    assertThat(events).extracting(BuildEvent::message).contains("  upload index.html: new");
  }

  @Test
  void tooManyDeletesStopBeforeAnythingChanges() throws IOException {
    publish(basicSite, options());
    Map<String, String> published = Folders.contents(remote);
    Path tiny = tinySite();

    assertThatThrownBy(() -> publish(tiny, options().withMaxDeletes(3)))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("files would be deleted from sftp://127.0.0.1:" + port())
        .hasMessageContaining("more than the limit of 3");
    assertThat(Folders.contents(remote)).isEqualTo(published);
  }

  @Test
  void aPublishKilledHalfWayFinishesWhenRunAgain() throws IOException {
    Path site = TestSites.copy(basicSite, shared.resolve(folder + "-site"));
    Files.createDirectories(remote);
    Files.writeString(remote.resolve("keep.txt"), "not ours");

    assertThatThrownBy(
            () -> publish(site, options(), target -> RecordingTarget.killedAfter(target, 10)))
        .isInstanceOf(RecordingTarget.Killed.class);
    assertThat(remote.resolve(Manifest.FILE_NAME)).doesNotExist();

    PublishResult rerun = publish(site, options());

    // Ten renames went through: the journal and nine files, which are not uploaded again.
    assertThat(rerun.uploaded()).isEqualTo(Folders.siteFiles(site).size() - 9);
    Map<String, String> expected = Folders.published(site);
    expected.put("keep.txt", Folders.sha256("not ours".getBytes(StandardCharsets.UTF_8)));
    assertThat(Folders.contents(remote)).isEqualTo(expected);
  }

  // --- logging in ---

  @Test
  void aWrongPasswordIsOneClearLineThatNeverShowsThePassword() throws IOException {
    String wrong = "not the password 42";
    PublishOptions options =
        options().withCredentials(Credentials.of(USER, wrong, null, null)).withNames(names());

    assertThatThrownBy(() -> publish(tinySite(), options))
        .isInstanceOf(BuildException.class)
        .hasNoCause()
        .hasMessage(
            "publish: 127.0.0.1:"
                + port()
                + " refused the login of user 'deploy' with a password. Check --user with"
                + " --password-env or --identity")
        .satisfies(e -> assertThat(e.toString()).doesNotContain(wrong));
    assertThat(events).extracting(BuildEvent::message).noneMatch(m -> m.contains(wrong));
    assertThat(options.toString()).doesNotContain(wrong).contains("password=***");
  }

  @Test
  void aPrivateKeyWithAPassphraseLogsIn() throws Exception {
    Path key = SshKeys.encrypted(userKey, shared.resolve("id_ecdsa_" + folder), PASSPHRASE);
    PublishOptions options = options().withCredentials(Credentials.of(USER, null, key, PASSPHRASE));

    publish(tinySite(), options);

    assertThat(remote.resolve("index.html")).hasContent("tiny");
    assertThat(events).extracting(BuildEvent::message).noneMatch(m -> m.contains(PASSPHRASE));
    assertThat(options.toString()).doesNotContain(PASSPHRASE);
  }

  @Test
  void anUnreachablePortIsOneClearLine() throws IOException {
    PublishOptions options = PublishOptions.of("sftp://127.0.0.1:1/www").withNames(names());

    assertThatThrownBy(() -> publish(tinySite(), options))
        .hasNoCause()
        .hasMessageStartingWith("publish: cannot connect to 127.0.0.1:1 (")
        .hasMessageEndingWith(
            "Check the host and port in --target and that an SSH server is running there");
  }

  // --- host keys ---

  @Test
  void anUnknownHostKeyFailsWithItsFingerprintAndHowToAcceptIt() throws IOException {
    Path knownHosts = Files.writeString(shared.resolve("known_hosts_empty"), "");
    PublishOptions options =
        options().withHostKeyFingerprint(null).withKnownHosts(knownHosts).withNames(names());

    assertThatThrownBy(() -> publish(tinySite(), options))
        .hasNoCause()
        .hasMessageContaining(
            "the host key of [127.0.0.1]:" + port() + " is not known (not in " + knownHosts)
        .hasMessageContaining(fingerprint())
        .hasMessageContaining("--host-key-fingerprint=" + fingerprint())
        .hasMessageContaining("ssh-keyscan -p " + port() + " 127.0.0.1 >> " + knownHosts);
    assertThat(remote).doesNotExist();
  }

  @Test
  void aMismatchingFingerprintIsRefused() throws IOException {
    String other = "SHA256:" + "A".repeat(43);
    PublishOptions options = options().withHostKeyFingerprint(other).withNames(names());

    assertThatThrownBy(() -> publish(tinySite(), options))
        .hasMessageContaining("does not match the configured fingerprint " + other)
        .hasMessageContaining("the server shows ")
        .hasMessageContaining(fingerprint())
        .hasMessageContaining("someone may be intercepting the connection");
    assertThat(remote).doesNotExist();
  }

  @Test
  void theRightFingerprintIsAcceptedAndItsBase64PaddingIsOptional() throws IOException {
    publish(tinySite(), options().withHostKeyFingerprint(fingerprint() + "="));

    assertThat(remote.resolve("index.html")).hasContent("tiny");
  }

  @Test
  void aKnownHostsLineForHostAndPortIsAccepted() throws IOException {
    Path knownHosts =
        Files.writeString(
            shared.resolve("known_hosts_" + folder),
            "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey) + "\n");

    publish(tinySite(), options().withHostKeyFingerprint(null).withKnownHosts(knownHosts));

    assertThat(remote.resolve("index.html")).hasContent("tiny");
  }

  @Test
  void aChangedKeyInKnownHostsIsRefusedWithTheWayToReplaceIt() throws Exception {
    // Of the same curve: a key of another type is only "not known", as in OpenSSH.
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(((ECPublicKey) hostKey).getParams());
    PublicKey other = generator.generateKeyPair().getPublic();
    Path knownHosts =
        Files.writeString(
            shared.resolve("known_hosts_" + folder),
            "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(other) + "\n");
    PublishOptions options = options().withHostKeyFingerprint(null).withKnownHosts(knownHosts);

    assertThatThrownBy(() -> publish(tinySite(), options))
        .hasMessageContaining("does not match the one in " + knownHosts)
        .hasMessageContaining(fingerprint())
        .hasMessageContaining("ssh-keygen -R '[127.0.0.1]:" + port() + "' -f " + knownHosts);
  }

  // --- helpers ---

  private static boolean isUser(String user, String password) {
    return USER.equals(user) && PASSWORD.equals(password);
  }

  private static int port() {
    return server.getPort();
  }

  private static String fingerprint() {
    return KeyUtils.getFingerPrint(hostKey);
  }

  private static OptionNames names() {
    return PublisherTest.names();
  }

  /** Password login and the server's fingerprint, into this test's folder. */
  private PublishOptions options() {
    return PublishOptions.of("sftp://" + USER + "@127.0.0.1:" + port() + "/" + folder + "/www")
        .withCredentials(Credentials.of(null, PASSWORD, null, null))
        .withHostKeyFingerprint(fingerprint());
  }

  private Path tinySite() throws IOException {
    Path site = Files.createDirectories(shared.resolve(folder + "-tiny"));
    Files.writeString(site.resolve("index.html"), "tiny");
    return site;
  }

  private PublishResult publish(Path site, PublishOptions options) {
    return new Publisher().publish(site, options, events::add);
  }

  private PublishResult publish(
      Path site, PublishOptions options, Function<PublishTarget, RecordingTarget> wrap) {
    return new Publisher((o, l) -> wrap.apply(Targets.open(o, l)))
        .publish(site, options, events::add);
  }
}
