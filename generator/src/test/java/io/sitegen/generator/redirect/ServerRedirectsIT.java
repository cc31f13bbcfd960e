package io.sitegen.generator.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old URLs answer with real 301s from the servers blogs live on: the built {@code .htaccess} and
 * nginx map are loaded by a real Apache and nginx serving the site under {@code /blog/}.
 */
class ServerRedirectsIT {

  private static final String SITE =
      """
      --- site.yaml ---
      title: Moved blog
      baseUrl: https://example.org/blog/
      redirects: [html, htaccess, nginx, netlify]
      --- static/.htaccess ---
      # the blog's own rule, kept first
      AddType text/x-own .own
      --- posts/openstack/tips/nova-boot.md ---
      ---
      title: Booting
      date: 2013-09-30 04:58
      aliases: [/2012/06/old-nova-notes.html, /archives/nova/, /über-alt.html]
      ---
      Body.
      --- posts/diary/rain.md ---
      ---
      title: Rain
      date: 2013-10-01 08:00
      ---
      Wet.
      --- posts/diary/sun.md ---
      ---
      title: Sun
      date: 2013-10-02 08:00
      ---
      Dry, and not redirected: /blog/diary/sun.html must answer 200.
      """;

  @TempDir Path dir;

  private Path build(String site) {
    Path source = TestSites.write(dir.resolve("src"), site);
    Path out = dir.resolve("out");
    TestSites.build(source, out);
    return out;
  }

  @Test
  void apacheAnswersEveryOldUrlWith301() throws Exception {
    Path out = build(SITE);
    try (WebServer apache = WebServer.apache(out, Files.createDirectories(dir.resolve("apache")))) {
      assertOldUrlsRedirect(apache);
      assertThat(apache.get("/blog/index.html")[0]).isEqualTo("200");
    }
    assertThat(Files.readString(out.resolve(".htaccess")))
        .startsWith("# the blog's own rule, kept first\nAddType text/x-own .own\n");
  }

  @Test
  void nginxAnswersEveryOldUrlWith301() throws Exception {
    Path out = build(SITE);
    try (WebServer nginx = WebServer.nginx(out, Files.createDirectories(dir.resolve("nginx")))) {
      assertOldUrlsRedirect(nginx);
    }
  }

  private static void assertOldUrlsRedirect(WebServer server) throws IOException {
    String post = "/blog/openstack/tips/nova-boot.html";
    for (String old :
        List.of(
            "/blog/2012/06/old-nova-notes.html",
            "/blog/archives/nova",
            "/blog/archives/nova/",
            "/blog/archives/nova/index.html",
            "/blog/%C3%BCber-alt.html")) {
      String[] answer = server.get(old);
      assertThat(answer[0]).as(old).isEqualTo("301");
      assertThat(answer[1]).as(old).isEqualTo(post);
    }
    // The rules match whole paths: a longer path or a neighbour is not redirected.
    assertThat(server.get("/blog/2012/06/old-nova-notes.html.bak")[0]).isEqualTo("404");
    assertThat(server.get("/blog/archives/nova-other/")[0]).isEqualTo("404");
    String[] target = server.get(post);
    assertThat(target[0]).isEqualTo("200");
    assertThat(target[2]).contains("Booting");
    assertThat(server.get("/blog/diary/sun.html")[0]).isEqualTo("200");
  }

  @Test
  void netlifyFileListsEachOldUrlOnceEncoded() throws IOException {
    Path out = build(SITE);
    assertThat(Files.readAllLines(out.resolve("_redirects"), StandardCharsets.UTF_8))
        .containsExactly(
            "# Old URLs of posts (their aliases), written by site-gen.",
            "/blog/2012/06/old-nova-notes.html /blog/openstack/tips/nova-boot.html 301",
            "/blog/archives/nova/ /blog/openstack/tips/nova-boot.html 301",
            "/blog/%C3%BCber-alt.html /blog/openstack/tips/nova-boot.html 301");
  }

  @Test
  void serverRulesAloneWriteNoRedirectPagesButStillRefuseAClash() {
    Path out = build(SITE.replace("html, htaccess", "htaccess"));
    assertThat(out.resolve("2012/06/old-nova-notes.html")).doesNotExist();
    assertThat(out.resolve(".htaccess")).exists();
    assertThat(out.resolve("_redirects")).exists();

    // An alias that is another post's page would hide that page behind a redirect, or loop.
    String clash =
        SITE.replace(
                "date: 2013-10-01 08:00\n", "date: 2013-10-01 08:00\naliases: [/diary/sun.html]\n")
            .replace("html, htaccess", "htaccess");
    assertThatThrownBy(() -> build(clash))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("diary/sun.html");
  }

  @Test
  void anUnknownFormatNamesTheLine() {
    assertThatThrownBy(() -> build(SITE.replace("html, htaccess, nginx", "html, caddy")))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("site.yaml:3")
        .hasMessageContaining("'caddy' is not a redirect format");
  }

  @Test
  void theDefaultIsRedirectPagesOnly() {
    Path out = build(SITE.replace("redirects: [html, htaccess, nginx, netlify]\n", ""));
    assertThat(out.resolve("2012/06/old-nova-notes.html")).exists();
    assertThat(out.resolve("archives/nova/index.html")).exists();
    assertThat(out.resolve(".htaccess")).doesNotExist();
    assertThat(out.resolve(ServerRedirects.NGINX)).doesNotExist();
  }
}
