package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal on a tiny blog built by the build goal, then broken by hand. */
class CheckMojoTest {

  @TempDir Path project;

  private final RecordingLog log = new RecordingLog(false);

  private void buildTinyBlog() throws Exception {
    write("site.yaml", "title: \"Tiny\"\nbaseUrl: \"https://tiny.example/\"\n");
    write(
        "posts/tips/hello.md",
        "---\ntitle: \"Hello\"\ndate: 2014-01-01 10:00\ntags: [a]\n---\n"
            + "See [the other](other.md) and [top](#top).\n");
    write("posts/tips/other.md", "---\ntitle: \"Other\"\ndate: 2014-01-02 10:00\n---\nBody\n");
    BuildMojo build = MojoSupportTest.mojo(project);
    build.setLog(new RecordingLog());
    build.execute();
  }

  private CheckMojo mojo() {
    BuildMojo build = MojoSupportTest.mojo(project);
    CheckMojo mojo = new CheckMojo();
    mojo.projectDirectory = build.projectDirectory;
    mojo.siteDirectory = build.siteDirectory;
    mojo.outputDirectory = build.outputDirectory;
    mojo.cacheDirectory = build.cacheDirectory;
    mojo.externalConcurrency = 8;
    mojo.externalTimeout = 10;
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void aGoodSiteEndsWithTheSummaryLine() throws Exception {
    buildTinyBlog();

    mojo().execute();

    assertThat(log.lines)
        .singleElement()
        .asString()
        .matches("\\[info\\] Checked \\d+ pages and \\d+ feeds: \\d+ links, 0 broken");
  }

  @Test
  void aBrokenLinkInAPostFailsTheBuildNamingThePostFileLineAndLink() throws Exception {
    buildTinyBlog();
    Files.delete(project.resolve("target/site/tips/other.html"));

    assertThatThrownBy(mojo()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("check: ")
        .hasMessageContaining(
            "posts/tips/hello.md:6: broken link \"/tips/other.html\" (no such file) on ")
        .hasNoCause();
    assertThat(log.lines)
        .singleElement()
        .asString()
        .matches("\\[info\\] Checked \\d+ pages and \\d+ feeds: \\d+ links, [1-9]\\d* broken");
  }

  @Test
  void withoutABuiltSiteItSaysToBuildFirst() {
    assertThatThrownBy(mojo()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "outputDirectory target/site holds no built site: run mvn package (or"
                + " site-gen:build) first, or set <outputDirectory> or -Dsitegen.outputDirectory"
                + " to where the site was built");
  }

  @Test
  void aConcurrencyBelowOneNamesTheParameter() throws Exception {
    buildTinyBlog();
    CheckMojo mojo = mojo();
    mojo.externalConcurrency = 0;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("<externalConcurrency>");
  }

  @Test
  void skipDoesNothingButSaySo() throws Exception {
    CheckMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[info] Skipping site-gen:check (sitegen.skip is true)");
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
