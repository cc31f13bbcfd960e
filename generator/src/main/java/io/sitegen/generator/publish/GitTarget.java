package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A branch of a Git repository, as GitHub, GitLab and Codeberg Pages serve it. The branch is
 * fetched into a temporary working tree; the publisher's file operations change that tree; when the
 * publisher puts the new manifest in place (its last step) the tree is committed on top of the
 * branch's last commit and pushed. A publish that stops before then pushes nothing, so the next one
 * starts again from the branch as it was.
 */
final class GitTarget implements PublishTarget {

  private static final String REMOTE = "origin";

  private final Git git;
  private final Path tree;
  private final DirectoryTarget files;
  private final Targets.GitAddress address;
  private final PublishOptions options;
  private final CredentialsProvider login;
  private final Optional<GitSshTransport> ssh;
  private final BuildListener listener;

  private GitTarget(
      Git git,
      Targets.GitAddress address,
      PublishOptions options,
      CredentialsProvider login,
      Optional<GitSshTransport> ssh,
      BuildListener listener) {
    this.git = git;
    this.tree = git.getRepository().getWorkTree().toPath();
    this.files = new DirectoryTarget(tree, address.shown());
    this.address = address;
    this.options = options;
    this.login = login;
    this.ssh = ssh;
    this.listener = listener;
  }

  /**
   * Fetches the branch (unless {@link TargetOptions#force} asks for a new history) into a temporary
   * working tree.
   *
   * @throws BuildException for a refused login, an unknown or changed SSH host key, or a repository
   *     that cannot be reached
   */
  static GitTarget connect(
      Targets.GitAddress address, PublishOptions options, BuildListener listener) {
    Credentials credentials = options.credentials();
    URIish uri = repository(address, credentials, options);
    Optional<GitSshTransport> ssh =
        address.overSsh() ? Optional.of(GitSshTransport.of(uri, options)) : Optional.empty();
    CredentialsProvider login =
        credentials.password().isEmpty()
            ? null
            : ssh.isPresent()
                ? GitSshTransport.passwordLogin(credentials.password().get())
                : new UsernamePasswordCredentialsProvider(
                    credentials.user().orElse("git"), credentials.password().get());
    Path tree;
    try {
      tree = Files.createTempDirectory("site-gen-git-");
    } catch (IOException e) {
      ssh.ifPresent(GitSshTransport::close);
      throw Failures.io("cannot make a temporary folder: " + e.getMessage(), "Free some space", e);
    }
    Git git = null;
    try {
      git = Git.init().setDirectory(tree.toFile()).setInitialBranch(address.branch()).call();
      git.remoteAdd().setName(REMOTE).setUri(uri).call();
      // Working files of the publish itself stay out of every commit.
      Files.createDirectories(tree.resolve(".git/info"));
      Files.writeString(
          tree.resolve(".git/info/exclude"),
          "/" + TargetPaths.PENDING_FILE + "\n*" + TargetPaths.TEMP_SUFFIX + "\n",
          StandardCharsets.UTF_8);
      String branchRef = "refs/heads/" + address.branch();
      // Asked first: a fetch of a branch that does not exist yet (a first publish) fails.
      boolean exists =
          git
              .lsRemote()
              .setRemote(REMOTE)
              .setHeads(true)
              .setCredentialsProvider(login)
              .setTransportConfigCallback(transport(ssh))
              .call()
              .stream()
              .anyMatch(ref -> ref.getName().equals(branchRef));
      if (exists && !options.targetOptions().force()) {
        String remoteRef = "refs/remotes/" + REMOTE + "/" + address.branch();
        git.fetch()
            .setRemote(REMOTE)
            .setRefSpecs(new RefSpec("+" + branchRef + ":" + remoteRef))
            .setCredentialsProvider(login)
            .setTransportConfigCallback(transport(ssh))
            .call();
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(remoteRef).call();
        listener.onEvent(BuildEvent.debug(address.shown() + " fetched"));
      }
      return new GitTarget(git, address, options, login, ssh, listener);
    } catch (TransportException e) {
      close(git, tree, ssh);
      listener.onEvent(BuildEvent.debug("git connection failed: " + e));
      Optional<BuildException> hostKey = ssh.flatMap(transport -> transport.rejection(options));
      if (hostKey.isPresent()) {
        throw hostKey.get();
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains("not authorized")
          || message.contains("Authentication is required")
          || message.contains("Cannot log in")) {
        Optional<String> user =
            ssh.isPresent() ? Optional.ofNullable(uri.getUser()) : credentials.user();
        throw Failures.problem(
            address.shown()
                + " refused the login"
                + user.map(u -> " of user '" + u + "'").orElse(""),
            "Check "
                + options.names().credentials()
                + (ssh.isPresent() ? "" : " (for GitHub, a token as the password)"));
      }
      throw Failures.problem(
          "cannot fetch " + address.shown() + ": " + message,
          "Check the repository URL in " + options.names().target());
    } catch (GitAPIException | IOException e) {
      close(git, tree, ssh);
      throw Failures.problem(
          "cannot fetch " + address.shown() + ": " + e.getMessage(),
          "Check the repository URL in " + options.names().target());
    }
  }

