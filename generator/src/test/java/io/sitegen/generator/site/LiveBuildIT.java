package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview's builds, without HTTP: each rebuild after an edit must leave the output folder
 * byte-identical to a fresh full build of the same edited blog ("never stale"), while parsing and
 * writing only what the edit touched.
 *
 * <p>Works on copies of {@code sites/basic} (baseUrl set, so feeds exist; 11 published posts), and
 * of {@code sites/comments} and {@code sites/gallery} for comments and photos.
 */
class LiveBuildIT {

  private static final String FISH = "posts/diary/fish-and-chips.md";

  @TempDir Path tmp;
  private Path blog;
  private Path live;
  private LiveBuild builds;
  private final List<BuildEvent> events = new ArrayList<>();
  private int fullBuilds;

  /** The preview's last build, whose warnings must be those of a full build. */
  private LiveBuild.Rebuild last;

  @BeforeEach
  void firstBuild() {
    LiveBuild.Rebuild first = open("sites/basic");
    assertThat(first.postsParsed()).isEqualTo(13); // 11 published, a draft and a future post
    assertThat(first.filesWritten()).isEqualTo(TestSites.files(live).size() - 1); // not the marker
    assertSameAsFullBuild("first build");
  }

  @Test
  void editingAddingAndDeletingPagesLeavesTheSameFilesAsAFullBuild() {
    open("sites/pages");
    assertSameAsFullBuild("first build of sites/pages");

    replace("pages/about.md", "Written by a test.", "Written by a preview.");
    LiveBuild.Rebuild edit = rebuild("pages/about.md");
    assertThat(edit.changes()).containsExactly(ChangeKind.CONTENT);
    assertThat(edit.postsParsed()).isZero();
    assertThat(TestSites.page(live, "about/index.html").select(".page-body").text())
        .contains("Written by a preview.");
    assertSameAsFullBuild("page edit");

    // A page's menu title shows on every page.
    replace("pages/about.md", "menu: About me", "menu: Who");
    rebuild("pages/about.md");
    assertThat(TestSites.page(live, "index.html").select("nav.site-menu a").first().text())
        .isEqualTo("Who");
    assertSameAsFullBuild("menu title edit");

    write("pages/contact.md", "---\ntitle: Contact\n---\nWrite to [the about page](about.md).\n");
    rebuild("pages/contact.md");
    assertThat(TestSites.page(live, "contact/index.html").select(".page-body a").attr("href"))
        .isEqualTo("/about/");
    assertSameAsFullBuild("page added");

    delete("pages/projects/site-gen.md");
    rebuild("pages/projects/site-gen.md");
    assertThat(live.resolve("projects/site-gen/index.html")).doesNotExist();
    assertSameAsFullBuild("page deleted");
  }

  /** A copy of the fixture, built once into a fresh live output folder. */
  private LiveBuild.Rebuild open(String fixture) {
    Path dir = tmp.resolve(fixture.replace('/', '-'));
    blog = TestSites.copy(TestSites.fixture(fixture), dir.resolve("blog"));
    live = dir.resolve("live");
    builds = new LiveBuild(TestSites.options(blog, live));
    last = builds.build(List.of(), events::add);
    return last;
  }

  @Test
  void editingOnePostBodyParsesOnePostAndWritesOnlyThePagesShowingIt() {
    int allFiles = TestSites.files(live).size();

    replace(FISH, "Dinner by the beach.", "Dinner by the harbour, with gulls.");
    LiveBuild.Rebuild rebuild = rebuild(FISH);

    assertThat(rebuild.changes()).containsExactly(ChangeKind.CONTENT);
    assertThat(rebuild.postsParsed()).isEqualTo(1);
    assertThat(rebuild.filesDeleted()).isZero();
    // The post page, the listings showing its body (home page 2, diary, food, c-x, 2014, 2014/02,
    // 2014/02/14) and their feeds; every other page and feed is kept as it was.
    assertThat(rebuild.filesWritten()).isPositive().isLessThan(allFiles / 3);
    assertThat(rebuild.result().pagesRendered()).isLessThan(rebuild.result().posts() * 2);
    assertThat(TestSites.page(live, "diary/fish-and-chips.html").select("main").text())
        .contains("Dinner by the harbour, with gulls.")
        .doesNotContain("Dinner by the beach.");
    assertThat(TestSites.page(live, "tags/food/index.html").text())
        .contains("Dinner by the harbour, with gulls.");
    assertSameAsFullBuild("body edit");

    // Saving again with no change writes nothing.
    LiveBuild.Rebuild again = rebuild(FISH);
    assertThat(again.postsParsed()).isZero();
    assertThat(again.filesWritten()).isZero();
    assertThat(again.filesDeleted()).isZero();
    assertSameAsFullBuild("unchanged save");
  }

