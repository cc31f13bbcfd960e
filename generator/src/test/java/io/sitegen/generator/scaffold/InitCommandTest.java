package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.testing.SiteGenCli;
import io.sitegen.generator.testing.SiteGenCli.Run;
import io.sitegen.generator.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen init} as a user runs it, and the blog it writes built by the generator. */
class InitCommandTest {

  @TempDir Path temp;

  @Test
  void writesABlogThatBuilds() throws Exception {
    Path blog = temp.resolve("my blog");

    Run run = SiteGenCli.run("init", blog.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Created a blog in " + blog + " (7 files)");
    assertThat(TestSites.files(blog))
        .containsExactly(
            ".gitignore",
            ".mvn/jvm.config",
            "README.md",
            "pages/about.md",
            "pom.xml",
            "posts/hello-world.md",
            "site.yaml");
    String pom = Files.readString(blog.resolve("pom.xml"));
    assertThat(pom)
        .contains("<artifactId>my-blog</artifactId>")
        .contains("<packaging>pom</packaging>")
        .contains("<artifactId>site-gen-maven-plugin</artifactId>")
        .doesNotContain("${");
    assertThat(pom).containsPattern("<version>\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?</version>");
    assertThat(Files.readString(blog.resolve(".gitignore"))).contains("target/");
    // Maven's JVM runs the goal: settings for a short batch job, valid on Java 17 and later.
    assertThat(Files.readAllLines(blog.resolve(".mvn/jvm.config")))
        .containsExactly(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40");
    assertThat(Files.readString(blog.resolve("site.yaml"))).contains("# The blog's name");

    Path site = temp.resolve("site");
    List<BuildEvent> events = new ArrayList<>();
    TestSites.build(blog, site, events);

    // The template's pages/ folder must not break a build, with or without page support.
    assertThat(events).noneMatch(e -> e.level() == BuildEvent.Level.WARNING);
    Document front = TestSites.page(site, "index.html");
    assertThat(front.title()).contains("My Blog");
    assertThat(front.select("a[href$=hello-world.html]")).isNotEmpty();
    Document post = TestSites.page(site, "hello-world.html");
    assertThat(post.select("h1, h2").eachText()).contains("Hello, world");
  }

  @Test
  void refusesAFolderThatHoldsAnything() throws Exception {
    Path blog = Files.createDirectories(temp.resolve("blog"));
    Files.writeString(blog.resolve("notes.txt"), "mine");

    Run run = SiteGenCli.run("init", blog.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("is not empty, and init never overwrites a file")
        .contains("new or empty folder");
    assertThat(TestSites.files(blog)).containsExactly("notes.txt");
  }

  @Test
  void anEmptyFolderIsFine() throws Exception {
    Path blog = Files.createDirectories(temp.resolve("blog"));

    Run run = SiteGenCli.run("init", blog.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(blog.resolve("posts/hello-world.md")).isRegularFile();
  }
}
