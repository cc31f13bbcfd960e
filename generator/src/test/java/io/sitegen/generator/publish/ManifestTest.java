package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's bytes are a function of the site's files, and a damaged one is refused. */
class ManifestTest {

  @TempDir Path site;

  @Test
  void theTextIsSortedByPathWithOneLinePerFile() throws IOException {
    write("b.html", "bb");
    write("a/x y.css", "");
    write("a.html", "a");

    String text = Manifest.scan(site).text();

    assertThat(text)
        .isEqualTo(
            "# site-gen publish manifest v1: sha256 size path\n"
                + "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb 1 a.html\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 0 a/x y.css\n"
                + "3b64db95cb55c763391c707108489ae18b4112d783300de38e033b4c98c3deaf 2 b.html\n");
  }

  @Test
  void parsingTheTextGivesTheSameManifest() throws IOException {
    write("ä/ü.html", "unicode");
    write("index.html", "front");
    Manifest scanned = Manifest.scan(site);

    assertThat(Manifest.parse(scanned.text())).isEqualTo(scanned);
    assertThat(new String(scanned.bytes(), StandardCharsets.UTF_8)).contains("ä/ü.html");
  }

  @Test
  void namesSiteGenKeepsOnTheTargetAreNotPartOfTheSite() throws IOException {
    write(".sitegen-manifest", "x");
    write(".sitegen-pending", "x");
    write("a/.page.html.sitegen-tmp", "x");
    write("a/page.html", "x");

    assertThat(Manifest.scan(site).entries()).containsOnlyKeys("a/page.html");
  }

  @Test
  void aSymbolicLinkInTheSiteIsPublishedAsTheFileItPointsTo(@TempDir Path elsewhere)
      throws IOException {
    Path real = Files.writeString(elsewhere.resolve("real.css"), "body{}");
    Files.createDirectories(site.resolve("css"));
    Files.createSymbolicLink(site.resolve("css/site.css"), real);
    Files.createSymbolicLink(site.resolve("shared"), elsewhere);

    assertThat(Manifest.scan(site).entries())
        .containsOnlyKeys("css/site.css", "shared/real.css")
        .allSatisfy((path, entry) -> assertThat(entry.size()).isEqualTo(6));
  }

  @Test
  void aManifestThatLeadsOutOfTheTargetIsRefused() {
    String hash = "0".repeat(64);

    assertThatThrownBy(() -> Manifest.parse(hash + " 1 ../../etc/passwd\n"))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> Manifest.parse("# header\n" + hash + " 1 /etc/passwd\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> Manifest.parse(hash + " 1 a/./b\n")).hasMessageContaining("line 1");
    assertThatThrownBy(() -> Manifest.parse("not a manifest\n"))
        .hasMessageContaining("line 1 is not 'sha256 size path'");
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