  @Test
  void aNewWordInOnePostRewritesOnlyItsChunkAndTheShardOfTheWord() {
    Map<String, byte[]> before = snapshot(live.resolve("search"));

    replace(FISH, "Dinner by the beach.", "Dinner by the beach. Zanzibar next time.");
    rebuild(FISH);

    Map<String, byte[]> after = snapshot(live.resolve("search"));
    List<String> changed =
        after.keySet().stream()
            .filter(path -> !Arrays.equals(before.get(path), after.get(path)))
            .toList();
    // The post's chunk (its excerpt) and the shards holding "zanzibar", "next" and "time", each
    // with its positions; every other shard, and the manifest unless a new word starts a shard,
    // keeps its bytes.
    assertThat(changed).hasSizeBetween(3, 8).anyMatch(p -> p.startsWith("d/"));
    assertThat(changed.stream().filter(p -> p.startsWith("t/") || p.startsWith("p/")))
        .isNotEmpty()
        .allMatch(
            p -> {
              String shard = new String(after.get(p), StandardCharsets.UTF_8);
              return List.of("zanzibar", "next", "time").stream()
                  .anyMatch(word -> shard.contains("\"" + word + "\":"));
            })
        .allMatch(p -> changed.contains((p.startsWith("t/") ? "p/" : "t/") + p.substring(2)));
    assertThat(changed.size()).isLessThan(before.size() / 2);
    assertSameAsFullBuild("a new word");
  }

