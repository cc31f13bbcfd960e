package io.sitegen.generator.testing;

import io.sitegen.generator.cli.SiteGenCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code site-gen} as a user would, capturing what it printed. */
public final class SiteGenCli {

  private SiteGenCli() {}

  /** What one run printed, and its exit code. */
  public record Run(int exitCode, String out, String err) {
    public List<String> outLines() {
      return out.lines().toList();
    }

    public List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs {@code site-gen args...}, e.g. {@code run("check", "--source", blog.toString())}. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SiteGenCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
