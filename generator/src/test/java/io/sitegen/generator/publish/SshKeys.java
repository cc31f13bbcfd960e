package io.sitegen.generator.publish;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/** Private key files as {@code ssh-keygen} writes them, for the SSH logins of the publish tests. */
final class SshKeys {

  private SshKeys() {}

  /** {@code key} written to {@code file} in OpenSSH form, encrypted with {@code passphrase}. */
  static Path encrypted(KeyPair key, Path file, String passphrase) throws Exception {
    OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
    encryption.setPassword(passphrase);
    encryption.setCipherName("AES");
    encryption.setCipherType("256");
    // Few bcrypt rounds: the default 16 make a client spend a second deriving the key.
    encryption.setKdfRounds(2);
    try (OutputStream out = Files.newOutputStream(file)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", encryption, out);
    }
    return file;
  }
}
