package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.write.SiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing small hand-made sites to a folder: every step and rule, watched through a recorder.
 */
class PublisherTest {

  @TempDir Path dir;
  private Path site;
  private Path www;
  private final List<BuildEvent> events = new ArrayList<>();
  private RecordingTarget target;

  @BeforeEach
  void aSite() throws IOException {
    site = dir.resolve("site");
    www = dir.resolve("www");
    write(site, "index.html", "front");
    write(site, "tips/hello.html", "hello");
    write(site, "tips/index.html", "tips");
    write(site, "img/cat.png", "meow");
    write(site, "feed.xml", "<feed/>");
  }

  @Test
  void aFirstPublishCopiesTheSiteInGroupOrderAndWritesTheManifestLast() {
    PublishResult result = publish(options());

    assertThat(Folders.contents(www)).isEqualTo(Folders.published(site));
    assertThat(target.replaced())
        .containsExactly(
            ".sitegen-pending",
            "img/cat.png",
            "tips/hello.html",
            "tips/index.html",
            "feed.xml",
            "index.html",
            ".sitegen-manifest");
    assertThat(target.changes).last().isEqualTo("delete .sitegen-pending");
    assertThat(result.uploaded()).isEqualTo(5);
    assertThat(result.bytesUploaded()).isEqualTo(5 + 5 + 4 + 4 + 7);
    assertThat(result.summary())
        .matches(
            "Published to file:.*/www: 5 uploaded \\(25 B\\), 0 unchanged, 0 deleted \\(.*\\)");
    assertThat(events)
        .extracting(BuildEvent::message)
        .filteredOn(m -> m.matches("^\\w+: .*"))
        .extracting(m -> m.substring(0, m.indexOf(':')))
        .containsExactly("hash", "connect", "compare", "upload", "manifest");
  }

  @Test
  void eachFileGoesUpUnderATemporaryNameThenIsRenamedOverTheRealOne() {
    publish(options());

    assertThat(target.changes)
        .containsSubsequence(
            "write tips/.hello.html.sitegen-tmp",
            "rename tips/.hello.html.sitegen-tmp tips/hello.html");
  }

  @Test
  void publishingTheSameSiteAgainChangesNothingOnTheTarget() {
    publish(options());
    Map<String, Object> before = Folders.identities(www);

    PublishResult again = publish(options());

    assertThat(target.changes).isEmpty();
    assertThat(Folders.identities(www)).isEqualTo(before);
    assertThat(again.summary()).contains(": 0 uploaded (0 B), 5 unchanged, 0 deleted");
  }

  @Test
  void onlyChangedFilesAreUploadedWithTheirReasons() throws IOException {
    publish(options());
    write(site, "tips/hello.html", "hello, edited");
    write(site, "img/cat.png", "purr");
    write(site, "img/dog.png", "woof");

    PublishResult result = publish(options());

    assertThat(result.actions())
        .containsExactly(
            "upload img/cat.png: changed content",
            "upload img/dog.png: new",
            "upload tips/hello.html: changed (size 5 -> 13)");
    assertThat(Folders.contents(www)).isEqualTo(Folders.published(site));
  }

  @Test
  void aRemovedPageIsDeletedButFilesSiteGenDidNotPublishStay() throws IOException {
    publish(options());
    write(www, ".htaccess", "deny from all");
    write(www, "tips/notes.txt", "mine");
    write(site, "old/only.html", "x");
    publish(options());
    Files.delete(site.resolve("old/only.html"));
    Files.delete(site.resolve("tips/hello.html"));

    PublishResult result = publish(options());

    assertThat(result.deleted()).isEqualTo(2);
    assertThat(www.resolve("tips/hello.html")).doesNotExist();
    // A folder emptied by the deletes goes; one that still holds a foreign file stays.
    assertThat(www.resolve("old")).doesNotExist();
    assertThat(www.resolve("tips/notes.txt")).hasContent("mine");
    assertThat(www.resolve(".htaccess")).hasContent("deny from all");
    Map<String, String> expected = Folders.published(site);
    expected.putAll(Map.of(".htaccess", sha("deny from all"), "tips/notes.txt", sha("mine")));
    assertThat(Folders.contents(www)).isEqualTo(expected);
  }

  @Test
  void aForeignFileWhereTheSiteNowHasAFileIsOverwritten() throws IOException {
    write(www, "tips/hello.html", "someone else's");

    publish(options());

    assertThat(www.resolve("tips/hello.html")).hasContent("hello");
  }

  @Test
  void aDryRunListsThePlanAndChangesNothing() throws IOException {
    publish(options());
    Map<String, String> published = Folders.contents(www);
    write(site, "tips/hello.html", "hello, edited");
    Files.delete(site.resolve("img/cat.png"));
    events.clear();

    PublishResult result = publish(options().withDryRun(true));

    assertThat(target.changes).isEmpty();
    assertThat(Folders.contents(www)).isEqualTo(published);
    assertThat(events)
        .extracting(BuildEvent::message)
        .contains(
            "  upload tips/hello.html: changed (size 5 -> 13)",
            "  delete img/cat.png: removed from site");
    assertThat(result.summary())
        .contains("Dry run for file:")
        .contains("1 to upload (13 B), 3 unchanged, 1 to delete; nothing was changed");
  }

