package io.sitegen.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading comment files: only web addresses become links, and a broken file is only a warning. */
class CommentLoaderTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Path POST = Path.of("posts/diary/a.md");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.org",
        "https://example.org/",
        "https://example.org/path?q=1#frag",
        "HTTPS://EXAMPLE.ORG/",
        "http://localhost:8080/",
        "https://xn--r8jz45g.jp/",
        "http://[::1]/"
      })
  void httpAndHttpsAddressesWithAHostAreWebUrls(String url) {
    assertThat(CommentLoader.isWebUrl(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "javascript://example.org/%0Aalert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "ftp://files.example.org/",
        "mailto:someone@example.org",
        "file:///etc/passwd",
        "/relative/path",
        "relative.html",
        "//example.org/protocol-relative",
        "example.org",
        "https:/x",
        "https:x",
        "http://",
        "https:///no-host",
        "http://exa mple.org/",
        " https://example.org/",
        ""
      })
  void everythingElseIsNot(String url) {
    assertThat(CommentLoader.isWebUrl(url)).isFalse();
  }

  @Test
  void readsACommentWithAllItsFields(@TempDir Path dir) {
    TestSites.write(
        dir,
        """
        --- posts/diary/a.md ---
        --- comments/diary/a/first.yaml ---
        author: "  Ann  "
        url: " https://ann.example/ "
        email: ann@example.org
        date: 2014-03-01 10:30
        parent: " zero "
        body: |
          Hello **there**.
        """);
    List<String> warnings = new ArrayList<>();

    List<CommentSource> comments = new CommentLoader(UTC, warnings::add).load(dir, Set.of(POST));

    assertThat(warnings).isEmpty();
    assertThat(comments).hasSize(1);
    CommentSource c = comments.get(0);
    assertThat(c.id()).isEqualTo("first");
    assertThat(c.source()).isEqualTo(Path.of("comments/diary/a/first.yaml"));
    assertThat(c.post()).isEqualTo(POST);
    assertThat(c.author()).isEqualTo("Ann");
    assertThat(c.url()).contains("https://ann.example/");
    assertThat(c.date()).isEqualTo(ZonedDateTime.of(2014, 3, 1, 10, 30, 0, 0, UTC));
    assertThat(c.parentId()).contains("zero");
    assertThat(c.markdown()).isEqualTo("Hello **there**.\n");
    assertThat(c.toString()).doesNotContain("ann@example.org");
  }

  @Test
  void anAuthorWithAControlCharacterLeavesTheCommentOutWithAWarning(@TempDir Path dir) {
    TestSites.write(
        dir,
        """
        --- posts/diary/a.md ---
        --- comments/diary/a/bell.yaml ---
        date: 2014-03-01 10:30
        author: "Ding\\a Dong"
        body: hi
        --- comments/diary/a/fine.yaml ---
        date: 2014-03-01 11:30
        author: Fine
        body: hi
        """);
    List<String> warnings = new ArrayList<>();

    List<CommentSource> comments = new CommentLoader(UTC, warnings::add).load(dir, Set.of(POST));

    assertThat(comments).extracting(CommentSource::author).containsExactly("Fine");
    assertThat(warnings)
        .containsExactly(
            "comments/diary/a/bell.yaml:2: author holds a control character (\\u0007). Remove"
                + " it: it is invisible and not allowed in pages and feeds (the comment is left"
                + " out)");
  }

  @Test
  void aNonWebUrlIsDroppedWithAWarningNamingFileAndLine(@TempDir Path dir) {
    TestSites.write(
        dir,
        """
        --- posts/diary/a.md ---
        --- comments/diary/a/evil.yaml ---
        author: Evil
        date: 2014-03-01 10:30
        url: javascript:alert(1)
        body: hi
        """);
    List<String> warnings = new ArrayList<>();

    List<CommentSource> comments = new CommentLoader(UTC, warnings::add).load(dir, Set.of(POST));

    assertThat(comments)
        .singleElement()
        .satisfies(c -> assertThat(c.url()).isEqualTo(Optional.empty()));
    assertThat(warnings)
        .containsExactly(
            "comments/diary/evil.yaml:3: url 'javascript:alert(1)' is not an http(s) address, so"
                    .replace("diary/", "diary/a/")
                + " the author's name is shown without a link");
  }

  @Test
  void commentsOfUnpublishedPostsAreLeftOutSilently(@TempDir Path dir) {
    TestSites.write(
        dir,
        """
        --- posts/diary/a.md ---
        --- posts/diary/draft.md ---
        --- comments/diary/draft/early.yaml ---
        author: Early
        date: 2014-03-01 10:30
        body: too soon
        """);
    List<String> warnings = new ArrayList<>();

    List<CommentSource> comments = new CommentLoader(UTC, warnings::add).load(dir, Set.of(POST));

    assertThat(comments).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void brokenFilesAreWarningsAndTheOthersStillLoad(@TempDir Path dir) {
    TestSites.write(
        dir,
        """
        --- posts/diary/a.md ---
        --- comments/diary/a/bad-yaml.yaml ---
        author: Carl
        date: 2014-03-01 10:30
        body: Note: a colon
        --- comments/diary/a/bad-date.yaml ---
        author: Dora
        body: when?
        date: last Tuesday
        --- comments/diary/a/empty.yaml ---
        --- comments/diary/a/good.yml ---
        author: Gil
        date: 2014-03-01 11:00
        body: fine
        --- comments/diary/gone/lost.yaml ---
        author: Lou
        date: 2014-03-01 11:00
        body: lost
        --- comments/diary/a/notes.txt ---
        not a comment
        --- comments/diary/a/.hidden.yaml ---
        author: [
        """);
    List<String> warnings = new ArrayList<>();

    List<CommentSource> comments = new CommentLoader(UTC, warnings::add).load(dir, Set.of(POST));

    assertThat(comments).extracting(CommentSource::id).containsExactly("good");
    assertThat(warnings)
        .satisfiesExactly(
            w ->
                assertThat(w)
                    .startsWith(
                        "comments/diary/a/bad-date.yaml:3: date 'last Tuesday' is not a date")
                    .endsWith("(the comment is left out)"),
            w ->
                assertThat(w)
                    .startsWith("comments/diary/a/bad-yaml.yaml:3: malformed YAML: ")
                    .endsWith("(the comment is left out)"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/a/empty.yaml:1: comment has no author. Add 'author: ...'"
                            + " to the file (the comment is left out)"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/a/empty.yaml:1: comment has no body. Add 'body: ...' to"
                            + " the file (the comment is left out)"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/a/empty.yaml:1: comment has no date. Add 'date: ...' to"
                            + " the file (the comment is left out)"),
            w ->
                assertThat(w)
                    .isEqualTo(
                        "comments/diary/gone/lost.yaml: no post posts/diary/gone.md for this"
                            + " comment, so it is not published. Move it to the folder named"
                            + " after its post"));
  }
}
