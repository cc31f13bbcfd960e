package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a target URL into an open {@link PublishTarget}. */
final class Targets {

  static final String FORMS =
      "file:///path/to/folder, sftp://[user@]host[:port]/path, ftp:// or ftps://[user@]host[:port]/path,"
          + " s3://bucket[/prefix] or git:REPOSITORY-URL[#branch]";

  private Targets() {}

  /**
   * Opens the target of {@code options}: a folder for {@code file:}, a logged-in SFTP session for
   * {@code sftp:}, an FTP session for {@code ftp:} and {@code ftps:}.
   *
   * @throws BuildException for a URL of another form, naming the option that holds it
   */
  static PublishTarget open(PublishOptions options, BuildListener listener) {
    String url = options.target().strip();
    OptionNames names = options.names();
    return switch (scheme(options)) {
      case "file" -> new DirectoryTarget(folder(url, names), shown(options.target()));
      case "sftp" -> SftpTarget.connect(sftp(url, names), options, listener);
      case "ftp" -> FtpTarget.connect(server(url, names, 21), false, options, listener);
      case "ftps" -> FtpTarget.connect(server(url, names, 21), true, options, listener);
      case "s3" -> S3Target.connect(bucket(url, names), options, listener);
      case "git" -> GitTarget.connect(git(url, names), options, listener);
      default -> throw new IllegalStateException("scheme() lets no other scheme through");
    };
  }

  /** Checks what {@link #open} would check before connecting: the URL and the host key option. */
  static void check(PublishOptions options) {
    String url = options.target().strip();
    OptionNames names = options.names();
    switch (scheme(options)) {
      case "file" -> folder(url, names);
      case "s3" -> bucket(url, names);
      case "git" -> git(url, names);
      case "sftp" -> {
        sftp(url, names);
        HostKeyCheck.of(options);
      }
      default -> {
        server(url, names, 21);
        options.hostKeyFingerprint().ifPresent(pin -> CertificatePin.of(pin, names));
      }
    }
  }

  /**
   * The URL's scheme in lower case, one of those {@link #open} knows.
   *
   * @throws BuildException for no URL, or one of another form
   */
  private static String scheme(PublishOptions options) {
    String url = options.target().strip();
    String scheme =
        url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    if (List.of("file", "sftp", "ftp", "ftps", "s3", "git").contains(scheme)) {
      return scheme;
    }
    if (url.isEmpty()) {
      throw Failures.problem(
          "no target URL to publish to", "Set " + options.names().target() + " to " + FORMS);
    }
    throw Failures.problem(
        "the target URL " + shown(url) + " is not a URL site-gen can publish to",
        "Set " + options.names().target() + " to " + FORMS);
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

  /**
   * The parts of a {@code git:https://host/owner/repo.git#gh-pages} URL.
   *
   * @param repository the repository's own URL: {@code https:}, {@code http:}, {@code file:},
   *     {@code ssh://[user@]host[:port]/path} or git's short SSH form {@code user@host:path}
   * @param branch the branch the site is committed to, {@value #DEFAULT_BRANCH} if none is given
   */
  record GitAddress(String repository, String branch, String shown) {

    /** Whether the repository is reached over SSH. */
    boolean overSsh() {
      return repository.matches(SSH_REPOSITORY);
    }
  }

  /**
   * {@code ssh://...}, or {@code user@host:path} as GitHub shows it ({@code git@github.com:o/r}).
   */
  private static final String SSH_REPOSITORY = "(?i)ssh://.+|[^/:@\\s]+@[^/:@\\s]+:.+";

  static final String DEFAULT_BRANCH = "gh-pages";

  static GitAddress git(String url, OptionNames names) {
    String rest = url.substring("git:".length());
    int hash = rest.lastIndexOf('#');
    String repository = hash < 0 ? rest : rest.substring(0, hash);
    String branch = hash < 0 ? DEFAULT_BRANCH : rest.substring(hash + 1);
    if (!repository.matches("(?i)(https?|file)://.+") && !repository.matches(SSH_REPOSITORY)) {
      throw Failures.problem(
          "the target URL " + shown(url) + " names no https:, http:, ssh: or file: repository",
          "Write it as git:https://host/owner/repo.git#branch or git:git@host:owner/repo.git#branch");
    }
    if (repository.matches("(?i)[a-z]+://[^/@]*:[^/@]*@.*")) {
      throw Failures.problem(
          "the target URL holds a password",
          "Take it out of the URL, where logs and shell history keep it, and give it as "
              + names.credentials());
    }
    if (!branch.matches("[A-Za-z0-9._/-]+") || branch.contains("..") || branch.endsWith("/")) {
      throw Failures.problem(
          "the branch '" + branch + "' in " + shown(url) + " is not a branch name",
          "Write it after a #, e.g. git:https://host/owner/repo.git#gh-pages");
    }
    return new GitAddress(repository, branch, "git:" + shown(repository) + "#" + branch);
  }

  /**
   * The parts of an {@code s3://bucket/prefix} URL.
   *
   * @param prefix the keys' common start without slashes at either end, {@code ""} for the whole
   *     bucket
   */
  record Bucket(String name, String prefix, String shown) {}

  static Bucket bucket(String url, OptionNames names) {
    String rest = url.regionMatches(true, 0, "s3://", 0, 5) ? url.substring(5) : "";
    int slash = rest.indexOf('/');
    String name = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("^/+|/+$", "");
    if (name.contains("@")) {
      throw Failures.problem(
          "the target URL holds credentials",
          "Take them out of the URL, where logs and shell history keep them, and give them as "
              + names.credentials());
    }
    if (!name.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
      throw Failures.problem(
          "the target URL " + shown(url) + " names no valid bucket",
          "Write it as s3://bucket[/prefix], with the bucket's name in lower case");
    }
    return new Bucket(name, prefix, "s3://" + name + (prefix.isEmpty() ? "" : "/" + prefix));
  }

  /** The parts of an {@code sftp://[user@]host[:port]/path} URL, or of an FTP one. */
  record SftpAddress(Optional<String> user, String host, int port, String path, String shown) {

    /** {@code [host]:port}, as {@code known_hosts} and {@code ssh-keygen -R} write it. */
    String knownHostsName() {
      return HostKeyCheck.knownHostsName(host, port);
    }
  }

  static SftpAddress sftp(String url, OptionNames names) {
    return server(url, names, 22);
  }

  /** The parts of a {@code scheme://[user@]host[:port]/path} URL, with the scheme's usual port. */
  static SftpAddress server(String url, OptionNames names, int defaultPort) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw Failures.problem(
          "the target URL " + shown(url) + " is not a valid URL: " + e.getReason(),
          "Write it as scheme://[user@]host[:port]/path, with a space as %20");
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
        uri.getPort() < 0 ? defaultPort : uri.getPort(),
        path,
        shown(url));
  }
}
