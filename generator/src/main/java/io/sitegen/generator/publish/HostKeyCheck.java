package io.sitegen.generator.publish;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import io.sitegen.generator.api.BuildException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether the SSH server (of an SFTP or a git target) is the one the user means: its host
 * key must match the configured {@code SHA256:} fingerprint or, without one, a line of the {@code
 * known_hosts} file. It remembers the key the server showed, so a rejection can say exactly how to
 * accept that key. It never writes to {@code known_hosts}.
 */
final class HostKeyCheck implements HostKeyRepository {

  private static final String PREFIX = "SHA256:";

  /** The user's known_hosts as JSch reads it; null when the file does not exist. */
  private final HostKeyRepository knownHosts;

  private final Optional<String> expected;
  private byte[] shown = new byte[0];
  private int result = NOT_INCLUDED;

  private HostKeyCheck(HostKeyRepository knownHosts, Optional<String> expected) {
    this.knownHosts = knownHosts;
    this.expected = expected;
  }

  /**
   * The check configured by {@code options}: the fingerprint when there is one, else the {@code
   * known_hosts} file (a missing file knows no host).
   */
  static HostKeyCheck of(PublishOptions options) {
    if (options.hostKeyFingerprint().isPresent()) {
      return new HostKeyCheck(null, Optional.of(normalised(options)));
    }
    Path file = options.knownHosts();
    if (!Files.isRegularFile(file)) {
      return new HostKeyCheck(null, Optional.empty());
    }
    JSch reader = new JSch();
    try {
      reader.setKnownHosts(file.toString());
    } catch (JSchException e) {
      throw Failures.problem(
          "cannot read the known hosts file " + file + ": " + e.getMessage(),
          "Fix or move the file, or set " + options.names().hostKeyFingerprint("SHA256:..."));
    }
    return new HostKeyCheck(reader.getHostKeyRepository(), Optional.empty());
  }

  /** {@code [host]:port}, as {@code known_hosts} and {@code ssh-keygen -R} write it. */
  static String knownHostsName(String host, int port) {
    return port == 22 ? host : "[" + host + "]:" + port;
  }

  /** {@code SHA256:} and the unpadded Base64 of the key's SHA-256, as OpenSSH shows it. */
  static String fingerprint(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The key's algorithm, the first string of the SSH key blob ({@code ssh-ed25519}, ...). */
  static String algorithm(byte[] key) {
    ByteBuffer blob = ByteBuffer.wrap(key);
    if (blob.remaining() < 4) {
      return "unknown";
    }
    int length = blob.getInt();
    if (length <= 0 || length > blob.remaining()) {
      return "unknown";
    }
    return new String(key, 4, length, StandardCharsets.US_ASCII);
  }

  /**
   * The keys {@code known_hosts} holds for {@code host} (in {@link #knownHostsName} form), so the
   * client can ask the server for a key of one of those types; none when a fingerprint is checked.
   */
  List<byte[]> knownKeys(String host) {
    if (knownHosts == null || expected.isPresent()) {
      return List.of();
    }
    return Arrays.stream(knownHosts.getHostKey(host, null))
        .filter(key -> key.getMarker().isEmpty())
        .map(key -> Base64.getDecoder().decode(key.getKey()))
        .toList();
  }

  @Override
  public int check(String host, byte[] key) {
    shown = key.clone();
    if (expected.isPresent()) {
      result = fingerprint(key).equals(expected.get()) ? OK : CHANGED;
    } else {
      result = knownHosts == null ? NOT_INCLUDED : knownHosts.check(host, key);
    }
    return result;
  }

  /**
   * Why the connection was refused when it was the server's key, with the key's fingerprint and the
   * exact option or command that accepts it; empty when the key was accepted or never seen.
   */
  Optional<BuildException> rejection(String host, int port, PublishOptions options) {
    if (shown.length == 0 || result == OK) {
      return Optional.empty();
    }
    String key = algorithm(shown) + " " + fingerprint(shown);
    String where = knownHostsName(host, port);
    String file = options.knownHosts().toString();
    String scan = "ssh-keyscan " + (port == 22 ? "" : "-p " + port + " ") + host + " >> " + file;
    String accept = options.names().hostKeyFingerprint(fingerprint(shown));
    if (expected.isPresent()) {
      return Optional.of(
          Failures.problem(
              "the host key of "
                  + where
                  + " does not match the configured fingerprint "
                  + expected.get()
                  + ": the server shows "
                  + key,
              "If the server's key was changed on purpose, set "
                  + accept
                  + "; if not, someone may be intercepting the connection, so do not publish"));
    }
    if (result == CHANGED) {
      return Optional.of(
          Failures.problem(
              "the host key of "
                  + where
                  + " does not match the one in "
                  + file
                  + ": the server shows "
                  + key,
              "If the server's key was changed on purpose, remove the old line with ssh-keygen -R '"
                  + where
                  + "' -f "
                  + file
                  + " and add the new one with "
                  + scan
                  + " (or set "
                  + accept
                  + "); if not, someone may be intercepting the connection, so do not publish"));
    }
    return Optional.of(
        Failures.problem(
            "the host key of "
                + where
                + " is not known (not in "
                + file
                + "): the server shows "
                + key,
            "If that is your server's key, accept it by setting "
                + accept
                + ", or add it to the known hosts with: "
                + scan));
  }

  @Override
  public void add(HostKey hostkey, UserInfo ui) {
    // Keys are only ever accepted by the user, through known_hosts or the fingerprint option.
  }

  @Override
  public void remove(String host, String type) {
    // As for add: the user's known_hosts is read, never changed.
  }

  @Override
  public void remove(String host, String type, byte[] key) {
    // As for add: the user's known_hosts is read, never changed.
  }

  @Override
  public String getKnownHostsRepositoryID() {
    return knownHosts == null ? "site-gen host key check" : knownHosts.getKnownHostsRepositoryID();
  }

  @Override
  public HostKey[] getHostKey() {
    return knownHosts == null ? new HostKey[0] : knownHosts.getHostKey();
  }

  @Override
  public HostKey[] getHostKey(String host, String type) {
    return knownHosts == null ? new HostKey[0] : knownHosts.getHostKey(host, type);
  }

  /** The configured fingerprint as OpenSSH prints it: {@code SHA256:}, no Base64 padding. */
  private static String normalised(PublishOptions options) {
    String given = options.hostKeyFingerprint().orElseThrow();
    if (!given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
        || given.length() == PREFIX.length()) {
      throw Failures.problem(
          "the host key fingerprint '" + given + "' is not in the OpenSSH SHA256: form",
          "Set "
              + options.names().hostKeyFingerprint("SHA256:...")
              + " with the fingerprint ssh-keygen -lf prints (e.g. ssh-keyscan HOST | ssh-keygen"
              + " -lf -)");
    }
    String base64 = given.substring(PREFIX.length()).replaceAll("=+$", "");
    return PREFIX + base64;
  }
}
