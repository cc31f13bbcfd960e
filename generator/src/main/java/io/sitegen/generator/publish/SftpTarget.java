package io.sitegen.generator.publish;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A folder on an SFTP server, through one JSch session held open for the whole publish. */
final class SftpTarget implements PublishTarget {

  /** For connecting, and for any one reply of the server: a dead server fails, not hangs. */
  private static final int TIMEOUT_MS = 30_000;

  /** Tried in this order when the user gives neither a password nor a key, as ssh does. */
  private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

  private final Session session;
  private final ChannelSftp sftp;
  private final Targets.SftpAddress address;

  /** Folders known to exist, so each is looked up at most once per publish. */
  private final Set<String> folders = new HashSet<>();

  private SftpTarget(Session session, ChannelSftp sftp, Targets.SftpAddress address) {
    this.session = session;
    this.sftp = sftp;
    this.address = address;
  }

  /**
   * Logs in and opens the SFTP channel.
   *
   * @throws BuildException naming the host and what to do, for an unknown or changed host key, a
   *     refused login, an unknown host or a server that does not answer
   */
  static SftpTarget connect(
      Targets.SftpAddress address, PublishOptions options, BuildListener listener) {
    HostKeyCheck hostKeys = HostKeyCheck.of(options);
    JSch jsch = new JSch();
    jsch.setHostKeyRepository(hostKeys);
    Credentials login = options.credentials();
    String user = login.user().or(address::user).orElse(System.getProperty("user.name"));
    String method = addIdentities(jsch, login, options, listener);
    listener.onEvent(
        BuildEvent.debug("logging in to " + address.shown() + " as " + user + " " + method));
    Session session = null;
    try {
      session = jsch.getSession(user, address.host(), address.port());
      session.setConfig("StrictHostKeyChecking", "yes");
      // No GSSAPI: it only adds a slow Kerberos attempt on machines that are not set up for it.
      session.setConfig("PreferredAuthentications", "publickey,keyboard-interactive,password");
      login.password().ifPresent(session::setPassword);
      session.setTimeout(TIMEOUT_MS);
      session.connect(TIMEOUT_MS);
      ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
      sftp.connect(TIMEOUT_MS);
      return new SftpTarget(session, sftp, address);
    } catch (JSchException e) {
      if (session != null) {
        session.disconnect();
      }
      listener.onEvent(BuildEvent.debug("SSH connection failed: " + e));
      throw hostKeys
          .rejection(address.host(), address.port(), options)
          .orElseGet(() -> connectFailure(e, address, user, method, options));
    }
  }

