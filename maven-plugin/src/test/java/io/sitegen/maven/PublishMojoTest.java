package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.publish.Credentials;
import io.sitegen.generator.publish.PublishOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.model.Site;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish goal without a Maven harness: parameters, settings.xml servers and messages. */
class PublishMojoTest {

  private static final String SECRET = "s3cret-Passw0rd";

  @TempDir Path project;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void aTinyBlog() throws IOException {
    write("site.yaml", "title: \"Tiny\"\n");
    write("posts/tips/hello.md", "---\ntitle: \"Hello\"\ndate: 2014-01-01 10:00\n---\nBody\n");
  }

  @Test
  void buildsThenPublishesToAFileUrlAndEndsWithTheSummaryLine() throws Exception {
    PublishMojo mojo = mojo();
    mojo.publishUrl = "file:" + project.resolve("www");

    mojo.execute();

    assertThat(project.resolve("www/index.html")).isRegularFile();
    assertThat(project.resolve("www/.sitegen-manifest")).isRegularFile();
    assertThat(log.lines).anyMatch(l -> l.startsWith("[info] Site built in target/site: 1 post"));
    assertThat(log.lines).anyMatch(l -> l.startsWith("[info] upload:"));
    assertThat(log.lines.get(log.lines.size() - 1))
        .matches(
            "\\[info\\] Published to file:.*/www: \\d+ uploaded \\(.*\\), 0 unchanged, 0 deleted"
                + " \\(\\d+\\.\\d s\\)");
  }

  @Test
  void withoutPublishUrlTheSiteUrlOfDistributionManagementIsUsed() throws Exception {
    PublishMojo mojo = mojo();
    mojo.project = project("blog", "file://" + project.resolve("from-pom"));

    mojo.execute();

    assertThat(project.resolve("from-pom/index.html")).isRegularFile();
  }

  @Test
  void withNoUrlAnywhereBothPlacesAreNamedAndNothingIsBuilt() {
    PublishMojo mojo = mojo();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "publish: no target URL to publish to. Set <publishUrl> (-Dsitegen.publishUrl) or"
                + " <distributionManagement><site><url> to file:///path/to/folder,"
                + " sftp://[user@]host[:port]/path, ftp:// or ftps://[user@]host[:port]/path,"
                + " s3://bucket[/prefix] or git:REPOSITORY-URL[#branch]")
        .hasNoCause();
    assertThat(project.resolve("target/site")).doesNotExist();
  }

  @Test
  void aUrlOfAnotherSchemeFailsBeforeTheBuild() {
    PublishMojo mojo = mojo();
    mojo.project = project("blog", "scp://deploy@example.org/var/www");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("scp://example.org/var/www is not a URL site-gen can publish to")
        .hasMessageContaining("<publishUrl>");
    assertThat(project.resolve("target/site")).doesNotExist();
  }

  @Test
  void theServerOfTheSiteIdIsDecryptedIntoTheCredentials() {
    PublishMojo mojo = mojo();
    mojo.project = project("Blog", "sftp://example.org/www");
    mojo.settings = settings(server("blog", "deploy", "{" + SECRET + "}", "/keys/id", "{pp}"));

    PublishOptions options = mojo.publishOptions();

    assertThat(options.credentials())
        .isEqualTo(
            new Credentials(
                Optional.of("deploy"),
                Optional.of(SECRET),
                Optional.of(Path.of("/keys/id")),
                Optional.of("pp")));
    assertThat(options.names().credentials()).contains("<server> 'Blog' in settings.xml");
  }

  @Test
  void anExplicitServerIdThatIsNotInSettingsIsAMistake() {
    PublishMojo mojo = mojo();
    mojo.publishUrl = "sftp://example.org/www";
    mojo.serverId = "missing";
    mojo.settings = settings(server("blog", "deploy", SECRET, null, null));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("publish: there is no <server> with id 'missing' in settings.xml")
        .hasMessageContaining("-Dsitegen.serverId");
  }

  @Test
  void aHostThatDoesNotAnswerIsOneLineAndThePasswordIsNeverLogged() {
    PublishMojo mojo = mojo();
    mojo.publishUrl = "sftp://127.0.0.1:1/www";
    mojo.serverId = "blog";
    mojo.settings = settings(server("blog", "deploy", "{" + SECRET + "}", null, null));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("publish: cannot connect to 127.0.0.1:1")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    // The log ran at debug level, where the most is said.
    assertThat(log.lines).isNotEmpty().noneMatch(line -> line.contains(SECRET));
    assertThat(log.thrown).noneMatch(t -> String.valueOf(t).contains(SECRET));
  }

  @Test
  void aDryRunSaysSoInTheSummary() throws Exception {
    PublishMojo mojo = mojo();
    mojo.publishUrl = "file:" + project.resolve("www");
    mojo.dryRun = true;

    mojo.execute();

    assertThat(project.resolve("www")).doesNotExist();
    assertThat(log.lines).contains("[info]   upload index.html: new");
    assertThat(log.lines.get(log.lines.size() - 1)).contains("nothing was changed");
  }

  @Test
  void skipDoesNothingButSaySo() throws Exception {
    PublishMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines)
        .containsExactly("[info] Skipping site-gen:publish (sitegen.skip is true)");
  }

  private PublishMojo mojo() {
    PublishMojo mojo = new PublishMojo(PublishMojoTest::decrypt);
    File base = project.toFile();
    mojo.projectDirectory = base;
    mojo.siteDirectory = base;
    mojo.outputDirectory = new File(base, "target/site");
    mojo.cacheDirectory = new File(base, "target/sitegen-cache");
    mojo.settings = new Settings();
    mojo.project = new MavenProject();
    mojo.setLog(log);
    return mojo;
  }

  private static MavenProject project(String siteId, String siteUrl) {
    Site site = new Site();
    site.setId(siteId);
    site.setUrl(siteUrl);
    DistributionManagement distribution = new DistributionManagement();
    distribution.setSite(site);
    MavenProject project = new MavenProject();
    project.setDistributionManagement(distribution);
    return project;
  }

  private static Settings settings(Server server) {
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  private static Server server(
      String id, String user, String password, String privateKey, String passphrase) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(user);
    server.setPassword(password);
    server.setPrivateKey(privateKey);
    server.setPassphrase(passphrase);
    return server;
  }

  /** Maven's decrypter, minus the cipher: {@code {x}} decrypts to {@code x}. */
  private static SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
    Server server = request.getServers().get(0).clone();
    server.setPassword(unbrace(server.getPassword()));
    server.setPassphrase(unbrace(server.getPassphrase()));
    return new SettingsDecryptionResult() {
      @Override
      public Server getServer() {
        return server;
      }

      @Override
      public List<Server> getServers() {
        return List.of(server);
      }

      @Override
      public Proxy getProxy() {
        return null;
      }

      @Override
      public List<Proxy> getProxies() {
        return List.of();
      }

      @Override
      public List<SettingsProblem> getProblems() {
        return List.of();
      }
    };
  }

  private static String unbrace(String value) {
    return value != null && value.startsWith("{") && value.endsWith("}")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
