package io.sitegen.generator.serve;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.Counts;
import io.sitegen.generator.site.ChangeKind;
import io.sitegen.generator.site.LiveBuild;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * A running preview: the site built, served on localhost, and built again after every save. A
 * failed build shows its problems in the browser and the preview keeps running; the next good save
 * brings the site back.
 */
public final class Preview implements AutoCloseable {

  private final PreviewServer server;
  private final LiveBuild builds;
  private final BuildListener listener;
  private final URI address;
  private final CountDownLatch closed = new CountDownLatch(1);
  private SourceWatcher watcher;
  private Set<String> lastWarnings = Set.of();

  private Preview(PreviewServer server, LiveBuild builds, BuildListener listener, URI address) {
    this.server = server;
    this.builds = builds;
    this.listener = listener;
    this.address = address;
  }

  /**
   * Builds the site and starts serving and watching it.
   *
   * @throws BuildException when the address cannot be listened on or the output folder may not be
   *     written; a build that fails does not stop the preview
   */
  public static Preview start(ServeOptions options, BuildListener listener) {
    PreviewServer server = bind(options);
    try {
      InetSocketAddress bound = server.address();
      URI address =
          URI.create("http://" + hostForUrl(options.host()) + ":" + bound.getPort() + "/");
      // Links in pages and feeds point at the preview, as the built pages are seen from there.
      BuildOptions build = options.build().withBaseUrl(address.toString());
      Preview preview = new Preview(server, new LiveBuild(build), listener, address);
      preview.rebuild(List.of(), true);
      server.start();
      preview.watcher =
          new SourceWatcher(build.sourceDir(), options.quietPeriod(), preview::onChange).start();
      listener.onEvent(
          BuildEvent.info("Serving " + address + " (live reload on); press Ctrl+C to stop"));
      return preview;
    } catch (IOException | RuntimeException e) {
      server.close();
      if (e instanceof BuildException build) {
        throw build;
      }
      throw new BuildException(
          "serve", Problem.general("cannot watch the blog folder: " + e.getMessage(), ""), e);
    }
  }

  /** Where the site is served, e.g. {@code http://127.0.0.1:8080/}. */
  public URI address() {
    return address;
  }

  /** Blocks until {@link #close} is called (a front end's Ctrl+C ends the JVM instead). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    server.close();
    closed.countDown();
  }

  private void onChange(Set<Path> changed) {
    rebuild(changed, false);
  }

  /** One build, reported in one line; the open pages reload whatever its outcome. */
  private synchronized void rebuild(Collection<Path> changed, boolean first) {
    Set<String> warned = new HashSet<>();
    // After the first build, stage lines and the warnings said by the build before would bury the
    // one line that matters.
    BuildListener quiet =
        event -> {
          boolean repeated =
              event.level() == BuildEvent.Level.WARNING
                  && warned.add(event.message())
                  && lastWarnings.contains(event.message());
          boolean stage = !first && event.level() == BuildEvent.Level.INFO;
          listener.onEvent(repeated || stage ? BuildEvent.debug(event.message()) : event);
        };
    try {
      LiveBuild.Rebuild done = builds.build(changed, quiet);
      lastWarnings = warned;
      if (!first) {
        listener.onEvent(BuildEvent.info(describe(changed, done)));
      }
      server.showSite();
    } catch (BuildException e) {
      listener.onEvent(
          BuildEvent.warning(
              "The site did not build; the browser shows why until the next good save: "
                  + e.getMessage()));
      server.showError(ErrorPage.of(e));
    } catch (RuntimeException e) {
      BuildException bug =
          new BuildException(
              "serve",
              Problem.general(
                  "unexpected failure: " + e, "Please report this with the output of --verbose"),
              e);
      listener.onEvent(BuildEvent.warning(bug.getMessage()));
      server.showError(ErrorPage.of(bug));
    }
  }

  /**
   * {@code Rebuilt after posts/a/b.md changed: 1 post parsed, 5 pages and 4 feed files rendered, 9
   * files written, 0 deleted (84 ms)}.
   */
  private static String describe(Collection<Path> changed, LiveBuild.Rebuild done) {
    String what =
        changed.size() == 1
            ? changed.iterator().next().toString().replace('\\', '/') + " changed"
            : changed.size() + " files changed";
    String kinds =
        done.changes().stream()
            .filter(k -> k != ChangeKind.CONTENT && k != ChangeKind.IGNORED)
            .map(k -> k.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return "Rebuilt after "
        + what
        + (kinds.isEmpty() ? "" : " (" + kinds + ")")
        + ": "
        + Counts.of(done.postsParsed(), "post")
        + " parsed, "
        + Counts.of(done.result().pagesRendered(), "page")
        + " and "
        + Counts.of(done.result().feedsWritten(), "feed file")
        + " rendered, "
        + Counts.of(done.filesWritten(), "file")
        + " written, "
        + done.filesDeleted()
        + " deleted ("
        + done.took().toMillis()
        + " ms)";
  }

  private static PreviewServer bind(ServeOptions options) {
    try {
      return PreviewServer.bind(options.host(), options.port(), options.build().outputDir());
    } catch (IOException e) {
      throw new BuildException(
          "serve",
          Problem.general(
              "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(),
              "Stop whatever uses that port, or choose another one (--port, -Dsitegen.port)"));
    }
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
