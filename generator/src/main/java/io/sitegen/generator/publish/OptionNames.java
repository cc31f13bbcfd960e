package io.sitegen.generator.publish;

import java.util.Objects;

/**
 * How a front end spells the options an error message may tell the user to set, so the Maven plugin
 * says {@code <maxDeletes>} and the command line {@code --max-deletes}. In each, {@code {}} stands
 * for the value to set.
 *
 * @param target the option holding the target URL, e.g. {@code --target}
 * @param hostKeyFingerprint how to accept a host key, e.g. {@code --host-key-fingerprint {}}
 * @param maxDeletes how to raise the delete limit, e.g. {@code --max-deletes {}}
 * @param dryRun how to ask for a dry run, e.g. {@code --dry-run}
 * @param credentials where the user name, password and key come from
 */
public record OptionNames(
    String target,
    String hostKeyFingerprint,
    String maxDeletes,
    String dryRun,
    String credentials) {

  /** Names for a caller that has no options of its own to point at. */
  public static final OptionNames GENERIC =
      new OptionNames(
          "the target URL",
          "hostKeyFingerprint={}",
          "maxDeletes={}",
          "a dry run",
          "the user name and the password or private key");

  public OptionNames {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(hostKeyFingerprint, "hostKeyFingerprint");
    Objects.requireNonNull(maxDeletes, "maxDeletes");
    Objects.requireNonNull(dryRun, "dryRun");
    Objects.requireNonNull(credentials, "credentials");
  }

  String hostKeyFingerprint(String value) {
    return hostKeyFingerprint.replace("{}", value);
  }

  String maxDeletes(int value) {
    return maxDeletes.replace("{}", Integer.toString(value));
  }
}