  @Test
  void everyKindOfEditLeavesTheSameFilesAsAFullBuild() throws IOException {
    // Body of one post.
    replace(FISH, "Dinner by the beach.", "Dinner by the harbour.");
    assertThat(rebuild(FISH).postsParsed()).isEqualTo(1);
    assertSameAsFullBuild("body edit");

    // Tags: c&<"x" is used only here, so its page and feeds go; weather gains a post.
    replace(FISH, "tags: [food, 'c&<\"x\"']", "tags: [food, weather]");
    LiveBuild.Rebuild tags = rebuild(FISH);
    // tags/c-x/index.{html,rss,atom,json}, and the search shard that began with "x", a word only
    // this tag had, with its positions.
    assertThat(tags.filesDeleted()).isEqualTo(6);
    assertThat(live.resolve("tags/c-x")).doesNotExist();
    assertThat(TestSites.page(live, "tags/weather/index.html").select("main a").eachAttr("href"))
        .anyMatch(href -> href.endsWith("diary/fish-and-chips.html"));
    assertSameAsFullBuild("tag change");

    // A template the theme has and the blog did not override yet.
    String base =
        Files.readString(
            Path.of("../themes/default/src/main/resources/themes/default/templates/base.peb"));
    write("templates/base.peb", base.replace("</footer>", "<p class=\"marker\">M1</p></footer>"));
    LiveBuild.Rebuild template = rebuild("templates/base.peb");
    assertThat(template.changes()).containsExactly(ChangeKind.TEMPLATE);
    assertThat(template.postsParsed()).isZero();
    assertThat(TestSites.page(live, "openstack/havana-summit.html").select(".marker").text())
        .isEqualTo("M1");
    assertSameAsFullBuild("new template override");

    // The override the fixture already has.
    replace("templates/tags.peb", "custom tags page", "customised tags page");
    rebuild("templates/tags.peb");
    assertThat(TestSites.page(live, "tags/index.html").select(".override-marker").text())
        .isEqualTo("customised tags page");
    assertSameAsFullBuild("template edit");

    // A deleted post: its page goes, the listings and its neighbours' links change.
    delete("posts/diary/quiet-day.md");
    LiveBuild.Rebuild deleted = rebuild("posts/diary/quiet-day.md");
    assertThat(deleted.filesDeleted()).isPositive();
    assertThat(live.resolve("diary/quiet-day.html")).doesNotExist();
    assertSameAsFullBuild("post deleted");

    // A new post in a new category folder.
    write(
        "posts/garden/first-tomatoes.md",
        TestSites.post("First tomatoes", "2014-05-01 10:00", "food, garden", "Red at last."));
    LiveBuild.Rebuild added = rebuild("posts/garden/first-tomatoes.md");
    assertThat(added.postsParsed()).isEqualTo(1);
    assertThat(live.resolve("garden/first-tomatoes.html")).exists();
    assertThat(live.resolve("tags/garden/index.atom")).exists();
    assertSameAsFullBuild("post added");

    // Static files: one edited (same size, so only its content tells), one added, one removed.
    write("static/robots-extra.txt", "# EXTRA rules from the fixture's static folder\n");
    write("static/img/new.txt", "new\n");
    rebuild("static/robots-extra.txt", "static/img/new.txt");
    assertThat(live.resolve("robots-extra.txt"))
        .hasContent("# EXTRA rules from the fixture's static folder");
    assertSameAsFullBuild("static files changed");
    delete("static/img/new.txt");
    assertThat(rebuild("static/img/new.txt").filesDeleted()).isEqualTo(1);
    assertThat(live.resolve("img")).doesNotExist();
    assertSameAsFullBuild("static file deleted");

    // A file beside the posts.
    write("posts/openstack/notes.txt", "newer raw notes\n");
    rebuild("posts/openstack/notes.txt");
    assertThat(live.resolve("openstack/notes.txt")).hasContent("newer raw notes");
    assertSameAsFullBuild("post folder file changed");

    // A post's title: its neighbours' links and the related posts of others show it.
    replace("posts/openstack/tips/nova-quotas.md", "title: \"", "title: \"Renamed: ");
    rebuild("posts/openstack/tips/nova-quotas.md");
    assertSameAsFullBuild("title changed");

    // A post's date: it moves between year, month and day listings and pages of the home page.
    replace("posts/book/reading-list.md", "date: 2013-11-02", "date: 2014-04-02");
    rebuild("posts/book/reading-list.md");
    assertThat(live.resolve("2013/11")).doesNotExist();
    assertSameAsFullBuild("date changed");

    // A post made a draft, then published again.
    replace("posts/meta/about-this-blog.md", "\n---\n", "\ndraft: true\n---\n");
    rebuild("posts/meta/about-this-blog.md");
    assertThat(live.resolve("meta/about-this-blog.html")).doesNotExist();
    assertSameAsFullBuild("post made a draft");
    replace("posts/meta/about-this-blog.md", "\ndraft: true\n", "\n");
    rebuild("posts/meta/about-this-blog.md");
    assertThat(live.resolve("meta/about-this-blog.html")).exists();
    assertSameAsFullBuild("draft published again");

    // A post renamed: a new URL, and another post's Markdown link to it follows.
    Files.move(
        blog.resolve("posts/openstack/tips/nova-quotas.md"),
        blog.resolve("posts/openstack/tips/nova-limits.md"));
    rebuild("posts/openstack/tips/nova-quotas.md", "posts/openstack/tips/nova-limits.md");
    assertThat(TestSites.page(live, "openstack/havana-summit.html").select("a").eachAttr("href"))
        .anyMatch(href -> href.endsWith("tips/nova-limits.html"))
        .noneMatch(href -> href.endsWith("tips/nova-quotas.html"));
    assertSameAsFullBuild("post renamed");

    // A static file that replaces the theme's, then removed again: the theme's comes back.
    write("static/css/site.css", "body { color: red }\n");
    rebuild("static/css/site.css");
    assertThat(live.resolve("css/site.css")).hasContent("body { color: red }");
    assertSameAsFullBuild("theme file replaced");
    delete("static/css/site.css");
    rebuild("static/css/site.css");
    assertThat(live.resolve("css/site.css")).content().doesNotContain("color: red");
    assertSameAsFullBuild("theme file back");

    // tags.yaml: a tag's title and description.
    replace("tags.yaml", "title: \"Food\"", "title: \"Food and drink\"");
    LiveBuild.Rebuild tagsYaml = rebuild("tags.yaml");
    assertThat(tagsYaml.postsParsed()).isZero();
    assertThat(TestSites.page(live, "tags/food/index.html").select("h1").text())
        .contains("Food and drink");
    assertSameAsFullBuild("tags.yaml changed");

    // site.yaml: every page shows the title.
    replace("site.yaml", "title: \"Basic Test Blog\"", "title: \"Renamed Blog\"");
    LiveBuild.Rebuild config = rebuild("site.yaml");
    assertThat(config.changes()).containsExactly(ChangeKind.CONFIG);
    assertThat(TestSites.page(live, "index.html").select(".site-title").text())
        .isEqualTo("Renamed Blog");
    assertSameAsFullBuild("site.yaml title changed");

    // site.yaml: every post moves.
    Files.writeString(
        blog.resolve("site.yaml"),
        Files.readString(blog.resolve("site.yaml")) + "permalink: \"/{year}/{slug}.html\"\n");
    LiveBuild.Rebuild moved = rebuild("site.yaml");
    assertThat(moved.filesDeleted()).isPositive();
    assertThat(live.resolve("2014/fish-and-chips.html")).exists();
    assertThat(live.resolve("diary/fish-and-chips.html")).doesNotExist();
    assertSameAsFullBuild("permalinks changed");

    // And a body edit after all that is still incremental.
    replace(FISH, "Dinner by the harbour.", "Dinner at home.");
    LiveBuild.Rebuild last = rebuild(FISH);
    assertThat(last.postsParsed()).isEqualTo(1);
    assertThat(last.filesWritten()).isLessThan(TestSites.files(live).size() / 3);
    assertSameAsFullBuild("body edit at the end");
  }

