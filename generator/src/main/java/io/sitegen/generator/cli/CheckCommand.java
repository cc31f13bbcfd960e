package io.sitegen.generator.cli;

import io.sitegen.generator.check.CheckOptions;
import io.sitegen.generator.check.LinkChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen check}: finds broken links in a built site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Checks every link of a built site; exits 1 if any link inside the site is broken.")
final class CheckCommand implements Callable<Integer> {

  @Option(
      names = "--source",
      defaultValue = ".",
      description = "The blog folder, whose site.yaml gives the baseUrl. Default: ${DEFAULT-VALUE}")
  Path source;

  @Option(names = "--output", description = "The built site. Default: SOURCE/target/site")
  Path output;

  @Option(names = "--base-url", description = "Overrides baseUrl of site.yaml.")
  String baseUrl;

  @Option(
      names = "--external",
      description = "Also request links to other sites; a dead one is a warning.")
  boolean external;

  @Option(
      names = "--concurrency",
      defaultValue = "8",
      description = "External requests open at once. Default: ${DEFAULT-VALUE}")
  int concurrency;

  @Option(
      names = "--timeout",
      defaultValue = "10",
      description = "Seconds an external request may take. Default: ${DEFAULT-VALUE}")
  int timeout;

  @Option(names = "--strict", description = "Also fail on dead external links.")
  boolean strict;

  @Mixin VerboseOption verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (concurrency < 1 || timeout < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--concurrency and --timeout must be at least 1");
    }
    Path site = output != null ? output : source.resolve("target").resolve("site");
    CheckOptions options =
        CheckOptions.of(source, site)
            .withExternal(external)
            .withExternalConcurrency(concurrency)
            .withExternalTimeout(Duration.ofSeconds(timeout))
            .withStrict(strict);
    CheckOptions checked = baseUrl == null ? options : options.withBaseUrl(baseUrl);
    return verbose.run(
        err,
        () -> {
          new LinkChecker().check(checked, BuildArgs.printer(out, err, verbose.verbose));
          return 0;
        });
  }
}
