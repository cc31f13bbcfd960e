package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish killed for real (its process destroyed, no clean-up code run) after it put a new post's
 * page online: the next publish, after the post was deleted, takes the page down again and uploads
 * only what the target does not already have.
 */
class PublishKillIT {

  @TempDir Path dir;

  @Test
  void aPageUploadedByAKilledPublishIsDeletedOnceItsPostIsGone() throws Exception {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), dir.resolve("blog"));
    Path site = dir.resolve("out");
    Path www = dir.resolve("www");
    TestSites.build(blog, site);
    Set<String> before = Folders.contents(site).keySet();
    new Publisher().publish(site, PublishOptions.of("file://" + www), event -> {});

    Path post = blog.resolve("posts/diary/second.md");
    Files.writeString(
        post, TestSites.post("Second", "2014-03-05 09:00", "", "A page put up, then withdrawn."));
    TestSites.build(blog, site);
    String page = newPostPage(before, Folders.contents(site).keySet());

    killedAfterUploading(site, www, page);
    assertThat(www.resolve(page)).as("the killed publish put the page up").exists();

    Files.delete(post);
    TestSites.build(blog, site);
    Set<String> missingOrDifferent = missingOrDifferent(site, www);
    RecordingTarget[] rerun = new RecordingTarget[1];
    PublishResult result =
        new Publisher(
                (options, listener) ->
                    rerun[0] = RecordingTarget.recording(Targets.open(options, listener)))
            .publish(site, PublishOptions.of("file://" + www), event -> {});

    assertThat(www.resolve(page)).doesNotExist();
    assertThat(result.deleted()).isGreaterThanOrEqualTo(1);
    assertThat(Folders.contents(www)).isEqualTo(Folders.published(site));
    assertThat(rerun[0].replaced())
        .filteredOn(path -> !TargetPaths.isReserved(path))
        .containsExactlyInAnyOrderElementsOf(missingOrDifferent);
  }

  /** The new post's own page: new in the site, and no listing's index. */
  private static String newPostPage(Set<String> before, Set<String> after) {
    return after.stream()
        .filter(path -> !before.contains(path))
        .filter(path -> path.endsWith(".html") && !path.endsWith("index.html"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no new page among " + after));
  }

  /** Runs {@link PausingPublish} in its own JVM and kills it once {@code page} is online. */
  private static void killedAfterUploading(Path site, Path www, String page) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PausingPublish.class.getName(),
                site.toString(),
                www.toString(),
                page)
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder printed = new StringBuilder();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        printed.append(line).append('\n');
        if (line.equals(PausingPublish.PAUSED)) {
          child.destroyForcibly();
          assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
          return;
        }
      }
      throw new AssertionError("the publish did not pause:\n" + printed);
    } finally {
      child.destroyForcibly();
    }
  }

  /** The site's files that the target lacks or holds with other bytes. */
  private static Set<String> missingOrDifferent(Path site, Path www) {
    Map<String, String> online = Folders.contents(www);
    Set<String> paths = new TreeSet<>();
    Folders.contents(site)
        .forEach(
            (path, sha) -> {
              if (!TargetPaths.isReserved(path) && !sha.equals(online.get(path))) {
                paths.add(path);
              }
            });
    return paths;
  }
}
