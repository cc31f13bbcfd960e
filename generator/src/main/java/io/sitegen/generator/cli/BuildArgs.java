package io.sitegen.generator.cli;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that builds the site first ({@code build}, {@code serve}, ...). */
final class BuildArgs {

  @Option(
      names = "--source",
      defaultValue = ".",
      description = "The blog folder (holds site.yaml and posts/). Default: ${DEFAULT-VALUE}")
  Path source;

  @Option(names = "--output", description = "Where to write the site. Default: SOURCE/target/site")
  Path output;

  @Option(names = "--drafts", description = "Also publish posts marked draft: true.")
  boolean drafts;

  @Option(names = "--future", description = "Also publish posts dated in the future.")
  boolean future;

  @Option(names = "--strict", description = "Fail on any warning.")
  boolean strict;

  @Option(
      names = "--cache",
      description =
          "Where derived images and the build cache are kept between builds. Default:"
              + " SOURCE/target/sitegen-cache")
  Path cache;

  @Option(
      names = "--no-cache",
      description =
          "Build everything into a fresh output folder, without the build cache (by default a"
              + " build writes only the files whose bytes changed).")
  boolean noCache;

  @Option(names = "--base-url", description = "Overrides baseUrl of site.yaml.")
  String baseUrl;

  @Option(names = "--verbose", description = "Also print debug messages.")
  boolean verbose;

  BuildOptions options() {
    Path target = output != null ? output : source.resolve("target").resolve("site");
    BuildOptions options =
        BuildOptions.of(source, target)
            .withDrafts(drafts)
            .withFuture(future)
            .withStrict(strict)
            .withIncremental(!noCache);
    if (cache != null) {
      options = options.withCacheDir(cache);
    }
    return baseUrl == null ? options : options.withBaseUrl(baseUrl);
  }

  BuildListener listener(PrintWriter out, PrintWriter err) {
    return printer(out, err, verbose);
  }

  /** Warnings to stderr, progress to stdout, debug only with --verbose: for every command. */
  static BuildListener printer(PrintWriter out, PrintWriter err, boolean verbose) {
    return event -> {
      if (event.level() == BuildEvent.Level.WARNING) {
        err.println("warning: " + event.message());
      } else if (event.level() == BuildEvent.Level.INFO || verbose) {
        out.println(event.message());
      }
      out.flush();
    };
  }
}
