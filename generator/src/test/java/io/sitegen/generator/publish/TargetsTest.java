package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildListener;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Target URLs: the accepted forms, and errors that name the option and the forms. */
class TargetsTest {

  private static final OptionNames NAMES =
      new OptionNames("<publishUrl>", "<fp>{}</fp>", "<max>{}</max>", "-DdryRun", "<server>");

  @Test
  void fileUrlsInTheirCommonSpellings() {
    assertThat(Targets.folder("file:///var/www/blog", NAMES)).isEqualTo(Path.of("/var/www/blog"));
    assertThat(Targets.folder("file:/var/www/blog", NAMES)).isEqualTo(Path.of("/var/www/blog"));
    assertThat(Targets.folder("file://localhost/var/www", NAMES)).isEqualTo(Path.of("/var/www"));
    assertThat(Targets.folder("file:///var/my%20blog", NAMES)).isEqualTo(Path.of("/var/my blog"));
    // What Maven makes of file:${project.build.directory}/www in a folder with a space.
    assertThat(Targets.folder("file:/home/me/my blog/target/www", NAMES))
        .isEqualTo(Path.of("/home/me/my blog/target/www"));
  }

  @Test
  void aFileUrlOfAnotherHostIsRefused() {
    assertThatThrownBy(() -> Targets.folder("file://server/share dir/www", NAMES))
        .hasMessageContaining("names another host")
        .hasMessageContaining("<publishUrl>");
  }

  @Test
  void sftpUrlsGiveHostPortUserAndPath() {
    Targets.SftpAddress full = Targets.sftp("sftp://deploy@example.org:2222/var/www", NAMES);
    Targets.SftpAddress plain = Targets.sftp("sftp://example.org/var/www", NAMES);
    Targets.SftpAddress home = Targets.sftp("sftp://example.org/~/public_html", NAMES);

    assertThat(full)
        .isEqualTo(
            new Targets.SftpAddress(
                Optional.of("deploy"),
                "example.org",
                2222,
                "/var/www",
                "sftp://example.org:2222/var/www"));
    assertThat(full.knownHostsName()).isEqualTo("[example.org]:2222");
    assertThat(plain.port()).isEqualTo(22);
    assertThat(plain.knownHostsName()).isEqualTo("example.org");
    assertThat(home.path()).isEqualTo("public_html");
    assertThat(Targets.sftp("sftp://example.org", NAMES).path()).isEqualTo(".");
    assertThat(Targets.sftp("sftp://example.org/var/www/", NAMES).path()).isEqualTo("/var/www");
    assertThat(Targets.sftp("sftp://example.org/", NAMES).path()).isEqualTo("/");
  }

  @Test
  void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> Targets.sftp("sftp://deploy:hunter2@example.org/www", NAMES))
        .hasMessageContaining("holds a password")
        .hasMessageContaining("<server>")
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void aGitRepositoryOverSshIsAnSshUrlOrGitsShortForm() {
    Targets.GitAddress url = Targets.git("git:ssh://git@example.org:2222/me/blog.git", NAMES);
    Targets.GitAddress short_ = Targets.git("git:git@github.com:me/me.github.io.git#main", NAMES);
    Targets.GitAddress https = Targets.git("git:https://github.com/me/blog.git", NAMES);

    assertThat(url.overSsh()).isTrue();
    assertThat(url.branch()).isEqualTo(Targets.DEFAULT_BRANCH);
    assertThat(url.shown()).isEqualTo("git:ssh://example.org:2222/me/blog.git#gh-pages");
    assertThat(short_.overSsh()).isTrue();
    assertThat(short_.repository()).isEqualTo("git@github.com:me/me.github.io.git");
    assertThat(short_.branch()).isEqualTo("main");
    assertThat(https.overSsh()).isFalse();
    assertThatThrownBy(() -> Targets.git("git:ssh://git:hunter2@example.org/blog.git", NAMES))
        .hasMessageContaining("holds a password")
        .message()
        .doesNotContain("hunter2");
    assertThatThrownBy(() -> Targets.git("git:github.com/me/blog.git", NAMES))
        .hasMessageContaining("names no https:, http:, ssh: or file: repository");
  }

  @Test
  void anUnknownSchemeNamesTheOptionAndTheAcceptedForms() {
    assertThatThrownBy(
            () ->
                Targets.open(
                    PublishOptions.of("scp://me@example.org/www").withNames(NAMES),
                    BuildListener.ignoring()))
        .hasMessage(
            "publish: the target URL scp://example.org/www is not a URL site-gen can publish to."
                + " Set <publishUrl> to "
                + Targets.FORMS);
    assertThat(Targets.FORMS).contains("file:///", "sftp://", "ftp://", "ftps://");
  }

  @Test
  void noUrlAtAllSaysSo() {
    assertThatThrownBy(
            () -> Targets.open(PublishOptions.of(" ").withNames(NAMES), BuildListener.ignoring()))
        .hasMessageStartingWith("publish: no target URL to publish to. Set <publishUrl> to");
  }
}
