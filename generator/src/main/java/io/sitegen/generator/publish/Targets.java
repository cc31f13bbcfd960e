package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Turns a target URL into an open {@link PublishTarget}. */
final class Targets {

  private static final String FORMS = "file:///path/to/folder or sftp://[user@]host[:port]/path";

  private Targets() {}

  /**
   * Opens the target of {@code options}: a folder for {@code file:}, a logged-in SFTP session for
   * {@code sftp:}.
   *
   * @throws BuildException for a URL of another form, naming the option that holds it
   */
  static PublishTarget open(PublishOptions options, BuildListener listener) {
    return byScheme(
        options,
        folder -> new DirectoryTarget(folder, shown(options.target())),
        address -> SftpTarget.connect(address, options, listener));
  }

  /** Checks what {@link #open} would check before connecting: the URL and the host key option. */
  static void check(PublishOptions options) {
    byScheme(options, folder -> folder, address -> HostKeyCheck.of(options));
  }

  private static <T> T byScheme(
      PublishOptions options, Function<Path, T> file, Function<SftpAddress, T> sftp) {
    String url = options.target().strip();
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "file":
        return file.apply(folder(url, options.names()));
      case "sftp":
        return sftp.apply(sftp(url, options.names()));
      default:
        if (url.isEmpty()) {
          throw Failures.problem(
              "no target URL to publish to", "Set " + options.names().target() + " to " + FORMS);
        }
        throw Failures.problem(
            "the target URL " + shown(url) + " is neither a file: nor an sftp: URL",
            "Set " + options.names().target() + " to " + FORMS);
    }
  }

  /** The URL without a user name or password, for messages. */
  static String shown(String url) {
    return url.strip().replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
  }

  /**
   * The folder of a {@code file:} URL: {@code file:///a/b}, {@code file:/a/b}, {@code
   * file://localhost/a/b}, or, for a path that is not a valid URI (spaces, as Maven's {@code
   * file:${project.build.directory}} gives), the text after the scheme as it is.
   */
  static Path folder(String url, OptionNames names) {
    try {
      return Path.of(new URI(url));
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      String rest = url.substring("file:".length());
      if (rest.startsWith("//localhost/")) {
        rest = rest.substring("//localhost".length());
      } else if (rest.startsWith("///")) {
        rest = rest.substring(2);
      } else if (rest.startsWith("//")) {
        throw Failures.problem(
            "the target URL " + shown(url) + " names another host",
            "A file: URL names a folder on this machine: set " + names.target() + " to " + FORMS);
      }
      return Path.of(rest);
    }
  }

  /** The parts of an {@code sftp://[user@]host[:port]/path} URL. */
  record SftpAddress(Optional<String> user, String host, int port, String path, String shown) {

    /** {@code [host]:port}, as {@code known_hosts} and {@code ssh-keygen -R} write it. */
    String knownHostsName() {
      return port == 22 ? host : "[" + host + "]:" + port;
    }
  }

  static SftpAddress sftp(String url, OptionNames names) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw Failures.problem(
          "the target URL " + shown(url) + " is not a valid URL: " + e.getReason(),
          "Write it as sftp://[user@]host[:port]/path, with a space as %20");
    }
    if (uri.getHost() == null) {
      throw Failures.problem(
          "the target URL " + shown(url) + " names no host",
          "Set " + names.target() + " to " + FORMS);
    }
    String userInfo = uri.getUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      // Never echo it: the part after the colon is a password.
      throw Failures.problem(
          "the target URL holds a password",
          "Take it out of the URL, where logs and shell history keep it, and give it as "
              + names.credentials());
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.isEmpty() || path.equals("/~") || path.equals("/~/")) {
      path = ".";
    } else if (path.startsWith("/~/")) {
      path = path.substring("/~/".length());
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String host =
        uri.getHost().startsWith("[") ? uri.getHost().replaceAll("[\\[\\]]", "") : uri.getHost();
    return new SftpAddress(
        Optional.ofNullable(userInfo),
        host,
        uri.getPort() < 0 ? 22 : uri.getPort(),
        path,
        shown(url));
  }
}