  @Test
  void aRebuildWarnsOfWhatItReusedAsAFullBuildDoes() {
    // A warning from each part a preview keeps: site.yaml (the engines), an unchanged post's
    // front matter (the parsed posts) and an image beside the posts (the photo stage).
    replace("site.yaml", "title:", "basUrl: https://typo.example/\ntitle:");
    replace("posts/meta/about-this-blog.md", "title:", "summray: a typo\ntitle:");
    replace(
        "posts/meta/about-this-blog.md",
        "in its category.",
        "in its category. See [the plans](no-such-post.md).");
    write("posts/meta/broken.jpg", "not a JPEG");
    rebuild("site.yaml", "posts/meta/about-this-blog.md", "posts/meta/broken.jpg");
    assertThat(last.result().warnings())
        .anyMatch(w -> w.contains("basUrl"))
        .anyMatch(w -> w.contains("summray"))
        .anyMatch(w -> w.contains("broken.jpg"))
        .anyMatch(w -> w.contains("about-this-blog.md:") && w.contains("\"no-such-post.md\""));
    assertSameAsFullBuild("warnings added");

    // Before: this rebuild reported none of them, so --strict passed in the preview only.
    replace(FISH, "Dinner by the beach.", "Dinner by the harbour.");
    assertThat(rebuild(FISH).postsParsed()).isEqualTo(1);
    // The post with the link to no post was processed by the earlier build, and still warns.
    assertThat(last.result().warnings()).anyMatch(w -> w.contains("\"no-such-post.md\""));
    assertSameAsFullBuild("an edit elsewhere");
  }

