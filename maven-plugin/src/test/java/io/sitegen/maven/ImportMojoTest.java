package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal wired to the real importer, fields set as Maven would from -Dsitegen.* properties. */
class ImportMojoTest {

  @TempDir Path dir;

  private final RecordingLog log = new RecordingLog();

  private ImportMojo mojo(String from, Path source, Path target) {
    ImportMojo mojo = new ImportMojo();
    mojo.from = from;
    mojo.source = source.toFile();
    mojo.target = target.toFile();
    mojo.timezone = "Australia/Sydney";
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void importsADatadirAndReportsWhatItSkipped() throws Exception {
    Path datadir = Files.createDirectories(dir.resolve("datadir/linux"));
    Files.writeString(
        datadir.resolve("boot.txt"),
        "Boot notes\n#tags linux\n#published 2004-05-01 10:00\n<p>x</p>\n");
    Files.writeString(datadir.resolve("untitled.txt"), "\n<p>no title</p>\n");
    Path blog = dir.resolve("blog");

    mojo("pyblosxom", dir.resolve("datadir"), blog).execute();

    assertThat(Files.readString(blog.resolve("posts/linux/boot.html")))
        .contains("date: 2004-05-01T10:00+10:00");
    assertThat(log.lines)
        .contains(
            "[info] imported 1 post; 1 old URL kept answering",
            "[warn] skipped linux/untitled.txt: the first line (the title) is empty")
        .anyMatch(l -> l.startsWith("[info] Wrote 2 files into "));
  }

  @Test
  void aDryRunOfAJekyllSiteListsItsOldUrlsAndUploadsAreOnlyForWordPress() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("site/_posts"));
    Files.writeString(dir.resolve("site/_config.yml"), "permalink: pretty\n");
    Files.writeString(posts.resolve("2010-07-21-hello.md"), "---\ntitle: Hello\n---\nHi.\n");
    Path blog = dir.resolve("blog");

    ImportMojo withUploads = mojo("jekyll", dir.resolve("site"), blog);
    withUploads.uploads = dir.toFile();
    assertThatThrownBy(withUploads::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("-Dsitegen.uploads) is the folder of WordPress's uploaded files");

    ImportMojo dry = mojo("jekyll", dir.resolve("site"), blog);
    dry.dryRun = true;
    dry.execute();
    assertThat(log.lines)
        .contains(
            "[info] imported 1 post; 1 old URL kept answering",
            "[info] Old URLs and where they answer:",
            "[info]   /2010/07/21/hello/ → /hello.html");
    assertThat(blog).doesNotExist();
  }

  @Test
  void anUnknownEngineOrMissingSourceIsAUserMistake() throws IOException {
    Path blog = dir.resolve("blog");
    assertThatThrownBy(() -> mojo("movabletype", dir, blog).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("'movabletype' is not a blog engine to import from");
    assertThatThrownBy(() -> mojo("pyblosxom", dir.resolve("nowhere"), blog).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is not a folder: point --source at the PyBlosxom datadir");
    assertThat(blog).doesNotExist();
  }

  @Test
  void aZoneThatIsNotOneIsAUserMistakeNamingTheProperty() {
    Path blog = dir.resolve("blog");
    ImportMojo mojo = mojo("pyblosxom", dir, blog);
    mojo.timezone = "Sydney";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("sitegen.timezone 'Sydney' is not a time zone")
        .hasMessageContaining("Australia/Sydney");
    assertThat(blog).doesNotExist();
  }
}
