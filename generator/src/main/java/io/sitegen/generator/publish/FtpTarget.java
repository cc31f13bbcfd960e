package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * A folder on an FTP server, plain ({@code ftp://}) or with explicit TLS ({@code ftps://}: {@code
 * AUTH TLS} on the usual port, data connections protected too), in passive mode, as shared hosts
 * offer it. One login for the whole publish.
 */
final class FtpTarget implements PublishTarget {

  /** For connecting, and for any one reply of the server: a dead server fails, not hangs. */
  private static final int TIMEOUT_MS = 30_000;

  private final FTPClient ftp;
  private final Targets.SftpAddress address;

  /** Folders known to exist, so each is created at most once per publish. */
  private final Set<String> folders = new HashSet<>();

  private FtpTarget(FTPClient ftp, Targets.SftpAddress address) {
    this.ftp = ftp;
    this.address = address;
  }

  /**
   * Connects, starts TLS for {@code ftps}, logs in and switches to binary passive transfers.
   *
   * @throws BuildException for a refused login, an untrusted certificate, an unknown host or a
   *     server that does not answer, naming the option to fix
   */
  static FtpTarget connect(
      Targets.SftpAddress address, boolean tls, PublishOptions options, BuildListener listener) {
    FTPClient ftp = tls ? tlsClient(options) : new FTPClient();
    ftp.setConnectTimeout(TIMEOUT_MS);
    ftp.setDefaultTimeout(TIMEOUT_MS);
    String user = options.credentials().user().or(address::user).orElse("anonymous");
    String where = address.host() + ":" + address.port();
    try {
      ftp.connect(address.host(), address.port());
      ftp.setSoTimeout(TIMEOUT_MS);
      if (ftp instanceof FTPSClient ftps) {
        // Protect the data connections as well, not only the commands and the password.
        ftps.execPBSZ(0);
        ftps.execPROT("P");
      }
      listener.onEvent(BuildEvent.debug("logging in to " + address.shown() + " as " + user));
      if (!ftp.login(user, options.credentials().password().orElse(""))) {
        // The server's reply is not shown: some echo what was sent.
        throw Failures.problem(
            where + " refused the login of user '" + user + "'",
            "Check " + options.names().credentials());
      }
      ftp.setFileType(FTP.BINARY_FILE_TYPE);
      ftp.enterLocalPassiveMode();
      return new FtpTarget(ftp, address);
    } catch (BuildException e) {
      disconnect(ftp);
      throw e;
    } catch (SSLException e) {
      disconnect(ftp);
      throw Failures.problem(
          "the TLS connection to " + where + " failed: " + e.getMessage(),
          "If the server's certificate is self-signed, give its fingerprint as "
              + options.names().hostKeyFingerprint("SHA256:..."));
    } catch (UnknownHostException e) {
      disconnect(ftp);
      throw Failures.problem(
          "unknown host '" + address.host() + "'",
          "Check the host name in " + options.names().target());
    } catch (IOException e) {
      disconnect(ftp);
      throw Failures.problem(
          "cannot connect to " + where + " (" + e.getMessage() + ")",
          "Check the host and port in "
              + options.names().target()
              + (e instanceof ConnectException ? " and that an FTP server is running there" : ""));
    }
  }

  private static FTPSClient tlsClient(PublishOptions options) {
    FTPSClient ftps = new FTPSClient(false);
    options
        .hostKeyFingerprint()
        .ifPresentOrElse(
            pin -> ftps.setTrustManager(CertificatePin.of(pin, options.names())),
            () -> {
              // Commons Net's own default checks only the dates: use the JDK's CA check.
              ftps.setTrustManager(systemTrust());
              ftps.setEndpointCheckingEnabled(true);
            });
    return ftps;
  }

  private static X509TrustManager systemTrust() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the JDK has no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's trust store cannot be read", e);
    }
  }

  @Override
  public String describe() {
    return address.shown();
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (ftp.retrieveFile(remote(path), out)) {
      return Optional.of(out.toByteArray());
    }
    if (ftp.getReplyCode() == FTPReply.FILE_UNAVAILABLE) {
      return Optional.empty();
    }
    throw new IOException(answer());
  }

  @Override
  public void write(String path, InputStream content) throws IOException {
    createFolders(path);
    if (!ftp.storeFile(remote(path), content)) {
      throw new IOException(answer());
    }
  }

  @Override
  public void rename(String from, String to) throws IOException {
    if (ftp.rename(remote(from), remote(to))) {
      return;
    }
    // Many servers refuse to rename over an existing file: the old one has to go first,
    // leaving a moment without it, as with plain SFTP.
    delete(to);
    if (!ftp.rename(remote(from), remote(to))) {
      throw new IOException(answer());
    }
  }

  @Override
  public boolean delete(String path) throws IOException {
    if (ftp.deleteFile(remote(path))) {
      return true;
    }
    if (ftp.getReplyCode() == FTPReply.FILE_UNAVAILABLE) {
      return false;
    }
    // Some servers (Apache FtpServer among them) answer 450 for a file that is not there.
    String refusal = answer();
    if (ftp.listFiles(remote(path)).length == 0) {
      return false;
    }
    throw new IOException(refusal);
  }

  @Override
  public boolean removeEmptyFolder(String path) throws IOException {
    // FTP reports a folder that is not empty as a plain failure, like any other.
    boolean removed = ftp.removeDirectory(remote(path));
    if (removed) {
      folders.remove(path);
    }
    return removed;
  }

  @Override
  public void close() {
    try {
      ftp.logout();
    } catch (IOException e) {
      // Everything that mattered was written; a server that hangs up first is fine.
    }
    disconnect(ftp);
  }

  /** Creates the folders above {@code path} that are missing, outermost first. */
  private void createFolders(String path) throws IOException {
    if (!address.path().equals(".") && folders.add("")) {
      makeFolder(address.path(), "");
    }
    for (String folder : TargetPaths.folders(path)) {
      if (folders.add(folder)) {
        makeFolder(remote(folder), folder);
      }
    }
  }

  /** MKD fails both for a folder that exists and for one that cannot be made: tell them apart. */
  private void makeFolder(String remote, String shown) throws IOException {
    if (ftp.makeDirectory(remote)) {
      return;
    }
    String here = ftp.printWorkingDirectory();
    boolean exists = ftp.changeWorkingDirectory(remote);
    if (here != null) {
      ftp.changeWorkingDirectory(here);
    }
    if (!exists) {
      throw new IOException(
          "cannot create the folder " + (shown.isEmpty() ? remote : shown) + ": " + answer());
    }
  }

  /** The server's path of a target path: below the URL's folder, or the login folder. */
  private String remote(String path) {
    String root = address.path();
    if (root.equals(".")) {
      return path;
    }
    return root.endsWith("/") ? root + path : root + "/" + path;
  }

  /** The publisher's message already names the operation, the file and the target. */
  private String answer() {
    return "the server answered " + ftp.getReplyString().strip();
  }

  private static void disconnect(FTPClient ftp) {
    try {
      if (ftp.isConnected()) {
        ftp.disconnect();
      }
    } catch (IOException e) {
      // Nothing left to do with a connection that will not close.
    }
  }
}