  @Override
  public String describe() {
    return address.shown();
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    return files.read(path);
  }

  @Override
  public void write(String path, InputStream content) throws IOException {
    files.write(path, content);
  }

  /** Renaming the new manifest into place is the publisher's last step: then commit and push. */
  @Override
  public void rename(String from, String to) throws IOException {
    files.rename(from, to);
    if (to.equals(Manifest.FILE_NAME)) {
      commitAndPush();
    }
  }

  @Override
  public boolean delete(String path) throws IOException {
    return files.delete(path);
  }

  @Override
  public boolean removeEmptyFolder(String path) throws IOException {
    return files.removeEmptyFolder(path);
  }

  @Override
  public void close() {
    close(git, tree, ssh);
  }

  /**
   * The repository's URL; over SSH with the user of {@link Credentials} when one is given, which
   * then wins over the URL's (as for SFTP).
   */
  private static URIish repository(
      Targets.GitAddress address, Credentials credentials, PublishOptions options) {
    URIish uri;
    try {
      uri = new URIish(address.repository());
    } catch (java.net.URISyntaxException e) {
      throw Failures.problem(
          "the repository URL in " + address.shown() + " is not valid: " + e.getMessage(),
          "Check the repository URL in " + options.names().target());
    }
    return address.overSsh() && credentials.user().isPresent()
        ? uri.setUser(credentials.user().get())
        : uri;
  }

  /** What JGit is to do with each connection it opens: over SSH, use our checked session. */
  private static TransportConfigCallback transport(Optional<GitSshTransport> ssh) {
    return transport -> ssh.ifPresent(configured -> configured.configure(transport));
  }

  private void commitAndPush() throws IOException {
    TargetOptions settings = options.targetOptions();
    if (settings.cname().isPresent()) {
      Files.writeString(
          tree.resolve("CNAME"), settings.cname().get() + "\n", StandardCharsets.UTF_8);
    }
    if (settings.noJekyll()) {
      Files.write(tree.resolve(".nojekyll"), new byte[0]);
    }
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      String commit =
          git.commit()
              .setMessage(SourceCommit.message(settings.sourceDir()))
              .call()
              .getId()
              .abbreviate(12)
              .name();
      listener.onEvent(BuildEvent.debug("committed " + commit + " on " + address.branch()));
      Iterable<PushResult> results =
          git.push()
              .setRemote(REMOTE)
              .setRefSpecs(
                  new RefSpec("refs/heads/" + address.branch() + ":refs/heads/" + address.branch()))
              .setForce(settings.force())
              .setCredentialsProvider(login)
              .setTransportConfigCallback(transport(ssh))
              .call();
      for (PushResult result : results) {
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
          checkPushed(update);
        }
      }
    } catch (GitAPIException e) {
      throw new IOException("cannot commit or push: " + e.getMessage(), e);
    }
  }

  private void checkPushed(RemoteRefUpdate update) throws IOException {
    switch (update.getStatus()) {
      case OK, UP_TO_DATE -> {}
      case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
          throw Failures.problem(
              "the branch "
                  + address.branch()
                  + " of "
                  + address.shown()
                  + " changed while publishing",
              "Publish again; to replace its history instead, ask for a force push");
      default ->
          throw new IOException(
              "the push was refused ("
                  + update.getStatus()
                  + ")"
                  + (update.getMessage() == null ? "" : ": " + update.getMessage()));
    }
  }

  private static void close(Git git, Path tree, Optional<GitSshTransport> ssh) {
    if (git != null) {
      git.close();
    }
    ssh.ifPresent(GitSshTransport::close);
    try (Stream<Path> walk = Files.walk(tree)) {
      walk.sorted(Comparator.reverseOrder()).forEach(GitTarget::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // See close: harmless.
    }
  }
}
