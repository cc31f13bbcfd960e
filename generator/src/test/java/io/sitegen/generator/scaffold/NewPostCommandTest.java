package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.SiteGenCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen new} as a user runs it. */
class NewPostCommandTest {

  @TempDir Path blog;

  @Test
  void writesThePostAndPrintsItsPath() throws Exception {
    Run run =
        SiteGenCli.run(
            "new",
            "--source",
            blog.toString(),
            "--title",
            "Exploring a migration",
            "--category",
            "openstack/tips",
            "--tags",
            "nova,neutron",
            "--draft");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines("Created posts/openstack/tips/exploring-a-migration.md");
    assertThat(Files.readString(blog.resolve("posts/openstack/tips/exploring-a-migration.md")))
        .contains("tags: [nova, neutron]\ndraft: true\n");
  }

  @Test
  void anExistingPostIsOneErrorLineAndExitCodeOne() {
    Run first =
        SiteGenCli.run("new", "--source", blog.toString(), "--title", "Hello", "--slug", "hi");

    Run run =
        SiteGenCli.run("new", "--source", blog.toString(), "--title", "Other", "--slug", "hi");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(first.err()).isEmpty();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("error: new: posts/hi.md: already exists");
  }
}