  @Test
  void aFailedBuildLeavesTheOutputAloneAndTheNextGoodBuildCatchesUp() {
    Map<String, byte[]> before = snapshot(live);

    // A good edit and a broken post in the same save: nothing of either may show.
    replace(FISH, "Dinner by the beach.", "Dinner by the harbour.");
    write("posts/diary/broken.md", "---\ntitle: \"Broken\ndate: 2014-01-01\n---\nBody\n");
    BuildException failure =
        catchThrowableOfType(BuildException.class, () -> rebuild(FISH, "posts/diary/broken.md"));
    assertThat(failure).isNotNull();
    assertThat(failure.problems())
        .anySatisfy(p -> assertThat(p.file().map(Path::toString).orElse("")).contains("broken.md"));
    assertSameFiles(snapshot(live), before, "after the failed build");
    // The staging folder beside the output is gone too.
    assertThat(live.getParent()).isDirectoryNotContaining("glob:**/.live.changes-*");

    // A broken template fails in configure; the output stays as it was.
    write("templates/post.peb", "{% extends \"base\" %}{% block content %}{{ post.title ");
    assertThat(catchThrowableOfType(BuildException.class, () -> rebuild("templates/post.peb")))
        .isNotNull();
    assertSameFiles(snapshot(live), before, "after the failed template build");

    // Fixing only the template: the post is still broken.
    delete("templates/post.peb");
    assertThat(catchThrowableOfType(BuildException.class, () -> rebuild("templates/post.peb")))
        .isNotNull();

    // Fixing the post: the body edit made during the failures shows now.
    write("posts/diary/broken.md", TestSites.post("Broken", "2014-01-01 10:00", "", "Mended."));
    LiveBuild.Rebuild fixed = rebuild("posts/diary/broken.md");
    assertThat(fixed.result().posts()).isEqualTo(12);
    assertThat(TestSites.page(live, "diary/fish-and-chips.html").text())
        .contains("Dinner by the harbour.");
    assertSameAsFullBuild("after the fix");

    // And the builds after it are incremental again.
    replace(FISH, "Dinner by the harbour.", "Dinner at home.");
    LiveBuild.Rebuild next = rebuild(FISH);
    assertThat(next.postsParsed()).isEqualTo(1);
    assertThat(next.filesWritten()).isLessThan(TestSites.files(live).size() / 3);
    assertSameAsFullBuild("edit after the fix");
  }

  @Test
  void filesDeletedFromTheOutputFolderUnderThePreviewAreWrittenAgain() throws IOException {
    // Someone deletes a page, or runs "mvn clean", while the preview runs.
    Files.delete(live.resolve("tags/index.html"));
    replace(FISH, "Dinner by the beach.", "Dinner by the harbour.");
    rebuild(FISH);
    assertThat(live.resolve("tags/index.html")).exists();
    assertSameAsFullBuild("after a page was deleted");

    // The whole folder, and in the same build a post goes whose folder "meta/" is gone already.
    deleteTree(live);
    replace(FISH, "Dinner by the harbour.", "Dinner at home.");
    delete("posts/meta/about-this-blog.md");
    rebuild(FISH, "posts/meta/about-this-blog.md");
    assertSameAsFullBuild("after the output folder was deleted");
  }

  @Test
  void commentsEditedAddedAndDeleted() {
    open("sites/comments");
    assertSameAsFullBuild("first build of sites/comments");
    Path comment = firstFile(blog.resolve("comments/diary/busy"));
    String relative = blog.relativize(comment).toString();

    replace(relative, "body: ", "body: Edited first. ");
    rebuild(relative);
    assertThat(TestSites.page(live, "diary/busy.html").text()).contains("Edited first.");
    assertSameAsFullBuild("comment edited");

    write(
        "comments/diary/threads/zz-new.yaml",
        "author: New Reader\ndate: 2014-03-06 10:00\nbody: A brand new comment.\n");
    rebuild("comments/diary/threads/zz-new.yaml");
    assertThat(TestSites.page(live, "diary/threads.html").text()).contains("A brand new comment.");
    assertSameAsFullBuild("comment added");

    delete(relative);
    rebuild(relative);
    assertThat(TestSites.page(live, "diary/busy.html").text()).doesNotContain("Edited first.");
    assertSameAsFullBuild("comment deleted");
  }

