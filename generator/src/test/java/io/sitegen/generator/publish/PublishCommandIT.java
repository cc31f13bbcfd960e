package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.SiteGenCli.Run;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen publish} as a user runs it: build, publish, one summary line or one error. */
class PublishCommandIT {

  @TempDir Path dir;

  @Test
  void buildsThenPublishesAndASecondRunUploadsNothing() {
    Path blog = blog();
    Path www = dir.resolve("www");
    String[] args = {"publish", "--source", blog.toString(), "--target", "file://" + www};

    Run first = SiteGenCli.run(args);
    Run second = SiteGenCli.run(args);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("render:")
        .contains("compare:")
        .containsPattern(
            "Published to file://.*/www: \\d+ uploaded \\(.*\\), 0 unchanged, 0 deleted");
    assertThat(Folders.contents(www)).isEqualTo(Folders.published(blog.resolve("target/site")));
    assertThat(second.out()).containsPattern(": 0 uploaded \\(0 B\\), \\d+ unchanged, 0 deleted");
  }

  @Test
  void aDryRunPrintsOneLinePerFile() {
    Path blog = blog();

    Run run =
        SiteGenCli.run(
            "publish",
            "--source",
            blog.toString(),
            "--target",
            "file://" + dir.resolve("www"),
            "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("  upload index.html: new").contains("nothing was changed");
    assertThat(dir.resolve("www")).doesNotExist();
  }

  @Test
  void aMissingPasswordVariableFailsBeforeTheBuild() {
    Path blog = blog();

    Run run =
        SiteGenCli.run(
            "publish",
            "--source",
            blog.toString(),
            "--target",
            "sftp://example.invalid/www",
            "--password-env",
            "SITEGEN_TEST_VARIABLE_THAT_IS_NOT_SET");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "error: publish: the environment variable SITEGEN_TEST_VARIABLE_THAT_IS_NOT_SET named"
                + " by --password-env is not set. Set it, or leave out --password-env"
                + System.lineSeparator());
    assertThat(run.out()).doesNotContain("render:");
  }

  @Test
  void anUnknownSchemeNamesTheTargetOptionBeforeBuilding() {
    Run run =
        SiteGenCli.run(
            "publish", "--source", blog().toString(), "--target", "scp://example.org/www");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("error: publish: the target URL scp://example.org/www is not a URL site-gen")
        .contains("Set --target to file:///path/to/folder, sftp://");
    assertThat(run.out()).as("fails before building").doesNotContain("render:");
  }

  private Path blog() {
    return TestSites.write(
        dir.resolve("blog"),
        """
        --- site.yaml ---
        title: Tiny
        baseUrl: https://tiny.example/
        --- posts/diary/first.md ---
        ---
        title: First
        date: 2014-03-01 09:00
        ---
        Hello.
        """);
  }
}
