package io.sitegen.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code site-gen check} as a user runs it. The command class is package-private in {@code cli} and
 * not yet a sub-command of {@code site-gen}, so picocli makes it by name.
 */
class CheckCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int siteGenCheck(String... args) throws ClassNotFoundException {
    CommandLine cli = new CommandLine(Class.forName("io.sitegen.generator.cli.CheckCommand"));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aGoodSiteIsOneSummaryLineAndABrokenOneExitsOne(@TempDir Path dir) throws Exception {
    Path blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Tiny
            baseUrl: https://tiny.example/
            --- posts/a/one.md ---
            ---
            title: One
            date: 2014-03-01 09:00
            ---
            [Two](two.md)
            --- posts/a/two.md ---
            ---
            title: Two
            date: 2014-03-02 09:00
            ---
            Hi.
            """);
    Path site = blog.resolve("target/site");
    TestSites.build(blog, site);

    assertThat(siteGenCheck("--source", blog.toString())).as(err.toString()).isZero();
    assertThat(out.toString().lines())
        .singleElement()
        .asString()
        .matches("Checked \\d+ pages and \\d+ feeds: \\d+ links, 0 broken");

    Files.delete(site.resolve("a/two.html"));
    assertThat(siteGenCheck("--output", site.toString(), "--base-url", "https://tiny.example/"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("a/one.html: broken link \"/a/two.html\" (no such file)");
  }

  @Test
  void aMissingSiteSaysToBuildFirst(@TempDir Path dir) throws Exception {
    assertThat(siteGenCheck("--source", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: check: there is no built site in");
  }
}