  @Test
  void photosAndAlbumsChanged() {
    open("sites/gallery");
    assertSameAsFullBuild("first build of sites/gallery");

    replace("photos/walk/album.yaml", "caption: Evans Lookout at dawn", "caption: Lookout at noon");
    LiveBuild.Rebuild caption = rebuild("photos/walk/album.yaml");
    assertThat(caption.changes()).containsExactly(ChangeKind.PHOTOS);
    assertSameAsFullBuild("caption changed");

    delete("photos/walk/d-falls.jpg");
    rebuild("photos/walk/d-falls.jpg");
    assertSameAsFullBuild("photo deleted");

    // Images beside a post are an album too, though their changes are not below photos/.
    delete("posts/trips/dunes.jpg");
    rebuild("posts/trips/dunes.jpg");
    assertThat(live.resolve("photos/trips/dunes.html")).doesNotExist();
    assertSameAsFullBuild("post image deleted");

    copy("photos/orient/o1.jpg", "posts/trips/sunset.jpg");
    rebuild("posts/trips/sunset.jpg");
    assertThat(live.resolve("photos/trips/sunset.html")).exists();
    assertSameAsFullBuild("post image added");

    copy("photos/orient/o3.jpg", "posts/trips/beach.jpg");
    rebuild("posts/trips/beach.jpg");
    assertSameAsFullBuild("post image replaced");

    // A post folder renamed as a whole: the watcher reports the two folders only.
    move("posts/trips", "posts/voyages");
    rebuild("posts/trips", "posts/voyages");
    assertThat(live.resolve("photos/trips")).doesNotExist();
    assertSameAsFullBuild("post folder renamed");
  }

  private static Path firstFile(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LiveBuild.Rebuild rebuild(String... changed) {
    last = builds.build(Arrays.stream(changed).map(Path::of).toList(), events::add);
    return last;
  }

  /**
   * The live output folder holds exactly the bytes a one-off build of the blog writes now, and the
   * preview's last build warned of what that build warns of (or --strict would pass only there).
   */
  private void assertSameAsFullBuild(String after) {
    Path full = tmp.resolve("full-" + ++fullBuilds);
    BuildResult fullBuild = new SiteGenerator().build(TestSites.options(blog, full), e -> {});
    assertSameFiles(snapshot(live), snapshot(full), after);
    assertThat(last.result().warnings())
        .as("warnings %s", after)
        .containsExactlyInAnyOrderElementsOf(fullBuild.warnings());
  }

  private static void assertSameFiles(
      Map<String, byte[]> actual, Map<String, byte[]> expected, String after) {
    assertThat(actual.keySet()).as("files %s", after).isEqualTo(expected.keySet());
    List<String> different = new ArrayList<>();
    expected.forEach(
        (path, bytes) -> {
          if (!Arrays.equals(actual.get(path), bytes)) {
            different.add(path);
          }
        });
    if (!different.isEmpty()) {
      // Shows the first stale file's difference as text (every output of this blog is text).
      String first = different.get(0);
      assertThat(new String(actual.get(first), StandardCharsets.UTF_8))
          .as("%s %s (of %s differing)", first, after, different)
          .isEqualTo(new String(expected.get(first), StandardCharsets.UTF_8));
    }
    assertThat(different).as("files whose bytes differ %s", after).isEmpty();
  }

  private static Map<String, byte[]> snapshot(Path root) {
    return TestSites.snapshot(root);
  }

  private void replace(String file, String from, String to) {
    TestSites.replace(blog, file, from, to);
  }

  private void write(String file, String text) {
    TestSites.writeFile(blog, file, text);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private void copy(String from, String to) {
    try {
      Files.copy(blog.resolve(from), blog.resolve(to), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void move(String from, String to) {
    try {
      Files.move(blog.resolve(from), blog.resolve(to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void delete(String file) {
    try {
      Files.delete(blog.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
