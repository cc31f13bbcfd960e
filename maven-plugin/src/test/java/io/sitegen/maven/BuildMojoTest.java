package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal wired to the real generator, without a Maven harness: fields set as Maven would. */
class BuildMojoTest {

  @TempDir Path project;

  @Test
  void buildsATinyBlogAndEndsWithTheSummaryLine() throws Exception {
    write("site.yaml", "title: \"Tiny\"\n");
    write(
        "posts/tips/hello.md",
        "---\ntitle: \"Hello\"\ndate: 2014-01-01 10:00\ntags: [a, b]\n---\nBody\n");
    BuildMojo mojo = MojoSupportTest.mojo(project);
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);

    mojo.execute();

    assertThat(project.resolve("target/site/index.html")).isRegularFile();
    assertThat(log.lines.get(log.lines.size() - 1))
        .matches("\\[info\\] Site built in target/site: 1 post, \\d+ pages?, .*\\(\\d+\\.\\d s\\)");
  }

  @Test
  void aPostWithoutTitleFailsWithTheFileNamed() throws IOException {
    write("posts/tips/untitled.md", "---\ndate: 2014-01-01 10:00\n---\nBody\n");
    BuildMojo mojo = MojoSupportTest.mojo(project);
    mojo.setLog(new RecordingLog());

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("posts/tips/untitled.md")
        .hasMessageContaining("has no title")
        .hasNoCause();
    assertThat(project.resolve("target/site")).doesNotExist();
  }

  @Test
  void aPostWhoseFrontMatterFailsStillLogsItsMisspeltKeysBeforeFailing() throws IOException {
    write("posts/tips/untitled.md", "---\ndate: 2014-01-01 10:00\ntag: [x]\n---\nBody\n");
    BuildMojo mojo = MojoSupportTest.mojo(project);
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("posts/tips/untitled.md:2: has no title");
    assertThat(log.lines)
        .contains(
            "[warn] posts/tips/untitled.md:3: unknown front matter key 'tag': did you mean"
                + " 'tags'?");
  }

  @Test
  void skipDoesNothingButSaySo() throws Exception {
    BuildMojo mojo = MojoSupportTest.mojo(project.resolve("does-not-exist"));
    mojo.skip = true;
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.lines).containsExactly("[info] Skipping site-gen:build (sitegen.skip is true)");
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
