package io.sitegen.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.SiteGenCli.Run;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen check} as a user runs it. */
class CheckCommandTest {

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

    Run good = SiteGenCli.run("check", "--source", blog.toString());
    assertThat(good.exitCode()).as(good.err()).isZero();
    assertThat(good.outLines())
        .singleElement()
        .asString()
        .matches("Checked \\d+ pages and \\d+ feeds: \\d+ links, 0 broken");

    Files.delete(site.resolve("a/two.html"));
    Run broken =
        SiteGenCli.run("check", "--output", site.toString(), "--base-url", "https://tiny.example/");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err()).contains("a/one.html: broken link \"/a/two.html\" (no such file)");
  }

  @Test
  void aMissingSiteSaysToBuildFirst(@TempDir Path dir) {
    Run run = SiteGenCli.run("check", "--source", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: check: there is no built site in");
  }
}
