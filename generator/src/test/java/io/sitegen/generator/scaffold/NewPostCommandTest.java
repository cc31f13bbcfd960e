package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code site-gen new} as a user runs it. The command class is package-private in {@code cli} and
 * not yet a sub-command of {@code site-gen}, so picocli makes it by name.
 */
class NewPostCommandTest {

  @TempDir Path blog;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int siteGenNew(String... args) throws ClassNotFoundException {
    CommandLine cli = new CommandLine(Class.forName("io.sitegen.generator.cli.NewPostCommand"));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void writesThePostAndPrintsItsPath() throws Exception {
    int code =
        siteGenNew(
            "--source",
            blog.toString(),
            "--title",
            "Exploring a migration",
            "--category",
            "openstack/tips",
            "--tags",
            "nova,neutron",
            "--draft");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .isEqualToIgnoringNewLines("Created posts/openstack/tips/exploring-a-migration.md");
    assertThat(Files.readString(blog.resolve("posts/openstack/tips/exploring-a-migration.md")))
        .contains("tags: [nova, neutron]\ndraft: true\n");
  }

  @Test
  void anExistingPostIsOneErrorLineAndExitCodeOne() throws Exception {
    siteGenNew("--source", blog.toString(), "--title", "Hello", "--slug", "hi");

    int code = siteGenNew("--source", blog.toString(), "--title", "Other", "--slug", "hi");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("error: new: posts/hi.md: already exists");
  }
}
