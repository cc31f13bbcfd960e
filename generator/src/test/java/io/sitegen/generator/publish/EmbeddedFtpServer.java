package io.sitegen.generator.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * Apache FtpServer on 127.0.0.1 with one user whose home is a local folder, plain or with explicit
 * TLS from a key store made by {@code keytool} for the test.
 */
final class EmbeddedFtpServer implements AutoCloseable {

  static final String USER = "deploy";
  static final String PASSWORD = "correct horse battery staple";
  private static final String STORE_PASSWORD = "changeit-test";

  final Path root;
  private final FtpServer server;
  private final X509Certificate certificate;

  private EmbeddedFtpServer(Path root, FtpServer server, X509Certificate certificate) {
    this.root = root;
    this.server = server;
    this.certificate = certificate;
  }

  static EmbeddedFtpServer start(Path work, boolean tls) throws Exception {
    Path root = Files.createDirectories(work.resolve("ftp-root"));
    ListenerFactory listener = new ListenerFactory();
    listener.setServerAddress("127.0.0.1");
    listener.setPort(0);
    DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
    data.setPassiveAddress("127.0.0.1");
    data.setPassiveExternalAddress("127.0.0.1");
    listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
    X509Certificate certificate = null;
    if (tls) {
      Path store = keyStore(work);
      SslConfigurationFactory ssl = new SslConfigurationFactory();
      ssl.setKeystoreFile(store.toFile());
      ssl.setKeystorePassword(STORE_PASSWORD);
      listener.setSslConfiguration(ssl.createSslConfiguration());
      listener.setImplicitSsl(false);
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (var in = Files.newInputStream(store)) {
        keys.load(in, STORE_PASSWORD.toCharArray());
      }
      certificate = (X509Certificate) keys.getCertificate("ftp");
    }
    FtpServerFactory factory = new FtpServerFactory();
    factory.addListener("default", listener.createListener());
    PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
    users.setFile(Files.createFile(work.resolve("users.properties")).toFile());
    var manager = users.createUserManager();
    BaseUser user = new BaseUser();
    user.setName(USER);
    user.setPassword(PASSWORD);
    user.setHomeDirectory(root.toString());
    user.setAuthorities(List.of(new WritePermission()));
    manager.save(user);
    factory.setUserManager(manager);
    FtpServer server = factory.createServer();
    server.start();
    return new EmbeddedFtpServer(root, server, certificate);
  }

  int port() {
    return ((DefaultFtpServer) server).getListener("default").getPort();
  }

  /** The certificate's fingerprint, as a user pins a self-signed one. */
  String fingerprint() throws java.security.cert.CertificateEncodingException {
    return CertificatePin.fingerprint(certificate);
  }

  @Override
  public void close() {
    server.stop();
  }

  /** A self-signed RSA key and certificate for 127.0.0.1, made by the JDK's keytool. */
  private static Path keyStore(Path work) throws IOException, InterruptedException {
    Path store = work.resolve("ftp.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "ftp",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    return store;
  }
}
