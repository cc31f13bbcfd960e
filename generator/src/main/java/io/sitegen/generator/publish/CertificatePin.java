package io.sitegen.generator.publish;

import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts exactly one server certificate, given by its {@code SHA256:} fingerprint, for a TLS server
 * with a self-signed certificate (common on shared FTPS hosts), the way a host key is accepted for
 * SFTP.
 */
final class CertificatePin implements X509TrustManager {

  private final String fingerprint;

  private CertificatePin(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  /** The fingerprint in OpenSSH's form; Base64 padding is optional, as for host keys. */
  static CertificatePin of(String fingerprint, OptionNames names) {
    String pin = fingerprint.strip().replaceAll("=+$", "");
    if (!pin.startsWith("SHA256:")) {
      throw Failures.problem(
          "the certificate fingerprint '" + fingerprint + "' is not in the SHA256: form",
          "Set " + names.hostKeyFingerprint("SHA256:..."));
    }
    return new CertificatePin(pin);
  }

  /** {@code SHA256:} and the unpadded Base64 of the certificate's SHA-256. */
  static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
    return HostKeyCheck.fingerprint(certificate.getEncoded());
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    String shown = fingerprint(chain[0]);
    if (!shown.equals(fingerprint)) {
      throw new CertificateException(
          "the server's certificate has the fingerprint "
              + shown
              + ", not the configured "
              + fingerprint);
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("only for checking servers");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