  @Test
  void morePlannedDeletesThanTheLimitStopBeforeAnythingChanges() throws IOException {
    publish(options());
    Map<String, String> published = Folders.contents(www);
    write(site, "index.html", "a new front page");
    for (String path : List.of("tips/hello.html", "tips/index.html", "img/cat.png")) {
      Files.delete(site.resolve(path));
    }

    assertThatThrownBy(() -> publish(options().withMaxDeletes(2).withNames(names())))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("3 files would be deleted from file:")
        .hasMessageContaining("more than the limit of 2")
        .hasMessageContaining("--dry-run")
        .hasMessageEndingWith("raise the limit: --max-deletes=3");
    assertThat(target.changes).isEmpty();
    assertThat(Folders.contents(www)).isEqualTo(published);
  }

  @Test
  void aPublishKilledHalfWayFinishesWhenRunAgain() throws IOException {
    publish(options());
    write(site, "index.html", "new front");
    write(site, "tips/hello.html", "hello, edited");
    write(site, "img/new.png", "new");
    Files.delete(site.resolve("feed.xml"));

    // Killed after the pending list and one file went up, the second one half done.
    assertThatThrownBy(() -> publish(options(), t -> RecordingTarget.killedAfter(t, 2)))
        .isInstanceOf(RecordingTarget.Killed.class);
    assertThat(www.resolve("tips/.hello.html.sitegen-tmp")).exists();
    assertThat(www.resolve(".sitegen-pending")).exists();

    PublishResult rerun = publish(options());

    assertThat(target.replaced()).as("put up by the killed run").doesNotContain("img/new.png");
    assertThat(rerun.deleted()).isEqualTo(1);
    assertThat(Folders.contents(www)).isEqualTo(Folders.published(site));
  }

  @Test
  void aTemporaryFileLeftByAKilledPublishIsRemovedEvenIfItsFileIsGone() throws IOException {
    publish(options());
    write(site, "img/big.png", "half uploaded");
    assertThatThrownBy(() -> publish(options(), t -> RecordingTarget.killedAfter(t, 1)))
        .isInstanceOf(RecordingTarget.Killed.class);
    assertThat(www.resolve("img/.big.png.sitegen-tmp")).exists();
    Files.delete(site.resolve("img/big.png"));

    publish(options());

    assertThat(Folders.contents(www)).isEqualTo(Folders.published(site));
  }

  @Test
  void aWriteThatFailsHalfWayLeavesNoTemporaryFileInTheTarget() throws IOException {
    write(site, "img/big.png", "x".repeat(100_000));

    assertThatThrownBy(
            () ->
                publish(
                    options(),
                    t -> RecordingTarget.diskFullWriting(t, "img/.big.png.sitegen-tmp", 10_000)))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("cannot upload img/big.png")
        .hasMessageContaining("No space left on device")
        .hasMessageContaining("Publish again");

    assertThat(Folders.contents(www).keySet())
        .as("half-written files in the public folder")
        .noneMatch(path -> path.endsWith(TargetPaths.TEMP_SUFFIX))
        .doesNotContain("img/big.png");
  }

  @Test
  void publishedFilesAndFoldersGetTheUmasksModesNotThoseOfTheSite() {
    Folders.makePrivate(site);

    publish(options());

    assertThat(Folders.modesOtherThanTheUmasks(www, dir)).isEmpty();
  }

  @Test
  void theOutputFoldersMarkerIsNeverPublished() throws IOException {
    write(site, ".sitegen-output", "site-gen output folder\n");

    PublishResult result = publish(options());

    assertThat(www.resolve(".sitegen-output")).doesNotExist();
    assertThat(result.uploaded()).isEqualTo(5);
    assertThat(TargetPaths.OUTPUT_MARKER).isEqualTo(SiteOutput.MARKER);
  }

  @Test
  void aDamagedManifestOnTheTargetIsReportedWithTheWayOut() throws IOException {
    write(www, ".sitegen-manifest", "garbage\n");

    assertThatThrownBy(() -> publish(options()))
        .hasMessageContaining("the manifest .sitegen-manifest of the last publish on file:")
        .hasMessageContaining("is damaged: line 1")
        .hasMessageContaining("Delete it on the target");
  }

  @Test
  void aSymbolicLinkInTheTargetFolderIsNeverWrittenThrough() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createDirectories(www);
    Files.createSymbolicLink(www.resolve("img"), outside);

    assertThatThrownBy(() -> publish(options()))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("img is a symbolic link")
        .hasNoCause();
    assertThat(outside).isEmptyDirectory();
  }

  @Test
  void theTargetFolderItselfMayBeASymbolicLink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real-www"));
    Files.createSymbolicLink(www, real);

    publish(options());

    assertThat(Folders.contents(real)).isEqualTo(Folders.published(site));
  }

  @Test
  void aSiteFolderThatDoesNotExistIsAClearError() {
    assertThatThrownBy(
            () -> new Publisher().publish(dir.resolve("nothing"), options(), events::add))
        .hasMessageContaining("there is no built site in")
        .hasMessageContaining("Build the site before publishing it");
  }

  private PublishOptions options() {
    return PublishOptions.of("file://" + www);
  }

  static OptionNames names() {
    return new OptionNames(
        "--target",
        "--host-key-fingerprint={}",
        "--max-deletes={}",
        "--dry-run",
        "--user with --password-env or --identity");
  }

  private PublishResult publish(PublishOptions options) {
    return publish(options, RecordingTarget::recording);
  }

  private PublishResult publish(
      PublishOptions options, Function<PublishTarget, RecordingTarget> wrap) {
    Publisher publisher =
        new Publisher(
            (o, l) -> {
              target = wrap.apply(Targets.open(o, l));
              return target;
            });
    PublishResult result = publisher.publish(site, options, events::add);
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    return result;
  }

  private static String sha(String text) {
    return Folders.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
