package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file whose real path is outside the blog folder is read into the site, whether the link is a
 * file or a folder, in {@code static/}, {@code posts/}, {@code comments/}, {@code photos/}, the
 * templates or {@code tags.yaml}. A link inside the blog is followed as before.
 */
class SymlinksIT {

  private static final String SECRET = "root:$6$SECRET-SHADOW-HASH";

  @TempDir Path dir;

  private Path blog;
  private Path outside;

  private void blogWithLinksOut() throws IOException {
    outside = Files.createDirectories(dir.resolve("elsewhere"));
    Path shadow = Files.writeString(outside.resolve("shadow"), SECRET + "\n");
    Files.writeString(
        outside.resolve("post.md"),
        TestSites.post("Leaked " + SECRET, "2014-03-03 09:00", "", SECRET));
    Files.createDirectories(outside.resolve("folder"));
    Files.writeString(
        outside.resolve("folder/inner.md"),
        TestSites.post("Inner " + SECRET, "2014-03-04 09:00", "", SECRET));
    Files.writeString(
        outside.resolve("comment.yaml"),
        "author: Mallory\ndate: 2014-03-05 10:00\nbody: \"" + SECRET + "\"\n");
    Files.write(outside.resolve("photo.jpg"), SECRET.getBytes(StandardCharsets.UTF_8));
    blog =
        TestSites.write(
            dir.resolve("blog"),
            """
            --- site.yaml ---
            title: Links
            timezone: UTC
            --- posts/diary/hello.md ---
            ---
            title: Hello
            date: 2014-03-01 09:00
            ---
            Hello.
            --- static/logo.txt ---
            logo
            --- photos/walk/album.yaml ---
            title: Walk
            """);
    link("static/shadow.txt", shadow);
    link("static/logo-again.txt", blog.resolve("static/logo.txt"));
    link("posts/diary/shadow.txt", shadow);
    link("posts/diary/linked.md", outside.resolve("post.md"));
    link("posts/outside", outside.resolve("folder"));
    link("comments/diary/hello/mallory.yaml", outside.resolve("comment.yaml"));
    link("photos/walk/secret.jpg", outside.resolve("photo.jpg"));
  }

  private void link(String at, Path target) throws IOException {
    Path link = blog.resolve(at);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }

  @Test
  void linksLeavingTheBlogAreLeftOutWithAWarningEach() throws IOException {
    blogWithLinksOut();
    Path out = dir.resolve("out");

    BuildResult result = TestSites.build(blog, out);

    for (String link :
        new String[] {
          "static/shadow.txt",
          "posts/diary/shadow.txt",
          "posts/diary/linked.md",
          "posts/outside",
          "comments/diary/hello/mallory.yaml",
          "photos/walk/secret.jpg"
        }) {
      assertThat(result.warnings())
          .as(link)
          .anyMatch(w -> w.startsWith(link + ": ") && w.contains("outside the blog folder"));
    }
    for (String file : TestSites.files(out)) {
      assertThat(new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.ISO_8859_1))
          .as(file)
          .doesNotContain("SECRET-SHADOW-HASH");
    }
    assertThat(TestSites.files(out))
        .contains("diary/hello.html", "logo.txt", "logo-again.txt")
        .doesNotContain("shadow.txt", "diary/shadow.txt", "diary/linked.html");
    assertThat(out.resolve("logo-again.txt")).hasContent("logo");
  }

  @Test
  void strictBuildsFailOnALinkLeavingTheBlog() throws IOException {
    blogWithLinksOut();
    Path out = dir.resolve("out");

    BuildException e =
        catchThrowableOfType(
            BuildException.class,
            () ->
                new SiteGenerator()
                    .build(TestSites.options(blog, out).withStrict(true), event -> {}));

    assertThat(e.getMessage()).contains("static/shadow.txt: ", "outside the blog folder");
    assertThat(out).doesNotExist();
  }

  @Test
  void aTagsFileOrTemplateLinkedFromOutsideStopsTheBuild() throws IOException {
    blogWithLinksOut();
    Files.writeString(outside.resolve("tags.yaml"), "x:\n  title: \"" + SECRET + "\"\n");
    Files.writeString(outside.resolve("post.peb"), SECRET);
    link("tags.yaml", outside.resolve("tags.yaml"));
    link("templates/post.peb", outside.resolve("post.peb"));

    BuildException templates =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, dir.resolve("o")));
    assertThat(templates.getMessage())
        .contains("templates/post.peb", "outside the blog folder", "Copy the template");

    Files.delete(blog.resolve("templates/post.peb"));
    BuildException tags =
        catchThrowableOfType(BuildException.class, () -> TestSites.build(blog, dir.resolve("o")));
    assertThat(tags.getMessage()).contains("tags.yaml", "outside the blog folder");
    assertThat(tags.getMessage()).doesNotContain("SECRET-SHADOW-HASH");
  }
}
