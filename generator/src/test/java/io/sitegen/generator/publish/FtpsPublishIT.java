package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildException;
import org.junit.jupiter.api.Test;

/**
 * The FTP tests over explicit TLS (AUTH TLS, data connections protected), with the server's
 * self-signed certificate pinned by fingerprint, and the refusals when it is not.
 */
class FtpsPublishIT extends FtpPublishIT {

  @Override
  boolean tls() {
    return true;
  }

  @Override
  PublishOptions options() {
    try {
      return super.options().withHostKeyFingerprint(server.fingerprint());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSelfSignedCertificateWithoutItsFingerprintIsRefusedWithTheWayToAcceptIt() {
    PublishOptions options = options().withHostKeyFingerprint(null);

    assertThatThrownBy(() -> publish(site(), options))
        .isInstanceOf(BuildException.class)
        .hasNoCause()
        .hasMessageContaining("the TLS connection to 127.0.0.1:" + server.port() + " failed")
        .hasMessageContaining("give its fingerprint as hostKeyFingerprint=SHA256:...");
  }

  @Test
  void anotherCertificateFingerprintIsRefused() {
    PublishOptions options = options().withHostKeyFingerprint("SHA256:" + "A".repeat(43));

    assertThatThrownBy(() -> publish(site(), options))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("not the configured SHA256:AAAA");
  }
}
