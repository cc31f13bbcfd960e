package io.sitegen.generator.cli;

import io.sitegen.generator.api.BuildException;
import java.io.PrintWriter;
import java.util.function.IntSupplier;
import picocli.CommandLine.Option;

/**
 * The {@code --verbose} of the commands that do not build the site ({@code init}, {@code new},
 * {@code check}): a failure is one error line, with its stack trace only when asked for.
 */
final class VerboseOption {

  @Option(names = "--verbose", description = "Also print the stack trace of a failure.")
  boolean verbose;

  /** The exit code of {@code command}, or 1 after the error line of a {@link BuildException}. */
  int run(PrintWriter err, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (BuildException e) {
      return SiteGenCommand.failed(e, err, verbose);
    }
  }
}
