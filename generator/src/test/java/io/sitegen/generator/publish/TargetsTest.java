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
