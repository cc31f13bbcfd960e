package io.sitegen.generator.cli;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code site-gen} command and its sub-commands. */
@Command(
    name = "site-gen",
    mixinStandardHelpOptions = true,
    versionProvider = JarVersion.class,
    description = "Builds a static blog from a folder of Markdown posts.",
    subcommands = {
      SiteGenCommand.Build.class,
      ServeCommand.class,
      PublishCommand.class,
      NewPostCommand.class,
      InitCommand.class,
      CheckCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SiteGenCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SiteGenCommand()).execute(args));
  }

  /**
   * No sub-command is a usage error (picocli prints the message and the usage to standard error and
   * exits 2), so a script that forgot the command does not pass as a successful build.
   */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command: build, serve, new, init, check, publish or import");
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code site-gen build}: one full build. */
  @Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site.")
  static final class Build implements Callable<Integer> {

    @Mixin BuildArgs build;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        BuildResult result = new SiteGenerator().build(build.options(), build.listener(out, err));
        long millis = result.stages().stream().mapToLong(s -> s.duration().toMillis()).sum();
        out.printf(
            "built %s into %s and %s, copied %s; %s written, %d unchanged, in %d ms%n",
            count(result.posts(), "post"),
            count(result.pagesRendered(), "page"),
            count(result.feedsWritten(), "feed file"),
            count(result.filesCopied(), "file"),
            count(result.filesWritten(), "file"),
            result.filesUnchanged(),
            millis);
        return 0;
      } catch (BuildException e) {
        return failed(e, err, build.verbose);
      }
    }
  }

  /**
   * One error line; the stack trace only with --verbose, since most failures are input mistakes.
   */
  static int failed(RuntimeException e, PrintWriter err, boolean verbose) {
    err.println("error: " + e.getMessage());
    if (verbose && e.getCause() != null) {
      e.printStackTrace(err);
    }
    return 1;
  }
}
