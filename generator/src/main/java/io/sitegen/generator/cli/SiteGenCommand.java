package io.sitegen.generator.cli;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code site-gen} command and its sub-commands. */
@Command(
    name = "site-gen",
    mixinStandardHelpOptions = true,
    version = "site-gen 0.1.0",
    description = "Builds a static blog from a folder of Markdown posts.",
    subcommands = {SiteGenCommand.Build.class})
public final class SiteGenCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SiteGenCommand()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code site-gen build}: one full build. */
  @Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site.")
  static final class Build implements Callable<Integer> {

    @Option(
        names = "--source",
        defaultValue = ".",
        description = "The blog folder (holds site.yaml and posts/). Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(
        names = "--output",
        description = "Where to write the site. Default: SOURCE/target/site")
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
            "Where derived images are kept between builds. Default: SOURCE/target/sitegen-cache")
    Path cache;

    @Option(names = "--base-url", description = "Overrides baseUrl of site.yaml.")
    String baseUrl;

    @Option(names = "--verbose", description = "Also print debug messages.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path target = output != null ? output : source.resolve("target").resolve("site");
      BuildOptions options =
          BuildOptions.of(source, target).withDrafts(drafts).withFuture(future).withStrict(strict);
      if (cache != null) {
        options = options.withCacheDir(cache);
      }
      if (baseUrl != null) {
        options = options.withBaseUrl(baseUrl);
      }
      try {
        BuildResult result =
            new SiteGenerator()
                .build(
                    options,
                    event -> {
                      if (event.level() == BuildEvent.Level.WARNING) {
                        err.println("warning: " + event.message());
                      } else if (event.level() == BuildEvent.Level.INFO || verbose) {
                        out.println(event.message());
                      }
                      out.flush();
                    });
        long millis = result.stages().stream().mapToLong(s -> s.duration().toMillis()).sum();
        out.printf(
            "built %s into %s and %s, copied %s, in %d ms%n",
            count(result.posts(), "post"),
            count(result.pagesRendered(), "page"),
            count(result.feedsWritten(), "feed file"),
            count(result.filesCopied(), "file"),
            millis);
        return 0;
      } catch (BuildException e) {
        err.println("error: " + e.getMessage());
        if (verbose && e.getCause() != null) {
          e.printStackTrace(err);
        }
        return 1;
      }
    }
  }
}