  @Override
  public String describe() {
    return address.shown();
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      sftp.get(remote(path), bytes);
      return Optional.of(bytes.toByteArray());
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return Optional.empty();
      }
      throw failed("read", path, e);
    }
  }

  @Override
  public void write(String path, InputStream content) throws IOException {
    String parent = TargetPaths.parent(path);
    createFolder(parent.isEmpty() ? address.path() : under(parent));
    try {
      sftp.put(content, remote(path), ChannelSftp.OVERWRITE);
    } catch (SftpException e) {
      throw failed("write", path, e);
    }
  }

  @Override
  public void rename(String from, String to) throws IOException {
    try {
      sftp.rename(remote(from), remote(to));
    } catch (SftpException e) {
      if (sftp.getExtension("posix-rename@openssh.com") != null) {
        throw failed("rename", from, e);
      }
      // Plain SFTP v3 rename refuses to replace a file; without the OpenSSH extension the old
      // file has to go first, leaving a moment without it.
      delete(to);
      try {
        sftp.rename(remote(from), remote(to));
      } catch (SftpException again) {
        throw failed("rename", from, again);
      }
    }
  }

  @Override
  public boolean delete(String path) throws IOException {
    try {
      sftp.rm(remote(path));
      return true;
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return false;
      }
      throw failed("delete", path, e);
    }
  }

  @Override
  public boolean removeEmptyFolder(String path) {
    try {
      sftp.rmdir(remote(path));
      folders.remove(under(path));
      return true;
    } catch (SftpException e) {
      // SFTP reports a folder that is not empty as a plain failure, like any other.
      return false;
    }
  }

  @Override
  public void close() {
    sftp.disconnect();
    session.disconnect();
  }

  /** Creates {@code folder} and the folders above it that are missing. */
  private void createFolder(String folder) throws IOException {
    if (folder.isEmpty() || folder.equals(".") || folder.equals("/") || folders.contains(folder)) {
      return;
    }
    try {
      SftpATTRS attributes = sftp.stat(quoted(folder));
      if (!attributes.isDir()) {
        throw Failures.problem(
            address.shown() + ": " + folder + " is a file where the site has a folder",
            "Move it away on the server and publish again");
      }
    } catch (SftpException e) {
      if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        throw failed("look up", folder, e);
      }
      int slash = folder.lastIndexOf('/');
      if (slash > 0) {
        createFolder(folder.substring(0, slash));
      }
      try {
        sftp.mkdir(quoted(folder));
      } catch (SftpException mkdir) {
        throw failed("create the folder", folder, mkdir);
      }
    }
    folders.add(folder);
  }

  private String remote(String path) {
    return quoted(under(path));
  }

  /** The server's path of a target path: below the URL's folder, which may be the root. */
  private String under(String path) {
    return address.path().endsWith("/") ? address.path() + path : address.path() + "/" + path;
  }

  /** JSch reads {@code *} and {@code ?} in remote paths as globs: a site file's name is literal. */
  private static String quoted(String path) {
    return path.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }

  private IOException failed(String what, String path, SftpException e) {
    return new IOException(
        "cannot " + what + " " + path + " on " + address.shown() + ": " + e.getMessage(), e);
  }

  /**
   * Loads the private key given, or the default keys when neither a key nor a password is; says how
   * the login is tried (never with the password itself).
   */
  private static String addIdentities(
      JSch jsch, Credentials login, PublishOptions options, BuildListener listener) {
    if (login.privateKey().isPresent()) {
      Path key = login.privateKey().get();
      try {
        byte[] passphrase =
            login.passphrase().map(p -> p.getBytes(StandardCharsets.UTF_8)).orElse(null);
        jsch.addIdentity(key.toString(), passphrase);
      } catch (JSchException e) {
        throw Failures.problem(
            "cannot use the private key " + key + ": " + e.getMessage(),
            "Check the file and its passphrase (" + options.names().credentials() + ")");
      }
      return "with the key " + key + (login.password().isPresent() ? " or a password" : "");
    }
    if (login.password().isPresent()) {
      return "with a password";
    }
    Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
    StringBuilder used = new StringBuilder();
    for (String name : DEFAULT_KEYS) {
      Path key = ssh.resolve(name);
      if (Files.isRegularFile(key)) {
        try {
          jsch.addIdentity(key.toString());
          used.append(used.length() == 0 ? "with the keys " : ", ").append(key);
        } catch (JSchException e) {
          listener.onEvent(BuildEvent.debug("skipping the key " + key + ": " + e.getMessage()));
        }
      }
    }
    return used.length() == 0 ? "with no password or key" : used.toString();
  }

  private static BuildException connectFailure(
      JSchException e,
      Targets.SftpAddress address,
      String user,
      String method,
      PublishOptions options) {
    String where = address.host() + ":" + address.port();
    String message = String.valueOf(e.getMessage());
    Throwable cause = e.getCause();
    if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
      return Failures.problem(
          where + " refused the login of user '" + user + "' " + method,
          "Check " + options.names().credentials());
    }
    if (cause instanceof UnknownHostException) {
      return Failures.problem(
          "unknown host '" + address.host() + "'",
          "Check the host name in " + options.names().target());
    }
    if (cause instanceof ConnectException
        || cause instanceof NoRouteToHostException
        || cause instanceof SocketTimeoutException
        || message.contains("timeout")) {
      return Failures.problem(
          "cannot connect to "
              + where
              + " ("
              + (cause == null ? message : cause.getMessage())
              + ")",
          "Check the host and port in "
              + options.names().target()
              + " and that an SSH server is running there");
    }
    return Failures.problem(
        "cannot open an SFTP session on " + where + " as '" + user + "': " + message,
        "Check that the server offers SFTP and that "
            + options.names().credentials()
            + " are right");
  }
}
