package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every publish target must do, run against a real server of its kind: a first publish, an
 * edit that sends only the changed files, a deleted post, a dry run, the delete limit, a wrong
 * password that is never shown, and a killed publish that the next run finishes. Each test
 * publishes to a location of its own ({@link #folder}).
 */
abstract class TargetContract {

  @TempDir Path work;

  /** This test's own local folder below {@link #work}, which a class may share among tests. */
  Path dir;

  /** This test's own location on the server: its method name. */
  String folder;

  final List<BuildEvent> events = new ArrayList<>();

  /** Options publishing to {@link #folder} on the test's server, logged in. */
  abstract PublishOptions options();

  /** {@link #options} with a password the server refuses. */
  abstract PublishOptions withWrongPassword(PublishOptions options, String password);

  /**
   * Each file at {@link #folder} on the server by path, with the SHA-256 of its bytes; empty when
   * there is nothing there.
   */
  abstract Map<String, String> contents() throws IOException;

  /** What the target holds after publishing {@code site}; the git target adds its own files. */
  Map<String, String> expected(Path site) {
    return Folders.published(site);
  }

  @BeforeEach
  void aFolderOfItsOwn(TestInfo test) throws IOException {
    folder = test.getTestMethod().orElseThrow().getName();
    dir = Files.createDirectories(work.resolve(folder));
    events.clear();
  }

  @Test
  void aFirstPublishMakesTheTargetEqualTheSite() throws IOException {
    Path site = site();

    PublishResult result = publish(site, options());

    assertThat(contents()).isEqualTo(expected(site));
    // Every file but the output folder's marker, which is never published.
    assertThat(result.uploaded()).isEqualTo(Folders.siteFiles(site).size());
    assertThat(result.summary()).startsWith("Published to ").contains(" 0 unchanged, 0 deleted");
  }

  @Test
  void anEditSendsOnlyTheFilesWhoseBytesChanged() throws IOException {
    Path site = dir.resolve("site");
    Set<String> differing = publishThenEditAPost(site);

    AtomicReference<RecordingTarget> recorded = new AtomicReference<>();
    publish(
        site,
        options(),
        target -> {
          recorded.set(RecordingTarget.recording(target));
          return recorded.get();
        });

    Set<String> sent = new TreeSet<>(recorded.get().replaced());
    sent.remove(Manifest.FILE_NAME);
    sent.remove(TargetPaths.PENDING_FILE);
    assertThat(sent).isEqualTo(differing);
    assertThat(contents()).isEqualTo(expected(site));
  }

  @Test
  void aDeletedPostLosesItsPage() throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), dir.resolve("blog"));
    Path site = dir.resolve("site");
    TestSites.build(blog, site);
    publish(site, options());
    Set<String> before = Folders.contents(site).keySet();

    Files.delete(blog.resolve("posts/diary/quiet-day.md"));
    TestSites.build(blog, site);
    PublishResult result = publish(site, options());

    Set<String> gone = new TreeSet<>(before);
    gone.removeAll(Folders.contents(site).keySet());
    assertThat(gone).contains("diary/quiet-day.html");
    assertThat(result.deleted()).isEqualTo(gone.size());
    assertThat(contents())
        .isEqualTo(expected(site))
        .doesNotContainKeys(gone.toArray(String[]::new));
  }

  @Test
  void aDryRunChangesNothing() throws IOException {
    PublishResult result = publish(site(), options().withDryRun(true));

    assertThat(contents()).isEmpty();
    assertThat(result.summary()).contains("nothing was changed");
    assertThat(events).extracting(BuildEvent::message).contains("  upload index.html: new");
  }

  @Test
  void tooManyDeletesStopBeforeAnythingChanges() throws IOException {
    publish(site(), options());
    Map<String, String> published = contents();
    Path tiny = Files.createDirectories(dir.resolve("tiny"));
    Files.writeString(tiny.resolve("index.html"), "tiny");

    assertThatThrownBy(() -> publish(tiny, options().withMaxDeletes(3)))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("files would be deleted from ")
        .hasMessageContaining("more than the limit of 3");
    assertThat(contents()).isEqualTo(published);
  }

  @Test
  void aWrongPasswordIsOneClearLineThatNeverShowsThePassword() throws IOException {
    String wrong = "not-the-password-42";
    PublishOptions options = withWrongPassword(options(), wrong);

    assertThatThrownBy(() -> publish(site(), options))
        .isInstanceOf(BuildException.class)
        .hasNoCause()
        .hasMessageContaining("refused")
        .satisfies(e -> assertThat(e.toString()).doesNotContain(wrong));
    assertThat(events).extracting(BuildEvent::message).noneMatch(m -> m.contains(wrong));
    assertThat(options.toString()).doesNotContain(wrong);
    assertThat(contents()).isEmpty();
  }

  @Test
  void aPublishKilledHalfWayFinishesWhenRunAgain() throws IOException {
    Path site = site();

    assertThatThrownBy(
            () -> publish(site, options(), target -> RecordingTarget.killedAfter(target, 10)))
        // A kill runs no clean-up, so it is simulated by an Error no catch of ours handles.
        .isInstanceOf(RecordingTarget.Killed.class)
        .hasMessageContaining("simulated");
    PublishResult rerun = publish(site, options());

    assertThat(rerun.uploaded()).isPositive();
    assertThat(contents()).isEqualTo(expected(site));
  }

  /**
   * Builds the basic fixture blog into {@code site} and publishes it, then edits one post and
   * builds again (without publishing).
   *
   * @return the site's files whose bytes the edit changed: a few, not most
   */
  Set<String> publishThenEditAPost(Path site) throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), dir.resolve("blog"));
    TestSites.build(blog, site);
    publish(site, options());
    Map<String, String> before = Folders.contents(site);

    Path post = blog.resolve("posts/diary/quiet-day.md");
    Files.writeString(post, Files.readString(post).replace("was fine", "was lovely"));
    TestSites.build(blog, site);
    Set<String> differing = new TreeSet<>();
    Folders.contents(site)
        .forEach(
            (path, hash) -> {
              if (!hash.equals(before.get(path))) {
                differing.add(path);
              }
            });
    assertThat(differing).isNotEmpty().hasSizeLessThan(before.size() / 2);
    return differing;
  }

  /** The basic fixture blog, built into this test's folder. */
  Path site() {
    Path site = dir.resolve("site");
    TestSites.build(TestSites.fixture("sites/basic"), site);
    return site;
  }

  PublishResult publish(Path site, PublishOptions options) {
    return new Publisher().publish(site, options, events::add);
  }

  PublishResult publish(
      Path site, PublishOptions options, Function<PublishTarget, RecordingTarget> wrap) {
    return new Publisher((o, l) -> wrap.apply(Targets.open(o, l)))
        .publish(site, options, events::add);
  }
}
