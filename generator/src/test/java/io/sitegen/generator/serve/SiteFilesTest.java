package io.sitegen.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request paths map to files of the site folder and never to anything outside it. Every escape
 * attempt below would reach a real file ({@code secret.txt} beside the site folder, or {@code
 * /etc/passwd}) if it were followed.
 */
class SiteFilesTest {

  @TempDir Path tmp;
  private Path site;
  private SiteFiles files;

  @BeforeEach
  void site() throws IOException {
    site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(tmp.resolve("secret.txt"), "not for the browser");
    Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(tmp.resolve("outside/index.html"), "not for the browser either");
    Files.writeString(site.resolve("index.html"), "<p>home</p>");
    Files.writeString(site.resolve("404.html"), "<p>not here</p>");
    Files.createDirectories(site.resolve("a/b"));
    Files.writeString(site.resolve("a/b/index.html"), "<p>b</p>");
    Files.writeString(site.resolve("a/page.html"), "<p>page</p>");
    Files.writeString(site.resolve("a/two words.html"), "<p>spaces</p>");
    Files.createDirectories(site.resolve("empty"));
    files = new SiteFiles(site);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/.%2e/secret.txt",
        "/a/../../secret.txt",
        "/a/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        "/a\\..\\..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/%00",
        "/index.html%00.txt",
        "/./index.html",
        "//etc/passwd",
        "/../../../../../../../../etc/passwd",
        "/%2fetc%2fpasswd",
        "/%zz",
        "index.html",
        "",
      })
  void escapesAndMalformedPathsAreMissing(String rawPath) {
    assertThat(files.find(rawPath)).isEqualTo(new SiteFiles.Missing());
  }

  @Test
  void nullIsMissing() {
    assertThat(files.find(null)).isEqualTo(new SiteFiles.Missing());
  }

  @Test
  void aSymbolicLinkLeadingOutOfTheSiteIsMissing() throws IOException {
    Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("a/leak.html"), Path.of("../../secret.txt"));
    Files.createSymbolicLink(site.resolve("out"), tmp.resolve("outside"));
    Files.createSymbolicLink(site.resolve("etc"), Path.of("/etc"));

    assertThat(files.find("/leak.txt")).isEqualTo(new SiteFiles.Missing());
    assertThat(files.find("/a/leak.html")).isEqualTo(new SiteFiles.Missing());
    assertThat(files.find("/out/")).isEqualTo(new SiteFiles.Missing());
    assertThat(files.find("/out/index.html")).isEqualTo(new SiteFiles.Missing());
    assertThat(files.find("/etc/passwd")).isEqualTo(new SiteFiles.Missing());
  }

  @Test
  void aSymbolicLinkStayingInsideTheSiteIsServed() throws IOException {
    Files.createSymbolicLink(site.resolve("home.html"), Path.of("index.html"));

    assertThat(files.find("/home.html")).isEqualTo(new SiteFiles.Found(site.resolve("home.html")));
  }

  @Test
  void aSiteFolderReachedThroughASymbolicLinkStillServesItsFiles() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("site-link"), site);

    SiteFiles viaLink = new SiteFiles(link);

    assertThat(viaLink.find("/a/page.html")).isInstanceOf(SiteFiles.Found.class);
    assertThat(viaLink.find("/../secret.txt")).isEqualTo(new SiteFiles.Missing());
  }

  @Test
  void filesAreFound() {
    assertThat(files.find("/index.html"))
        .isEqualTo(new SiteFiles.Found(site.resolve("index.html")));
    assertThat(files.find("/a/page.html"))
        .isEqualTo(new SiteFiles.Found(site.resolve("a/page.html")));
    assertThat(files.find("/a/two%20words.html"))
        .isEqualTo(new SiteFiles.Found(site.resolve("a/two words.html")));
    assertThat(files.find("/a//page.html"))
        .isEqualTo(new SiteFiles.Found(site.resolve("a/page.html")));
    assertThat(files.find("/a/missing.html")).isEqualTo(new SiteFiles.Missing());
  }

  @Test
  void aFolderWithoutItsSlashIsRedirectedToIt() {
    assertThat(files.find("/a")).isEqualTo(new SiteFiles.AddSlash("/a/"));
    assertThat(files.find("/a/b")).isEqualTo(new SiteFiles.AddSlash("/a/b/"));
  }

  @Test
  void aFolderWithItsSlashIsItsIndexPage() {
    assertThat(files.find("/")).isEqualTo(new SiteFiles.Found(site.resolve("index.html")));
    assertThat(files.find("/a/b/")).isEqualTo(new SiteFiles.Found(site.resolve("a/b/index.html")));
    // A folder without an index page is not listed.
    assertThat(files.find("/a/")).isEqualTo(new SiteFiles.Missing());
    assertThat(files.find("/empty/")).isEqualTo(new SiteFiles.Missing());
  }

  @Test
  void theSitesOwnNotFoundPage() throws IOException {
    assertThat(files.notFoundPage()).contains(site.resolve("404.html"));

    Files.delete(site.resolve("404.html"));

    assertThat(files.notFoundPage()).isEmpty();
  }
}
