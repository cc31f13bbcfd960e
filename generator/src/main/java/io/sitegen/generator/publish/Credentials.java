package io.sitegen.generator.publish;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Who logs in to an SFTP server. When neither a password nor a key is given, the usual keys in
 * {@code ~/.ssh} are tried, as {@code ssh} does. {@link #toString} never shows a secret.
 *
 * @param user the login; empty means the one in the URL, else the local user name
 * @param password the password, also used for a keyboard-interactive password prompt
 * @param privateKey an OpenSSH or PEM private key file
 * @param passphrase the passphrase of {@code privateKey}
 */
public record Credentials(
    Optional<String> user,
    Optional<String> password,
    Optional<Path> privateKey,
    Optional<String> passphrase) {

  /** No user, password or key: the URL's user and the default keys. */
  public static final Credentials NONE =
      new Credentials(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Credentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(passphrase, "passphrase");
  }

  /** Blank strings count as unset, because an unset Maven property arrives as "". */
  public static Credentials of(String user, String password, Path privateKey, String passphrase) {
    return new Credentials(
        present(user), present(password), Optional.ofNullable(privateKey), present(passphrase));
  }

  @Override
  public String toString() {
    return "Credentials[user="
        + user.orElse("(default)")
        + ", password="
        + (password.isPresent() ? "***" : "none")
        + ", privateKey="
        + privateKey.map(Path::toString).orElse("none")
        + ", passphrase="
        + (passphrase.isPresent() ? "***" : "none")
        + "]";
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
