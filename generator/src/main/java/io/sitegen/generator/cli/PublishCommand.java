package io.sitegen.generator.cli;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.publish.Credentials;
import io.sitegen.generator.publish.OptionNames;
import io.sitegen.generator.publish.PublishOptions;
import io.sitegen.generator.publish.PublishResult;
import io.sitegen.generator.publish.Publisher;
import io.sitegen.generator.publish.TargetOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen publish}: builds the site, then uploads what changed to a folder or server. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site, then uploads only what changed since the last publish to a folder, an"
          + " SFTP or FTP(S) server, an S3 bucket or a Git Pages branch."
    })
public final class PublishCommand implements Callable<Integer> {

  /** How error messages name this command's options. */
  private static final OptionNames NAMES =
      new OptionNames(
          "--target",
          "--host-key-fingerprint={}",
          "--max-deletes={}",
          "--dry-run",
          "--user with --password-env or --identity");

  @Mixin BuildArgs build;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "URL",
      description =
          "file:///path/to/folder, sftp:// ftp:// or ftps://[user@]host[:port]/path,"
              + " s3://bucket[/prefix], git:REPOSITORY-URL[#branch] (https:, ssh:// or user@host:path)")
  String target;

  @Option(
      names = "--dry-run",
      description = "Print what would be uploaded and deleted; change nothing.")
  boolean dryRun;

  @Option(
      names = "--max-deletes",
      paramLabel = "N",
      defaultValue = "" + PublishOptions.DEFAULT_MAX_DELETES,
      description =
          "Stop before changing anything if more files would be deleted. Default: ${DEFAULT-VALUE}")
  int maxDeletes;

  @Option(
      names = "--user",
      description = "The SFTP, FTP or git login. Default: the URL's, else yours.")
  String user;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description =
          "The environment variable holding the password or token (a password on the command line is seen by every user of the machine).")
  String passwordEnv;

  @Option(
      names = "--identity",
      paramLabel = "FILE",
      description = "The private key to log in with. Default: ~/.ssh/id_ed25519, id_ecdsa, id_rsa")
  Path identity;

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "The environment variable holding the passphrase of the --identity key.")
  String passphraseEnv;

  @Option(
      names = "--known-hosts",
      paramLabel = "FILE",
      description = "Where the server's host key is looked up. Default: ~/.ssh/known_hosts")
  Path knownHosts;

  @Option(
      names = "--host-key-fingerprint",
      paramLabel = "SHA256:...",
      description = "The server's host key fingerprint, checked instead of --known-hosts.")
  String hostKeyFingerprint;

  @Option(
      names = "--s3-endpoint",
      paramLabel = "URL",
      description = "S3: the endpoint of an S3-compatible store (R2, B2, Spaces, MinIO).")
  String s3Endpoint;

  @Option(
      names = "--s3-region",
      paramLabel = "REGION",
      description = "S3: the bucket's region. Default: the AWS configuration's, else us-east-1")
  String s3Region;

  @Option(
      names = "--s3-object-redirects",
      arity = "1",
      paramLabel = "true|false",
      description =
          "S3: also make each redirect page an object redirect (x-amz-website-redirect-location);"
              + " a store that refuses them gets the pages. Default: true on AWS, false with"
              + " --s3-endpoint")
  Boolean s3ObjectRedirects;

  @Option(
      names = "--cname",
      paramLabel = "DOMAIN",
      description = "git: write DOMAIN as CNAME into the branch.")
  String cname;

  @Option(names = "--no-jekyll", description = "git: also write an empty .nojekyll.")
  boolean noJekyll;

  @Option(
      names = "--force",
      description = "git: replace the branch's history with one new commit (force push).")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildListener listener = build.listener(out, err);
    try {
      // Before the build, so a mistake in the options fails in a moment, not after a whole build.
      PublishOptions options = options();
      Publisher publisher = new Publisher();
      publisher.check(options);
      BuildResult built = new SiteGenerator().build(build.options(), listener);
      PublishResult result = publisher.publish(built.outputDir(), options, listener);
      out.println(result.summary());
      return 0;
    } catch (BuildException e) {
      return SiteGenCommand.failed(e, err, build.verbose);
    }
  }

  private PublishOptions options() {
    PublishOptions options =
        PublishOptions.of(target)
            .withDryRun(dryRun)
            .withMaxDeletes(maxDeletes)
            .withCredentials(
                Credentials.of(
                    user,
                    secret(passwordEnv, "--password-env"),
                    identity,
                    secret(passphraseEnv, "--passphrase-env")))
            .withHostKeyFingerprint(hostKeyFingerprint)
            .withTargetOptions(
                TargetOptions.of(
                        s3Endpoint, s3Region, cname, noJekyll, force, build.options().sourceDir())
                    .withObjectRedirects(s3ObjectRedirects))
            .withNames(NAMES);
    return knownHosts == null ? options : options.withKnownHosts(knownHosts);
  }

  private String secret(String variable, String option) {
    if (variable == null) {
      return null;
    }
    String value = System.getenv(variable);
    if (value == null) {
      throw new BuildException(
          "publish",
          Problem.general(
              "the environment variable " + variable + " named by " + option + " is not set",
              "Set it, or leave out " + option));
    }
    return value;
  }
}
