package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal wired to the real scaffold, without a Maven harness: fields set as Maven would. */
class NewPostMojoTest {

  @TempDir Path project;

  private final RecordingLog log = new RecordingLog();

  private NewPostMojo mojo(String title, String category) {
    NewPostMojo mojo = new NewPostMojo();
    mojo.projectDirectory = project.toFile();
    mojo.siteDirectory = project.toFile();
    mojo.outputDirectory = new File(project.toFile(), "target/site");
    mojo.cacheDirectory = new File(project.toFile(), "target/sitegen-cache");
    mojo.title = title;
    mojo.category = category;
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void writesThePostAndSaysWhereInOneLine() throws Exception {
    Files.writeString(project.resolve("site.yaml"), "timezone: Australia/Sydney\n");
    NewPostMojo mojo = mojo("Exploring a migration", "openstack/tips");
    mojo.tags = "nova, neutron";
    mojo.draft = true;

    mojo.execute();

    Path post = project.resolve("posts/openstack/tips/exploring-a-migration.md");
    assertThat(Files.readString(post))
        .startsWith("---\ntitle: \"Exploring a migration\"\ndate: ")
        .contains("\ntags: [nova, neutron]\ndraft: true\n---\n\nWrite your post here.\n");
    assertThat(log.lines)
        .containsExactly("[info] Created posts/openstack/tips/exploring-a-migration.md");
  }

  @Test
  void theSlugParameterNamesTheFile() throws Exception {
    NewPostMojo mojo = mojo("🎉", null);
    mojo.slug = "party";

    mojo.execute();

    assertThat(project.resolve("posts/party.md")).isRegularFile();
  }

  @Test
  void anExistingPostFailsTheBuildUntouchedNamingTheFileAndSlug() throws IOException {
    Path existing = project.resolve("posts/diary/hello.md");
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "mine\n");

    assertThatThrownBy(mojo("Hello", "diary")::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("posts/diary/hello.md: already exists")
        .hasMessageContaining("-Dslug=")
        .hasNoCause();
    assertThat(Files.readString(existing)).isEqualTo("mine\n");
  }

  @Test
  void aCategoryOutsidePostsFails() {
    assertThatThrownBy(mojo("Hello", "../../etc")::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("category '../../etc'");
    assertThat(project.resolve("posts")).doesNotExist();
  }

  @Test
  void skipDoesNothingButSaySo() throws Exception {
    NewPostMojo mojo = mojo("Hello", "");
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[info] Skipping site-gen:new (sitegen.skip is true)");
    assertThat(project.resolve("posts")).doesNotExist();
  }
}
