package io.sitegen.maven;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.importer.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** What every goal does the same way: skip, check parameters, translate errors, summarise. */
final class MojoSupport {

  private MojoSupport() {}

  /** Logs the skip in one wording for every goal; true means the goal stops here. */
  static boolean skipped(boolean skip, String goal, Log log) {
    if (skip) {
      log.info("Skipping site-gen:" + goal + " (sitegen.skip is true)");
    }
    return skip;
  }

  /**
   * Checks the parameters the generator cannot name (it knows paths, not POM elements) and turns
   * them into options.
   */
  static BuildOptions buildOptions(AbstractSiteMojo params) throws MojoFailureException {
    Path site = params.siteDirectory();
    Path output = params.outputDirectory();
    if (!Files.exists(site)) {
      throw userMistake(
          "siteDirectory "
              + site
              + " does not exist: set <siteDirectory> or -Dsitegen.siteDirectory to the folder"
              + " holding site.yaml and posts/");
    }
    if (!Files.isDirectory(site)) {
      throw userMistake(
          "siteDirectory "
              + site
              + " is a file, not a folder: set <siteDirectory> or -Dsitegen.siteDirectory to the"
              + " folder holding site.yaml and posts/");
    }
    // The generator replaces the output folder whole, so this would delete the blog itself.
    if (site.startsWith(output)) {
      throw userMistake(
          "outputDirectory "
              + output
              + " holds the siteDirectory "
              + site
              + " and would be replaced by the build: set <outputDirectory> or"
              + " -Dsitegen.outputDirectory to a folder of its own, such as"
              + " ${project.build.directory}/site");
    }
    BuildOptions options =
        BuildOptions.of(site, output)
            .withCacheDir(params.cacheDirectory())
            .withDrafts(params.drafts())
            .withFuture(params.future())
            .withStrict(params.strict())
            .withIncremental(params.incremental());
    return params.baseUrl().map(options::withBaseUrl).orElse(options);
  }

  /**
   * A full build as the build goal does it, ending with the summary line; the goals that need a
   * fresh site first (serve, publish) call this too.
   */
  static BuildResult build(AbstractSiteMojo params, Log log)
      throws MojoExecutionException, MojoFailureException {
    BuildOptions options = buildOptions(params);
    long start = System.nanoTime();
    BuildResult result =
        call(log, () -> new SiteGenerator().build(options, new MavenBuildListener(log)));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    // The generator already said each stage; this is the one line to look for afterwards.
    log.info(summary(result, params.projectDirectory(), elapsed));
    return result;
  }

  /**
   * Runs the one generator call of a goal and translates what it throws, so the catch ladder is
   * written once for every goal.
   */
  static <T> T call(Log log, Supplier<T> generatorCall)
      throws MojoExecutionException, MojoFailureException {
    try {
      return generatorCall.get();
    } catch (RuntimeException e) {
      // Only -X shows where it stopped: a stack trace is noise for a mistake in a post.
      log.debug("The generator stopped here", e);
      AbstractMojoExecutionException translated = translate(e);
      if (translated instanceof MojoFailureException failure) {
        throw failure;
      }
      throw (MojoExecutionException) translated;
    }
  }

  /**
   * A mistake in the user's input fails the build with the generator's own message (it names file,
   * line and fix); I/O trouble and bugs are errors, and keep their cause for {@code -e}.
   */
  static AbstractMojoExecutionException translate(RuntimeException e) {
    if (e instanceof BuildException build) {
      if (isIo(build.getCause())) {
        return new MojoExecutionException(build.getMessage(), build);
      }
      return userMistake(build.getMessage());
    }
    if (e instanceof ImportException mistake) {
      return userMistake(mistake.getMessage());
    }
    if (e instanceof UncheckedIOException io) {
      return new MojoExecutionException(
          "Could not read or write the site's files: " + io.getCause().getMessage(), io);
    }
    return new MojoExecutionException(
        "site-gen stopped on an unexpected error, which is a bug in site-gen: please report it"
            + " with the output of mvn -e: "
            + e,
        e);
  }

  /** {@code Site built in target/site: 34 posts, 180 pages, 12 files copied (1.2 s)}. */
  static String summary(BuildResult result, Path projectDirectory, Duration elapsed) {
    StringBuilder line =
        new StringBuilder("Site built in ")
            .append(shown(result.outputDir(), projectDirectory))
            .append(": ")
            .append(count(result.posts(), "post", "posts"))
            .append(", ")
            .append(count(result.pagesRendered(), "page", "pages"))
            .append(", ")
            .append(count(result.feedsWritten(), "feed file", "feed files"))
            .append(", ")
            .append(count(result.filesCopied(), "file copied", "files copied"));
    // The warnings scrolled past above; the count is what makes the user look back.
    if (!result.warnings().isEmpty()) {
      line.append(", ").append(count(result.warnings().size(), "warning", "warnings"));
    }
    return line.append(" (")
        .append(String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0))
        .append(')')
        .toString();
  }

  /** Relative to the project when inside it, because that is how Maven users think of paths. */
  static String shown(Path path, Path projectDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = projectDirectory.toAbsolutePath().normalize();
    Path result = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = result.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static boolean isIo(Throwable cause) {
    return cause instanceof IOException || cause instanceof UncheckedIOException;
  }

  /**
   * The message is the whole story, so the exception carries no stack trace: even with {@code -e}
   * Maven then prints no frames of site-gen for a mistake in the user's files.
   */
  static MojoFailureException userMistake(String message) {
    MojoFailureException failure = new MojoFailureException(message);
    failure.setStackTrace(new StackTraceElement[0]);
    return failure;
  }
}
