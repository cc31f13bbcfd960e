package io.sitegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.SiteGenCli.Run;
import org.junit.jupiter.api.Test;

/** What a new user types first: no arguments, {@code help}, {@code --version}. */
class SiteGenUsageTest {

  @Test
  void noCommandIsAUsageErrorWithExitCode2AndTheUsageOnStandardError() {
    Run run = SiteGenCli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0))
        .isEqualTo("Missing a command: build, serve, new, init, check, publish or import");
    assertThat(run.err()).contains("Usage: site-gen", "build", "serve", "publish", "help");
  }

  @Test
  void helpOfACommandPrintsThatCommandsUsage() {
    Run run = SiteGenCli.run("help", "build");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Usage: site-gen build").contains("--source", "--strict");
  }

  @Test
  void versionIsTheProjectsVersionSnapshotIncluded() {
    String projectVersion = System.getProperty("sitegen.projectVersion");
    assertThat(projectVersion).as("set by surefire from ${project.version}").isNotBlank();

    Run run = SiteGenCli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("site-gen " + projectVersion + System.lineSeparator());
  }

  @Test
  void anImportWithAZoneThatIsNotOneStopsWithExitCode2NamingTheOption() {
    Run run =
        SiteGenCli.run(
            "import", "--from", "pyblosxom", "--source", ".", "--target", "x", "--timezone", "+25");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --timezone '+25' is not a time zone");
  }
}
