package io.sitegen.maven;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.publish.Credentials;
import io.sitegen.generator.publish.OptionNames;
import io.sitegen.generator.publish.PublishOptions;
import io.sitegen.generator.publish.PublishResult;
import io.sitegen.generator.publish.Publisher;
import io.sitegen.generator.publish.TargetOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.model.Site;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Builds the blog, then uploads {@code outputDirectory} to {@code publishUrl}, only the files that
 * changed since the last publish: goal {@code publish}.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends AbstractSiteMojo {

  /**
   * {@code file:///var/www/blog}, {@code sftp://[user@]host[:port]/path}, {@code ftp://} or {@code
   * ftps://[user@]host[:port]/path}, {@code s3://bucket/prefix} or {@code
   * git:https://host/owner/repo.git#branch}. Default: the {@code
   * <distributionManagement><site><url>} of the project.
   */
  @Parameter(property = "sitegen.publishUrl")
  String publishUrl;

  /**
   * The {@code <server>} of settings.xml holding the SFTP user name and password or private key.
   * Default: the {@code <distributionManagement><site><id>} of the project.
   */
  @Parameter(property = "sitegen.serverId")
  String serverId;

  /** Lists what would be uploaded and deleted, one line per file, and changes nothing. */
  @Parameter(property = "sitegen.dryRun", defaultValue = "false")
  boolean dryRun;

  /** Stops before changing anything when more files than this would be deleted. */
  @Parameter(property = "sitegen.maxDeletes", defaultValue = "256")
  int maxDeletes = PublishOptions.DEFAULT_MAX_DELETES;

  /** The OpenSSH known_hosts file the server's host key is checked against. */
  @Parameter(property = "sitegen.knownHosts", defaultValue = "${user.home}/.ssh/known_hosts")
  File knownHosts;

  /**
   * The server's host key fingerprint, {@code SHA256:...} as {@code ssh-keygen -lf} prints it;
   * checked instead of {@code knownHosts}.
   */
  @Parameter(property = "sitegen.hostKeyFingerprint")
  String hostKeyFingerprint;

  /** S3: the endpoint of an S3-compatible store (R2, B2, Spaces, MinIO); none for AWS. */
  @Parameter(property = "sitegen.s3Endpoint")
  String s3Endpoint;

  /** S3: the bucket's region. Default: the AWS configuration's, else us-east-1. */
  @Parameter(property = "sitegen.s3Region")
  String s3Region;

  /**
   * S3: also make each redirect page an object redirect (x-amz-website-redirect-location); a store
   * that refuses them gets the pages. Default: true on AWS, false with an s3Endpoint.
   */
  @Parameter(property = "sitegen.s3ObjectRedirects")
  Boolean s3ObjectRedirects;

  /** git: the custom domain written as CNAME into the published branch. */
  @Parameter(property = "sitegen.cname")
  String cname;

  /** git: also write an empty .nojekyll, so GitHub Pages serves every file as it is. */
  @Parameter(property = "sitegen.noJekyll", defaultValue = "false")
  boolean noJekyll;

  /** git: replace the branch's history with one new commit (a force push). */
  @Parameter(property = "sitegen.force", defaultValue = "false")
  boolean force;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  private final SettingsDecrypter decrypter;

  @Inject
  public PublishMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (MojoSupport.skipped(skip(), "publish", getLog())) {
      return;
    }
    Publisher publisher = new Publisher();
    // Checked before the build, so a wrong URL or server id fails in a moment.
    PublishOptions options =
        MojoSupport.call(
            getLog(),
            () -> {
              PublishOptions checked = publishOptions();
              publisher.check(checked);
              return checked;
            });
    MojoSupport.build(this, getLog());
    PublishResult result =
        MojoSupport.call(
            getLog(),
            () -> publisher.publish(outputDirectory(), options, new MavenBuildListener(getLog())));
    getLog().info(result.summary());
  }

  /** The parameters as the generator's options, with the credentials decrypted. */
  PublishOptions publishOptions() {
    Optional<String> server = serverId();
    PublishOptions options =
        PublishOptions.of(publishUrl().orElse(""))
            .withDryRun(dryRun)
            .withMaxDeletes(maxDeletes)
            .withCredentials(credentials(server))
            .withHostKeyFingerprint(hostKeyFingerprint)
            .withTargetOptions(
                TargetOptions.of(s3Endpoint, s3Region, cname, noJekyll, force, siteDirectory())
                    .withObjectRedirects(s3ObjectRedirects))
            .withNames(names(server));
    return knownHosts == null ? options : options.withKnownHosts(knownHosts.toPath());
  }

  private Optional<String> publishUrl() {
    return present(publishUrl).or(() -> site().map(Site::getUrl).flatMap(PublishMojo::present));
  }

  private Optional<String> serverId() {
    return present(serverId).or(() -> site().map(Site::getId).flatMap(PublishMojo::present));
  }

  private Optional<Site> site() {
    return Optional.ofNullable(project)
        .map(MavenProject::getDistributionManagement)
        .map(DistributionManagement::getSite);
  }

  /**
   * The login of the {@code <server>}, decrypted; none when there is no server id, or when the
   * default id (from distributionManagement) has no server, since a key in ~/.ssh may do.
   */
  private Credentials credentials(Optional<String> id) {
    if (id.isEmpty()) {
      return Credentials.NONE;
    }
    // Matched ignoring case, as maven-site-plugin does for the same element.
    Optional<Server> server =
        Optional.ofNullable(settings).stream()
            .flatMap(s -> s.getServers().stream())
            .filter(s -> id.get().equalsIgnoreCase(s.getId()))
            .findFirst();
    if (server.isEmpty()) {
      if (present(serverId).isPresent()) {
        throw mistake(
            "there is no <server> with id '" + id.get() + "' in settings.xml",
            "Add one with <username> and <password> or <privateKey>, or set <serverId>"
                + " (-Dsitegen.serverId) to the id of one that exists");
      }
      getLog().debug("No <server> '" + id.get() + "' in settings.xml: logging in without one");
      return Credentials.NONE;
    }
    SettingsDecryptionResult decrypted =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server.get()));
    String problems =
        decrypted.getProblems().stream()
            .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
            .map(SettingsProblem::getMessage)
            .collect(Collectors.joining("; "));
    if (!problems.isEmpty()) {
      throw mistake(
          "cannot decrypt the <server> '" + id.get() + "' of settings.xml: " + problems,
          "Check settings-security.xml and the encrypted password (mvn --encrypt-password)");
    }
    Server login = decrypted.getServer();
    getLog().debug("Logging in with the <server> '" + id.get() + "' of settings.xml");
    return Credentials.of(
        login.getUsername(),
        login.getPassword(),
        present(login.getPrivateKey()).map(Path::of).orElse(null),
        login.getPassphrase());
  }

  /** The POM's names for the options the generator's messages tell the user to set. */
  private static OptionNames names(Optional<String> server) {
    return new OptionNames(
        "<publishUrl> (-Dsitegen.publishUrl) or <distributionManagement><site><url>",
        "<hostKeyFingerprint>{}</hostKeyFingerprint> (or -Dsitegen.hostKeyFingerprint={})",
        "<maxDeletes>{}</maxDeletes> (or -Dsitegen.maxDeletes={})",
        "-Dsitegen.dryRun",
        server
            .map(
                id ->
                    "the <username> and <password> or <privateKey> of <server> '"
                        + id
                        + "'"
                        + " in settings.xml")
            .orElse(
                "a <server> in settings.xml with <username> and <password> or <privateKey>,"
                    + " named by <serverId> (-Dsitegen.serverId)"));
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static BuildException mistake(String message, String hint) {
    return new BuildException("publish", Problem.general(message, hint));
  }
}
