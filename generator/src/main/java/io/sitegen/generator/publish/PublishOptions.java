package io.sitegen.generator.publish;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to publish: the inputs of one {@link Publisher#publish} call.
 *
 * @param target {@code file:///var/www/blog} or {@code sftp://[user@]host[:port]/path}; a path
 *     starting {@code /~/} is relative to the SFTP user's home folder
 * @param dryRun report the plan, one line per file, and change nothing on the target
 * @param maxDeletes stop before doing anything when the plan would delete more files than this
 * @param credentials the SFTP login
 * @param knownHosts the OpenSSH {@code known_hosts} file the server's key is checked against
 * @param hostKeyFingerprint the server key's {@code SHA256:...} fingerprint, as {@code ssh-keygen
 *     -lf} prints it; when present it is checked instead of {@code knownHosts}
 * @param names how the caller spells these options, for error messages
 * @param targetOptions the settings of the S3 and git targets
 */
public record PublishOptions(
    String target,
    boolean dryRun,
    int maxDeletes,
    Credentials credentials,
    Path knownHosts,
    Optional<String> hostKeyFingerprint,
    OptionNames names,
    TargetOptions targetOptions) {

  /** The default limit on deletes: more than a typical edit, fewer than a wrong site folder. */
  public static final int DEFAULT_MAX_DELETES = 256;

  public PublishOptions {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(knownHosts, "knownHosts");
    Objects.requireNonNull(hostKeyFingerprint, "hostKeyFingerprint");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(targetOptions, "targetOptions");
  }

  /**
   * Options with defaults: a real publish, at most {@value #DEFAULT_MAX_DELETES} deletes, no
   * credentials, {@code ~/.ssh/known_hosts}, generic option names.
   */
  public static PublishOptions of(String target) {
    return new PublishOptions(
        target,
        false,
        DEFAULT_MAX_DELETES,
        Credentials.NONE,
        Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"),
        Optional.empty(),
        OptionNames.GENERIC,
        TargetOptions.NONE);
  }

  public PublishOptions withDryRun(boolean dry) {
    return new PublishOptions(
        target, dry, maxDeletes, credentials, knownHosts, hostKeyFingerprint, names, targetOptions);
  }

  public PublishOptions withMaxDeletes(int max) {
    return new PublishOptions(
        target, dryRun, max, credentials, knownHosts, hostKeyFingerprint, names, targetOptions);
  }

  public PublishOptions withCredentials(Credentials login) {
    return new PublishOptions(
        target, dryRun, maxDeletes, login, knownHosts, hostKeyFingerprint, names, targetOptions);
  }

  public PublishOptions withKnownHosts(Path file) {
    return new PublishOptions(
        target, dryRun, maxDeletes, credentials, file, hostKeyFingerprint, names, targetOptions);
  }

  /** A blank fingerprint counts as none, because an unset Maven property arrives as "". */
  public PublishOptions withHostKeyFingerprint(String fingerprint) {
    Optional<String> value =
        Optional.ofNullable(fingerprint).map(String::strip).filter(f -> !f.isEmpty());
    return new PublishOptions(
        target, dryRun, maxDeletes, credentials, knownHosts, value, names, targetOptions);
  }

  public PublishOptions withNames(OptionNames spelling) {
    return new PublishOptions(
        target,
        dryRun,
        maxDeletes,
        credentials,
        knownHosts,
        hostKeyFingerprint,
        spelling,
        targetOptions);
  }

  public PublishOptions withTargetOptions(TargetOptions settings) {
    return new PublishOptions(
        target, dryRun, maxDeletes, credentials, knownHosts, hostKeyFingerprint, names, settings);
  }
}
