package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-off builds with the build cache, each by a new {@link SiteGenerator} as a new process makes
 * it (and one test with real processes): a build writes exactly the files whose bytes change, a
 * build after no change writes nothing and leaves every file's time and inode alone, and in every
 * case the output folder holds what a clean build of the same blog writes into a fresh folder.
 *
 * <p>Works on a copy of {@code sites/basic} (11 published posts, baseUrl set, so feeds exist).
 */
class IncrementalBuildIT {

  private static final String FISH = "posts/diary/fish-and-chips.md";

  @TempDir Path tmp;
  private Path blog;
  private Path out;
  private Path cache;
  private BuildResult first;
  private int cleanBuilds;

  /** A file of the output folder as the file system knows it: rewritten files differ. */
  private record Stat(Object fileKey, long modifiedNanos) {}

  @BeforeEach
  void firstBuild() {
    blog = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    out = tmp.resolve("out");
    cache = tmp.resolve("cache");
    first = build();
    assertThat(first.pagesRendered()).isGreaterThan(40);
    assertThat(first.filesWritten()).isEqualTo(TestSites.files(out).size() - 1); // not the marker
    assertSameAsCleanBuild("first build");
  }

  @Test
  void aBuildAfterNoChangeRendersAndWritesNothing() {
    Map<String, Stat> before = stats();
    BuildResult again = build();
    assertThat(again.pagesRendered()).isZero();
    assertThat(again.feedsWritten()).isZero();
    assertThat(again.filesWritten()).isZero();
    assertThat(again.filesDeleted()).isZero();
    assertThat(again.filesUnchanged()).isEqualTo(first.filesWritten());
    assertThat(again.posts()).isEqualTo(first.posts());
    assertThat(again.warnings()).isEqualTo(first.warnings());
    assertThat(stats()).isEqualTo(before);
    assertSameAsCleanBuild("no change");
  }

  @Test
  void aBodyEditWritesOnlyTheFilesShowingThePost() {
    Map<String, byte[]> bytesBefore = snapshot(out);
    Map<String, Stat> before = stats();
    replace(FISH, "Dinner by the beach.", "Dinner by the harbour, with gulls.");
    BuildResult edit = build();

    Set<String> rewritten = rewritten(before);
    assertThat(rewritten).isEqualTo(changed(bytesBefore));
    // The post's page and the listings that show its body: home page 2, diary, its two tags, the
    // year, month and day; their feeds; the search files of its words.
    assertThat(rewritten)
        .contains("diary/fish-and-chips.html", "tags/food/index.html", "diary/index.rss")
        .doesNotContain("openstack/havana-summit.html", "tags/index.html", "404.html");
    assertThat(edit.pagesRendered())
        .isEqualTo(rewritten.stream().filter(p -> p.endsWith(".html")).count())
        .isLessThan(10);
    assertThat(edit.filesWritten()).isEqualTo(rewritten.size());
    assertThat(edit.filesDeleted()).isZero();
    assertThat(TestSites.page(out, "diary/fish-and-chips.html").select("main").text())
        .contains("Dinner by the harbour, with gulls.");
    assertSameAsCleanBuild("body edit");
  }

  @Test
  void aTagEditMovesThePostBetweenTagListings() {
    Map<String, byte[]> bytesBefore = snapshot(out);
    Map<String, Stat> before = stats();
    replace(FISH, "tags: [food, 'c&<\"x\"']", "tags: [food, weather]");
    BuildResult edit = build();

    // The tag used only by this post goes with its page and feeds.
    assertThat(out.resolve("tags/c-x")).doesNotExist();
    assertThat(edit.filesDeleted()).isGreaterThanOrEqualTo(4);
    assertThat(TestSites.page(out, "tags/weather/index.html").select("main a").eachAttr("href"))
        .anyMatch(href -> href.endsWith("diary/fish-and-chips.html"));
    Set<String> rewritten = rewritten(before);
    assertThat(rewritten).isEqualTo(changed(bytesBefore)).contains("tags/weather/index.html");
    assertThat(edit.pagesRendered()).isLessThan(first.pagesRendered() / 3);
    assertSameAsCleanBuild("tag edit");
  }

  @Test
  void aFrontMatterEditChangesThePagesShowingIt() {
    Map<String, byte[]> bytesBefore = snapshot(out);
    Map<String, Stat> before = stats();
    // The body is as before, so its processed HTML comes from the cache; the parsed post cannot.
    replace(
        FISH, "title: 'Fish & \"chips\" <fast>'", "title: 'Fish & \"peas\"'\nmood: [1, 2.5, x]");
    BuildResult edit = build();

    Set<String> rewritten = rewritten(before);
    assertThat(rewritten)
        .isEqualTo(changed(bytesBefore))
        .contains("diary/fish-and-chips.html", "diary/index.rss")
        .doesNotContain("openstack/havana-summit.html", "404.html");
    assertThat(TestSites.page(out, "diary/fish-and-chips.html").select("h1").text())
        .contains("Fish & \"peas\"");
    // A title shows in listings and in other posts' related and newer/older links, nowhere else;
    // pages given the new key render again though the theme does not show it.
    assertThat(edit.pagesRendered())
        .isGreaterThanOrEqualTo((int) rewritten.stream().filter(p -> p.endsWith(".html")).count())
        .isLessThan(first.pagesRendered() / 2);
    assertSameAsCleanBuild("front matter edit");
    // Parsed from the cache: the same again, nothing written.
    assertThat(build().filesWritten()).isZero();
    assertSameAsCleanBuild("front matter edit, rebuilt");
  }

  @Test
  void aNewCommentShowsOnItsPostAndInTheCommentsFeed() {
    Map<String, Stat> before = stats();
    write(
        "comments/diary/fish-and-chips/2014-02-15-jane.yaml",
        """
        author: Jane Citizen
        date: 2014-02-15 10:00
        body: |
          Best chips *in town*.
        """);
    build();

    assertThat(TestSites.page(out, "diary/fish-and-chips.html").select("main").text())
        .contains("Jane Citizen", "Best chips in town.");
    assertThat(rewritten(before))
        .contains("diary/fish-and-chips.html", "comments/index.rss")
        .doesNotContain("openstack/havana-summit.html");
    assertSameAsCleanBuild("comment added");
  }

  @Test
  void aRenamedPostMovesToItsNewPath() throws IOException {
    Map<String, Stat> before = stats();
    Files.move(blog.resolve(FISH), blog.resolve("posts/diary/fish-and-peas.md"));
    BuildResult edit = build();

    assertThat(out.resolve("diary/fish-and-chips.html")).doesNotExist();
    assertThat(TestSites.page(out, "diary/fish-and-peas.html").select("main").text())
        .contains("Dinner by the beach.");
    assertThat(edit.filesDeleted()).isPositive();
    assertThat(rewritten(before)).doesNotContain("openstack/havana-summit.html");
    assertSameAsCleanBuild("post renamed");
  }

  @Test
  void aTemplateEditRendersEveryPageAgain() throws IOException {
    String base =
        Files.readString(
            Path.of("../themes/default/src/main/resources/themes/default/templates/base.peb"));
    write("templates/base.peb", base.replace("</footer>", "<p class=\"marker\">M1</p></footer>"));
    BuildResult edit = build();

    assertThat(edit.pagesRendered()).isEqualTo(first.pagesRendered());
    assertThat(edit.feedsWritten()).isZero(); // feeds are no templates' business
    // Every page of the base template (redirect pages have a template of their own).
    List<String> based =
        TestSites.files(out).stream()
            .filter(p -> p.endsWith(".html"))
            .filter(p -> !TestSites.page(out, p).select("footer").isEmpty())
            .toList();
    assertThat(based).hasSizeGreaterThan(40);
    based.forEach(
        page ->
            assertThat(TestSites.page(out, page).select(".marker").text())
                .as(page)
                .isEqualTo("M1"));
    assertSameAsCleanBuild("template edit");
  }

  @Test
  void aDeletedPostsPageGoesAndItsListingsChange() {
    Map<String, byte[]> bytesBefore = snapshot(out);
    Map<String, Stat> before = stats();
    delete("posts/diary/quiet-day.md");
    BuildResult edit = build();

    assertThat(out.resolve("diary/quiet-day.html")).doesNotExist();
    assertThat(edit.filesDeleted()).isPositive();
    assertThat(TestSites.page(out, "diary/index.html").select("main a").eachAttr("href"))
        .noneMatch(href -> href.endsWith("quiet-day.html"));
    assertThat(rewritten(before)).isEqualTo(changed(bytesBefore));
    assertSameAsCleanBuild("post deleted");
  }

  @Test
  void aCorruptedCacheGivesAFullBuild() throws IOException {
    Path file = cacheFile();
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(file, bytes);
    assertFullBuild("corrupted cache");
  }

  @Test
  void aTruncatedCacheGivesAFullBuild() throws IOException {
    Path file = cacheFile();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    assertFullBuild("truncated cache");
  }

  @Test
  void filesEditedOrDeletedInTheOutputFolderAreRepaired() throws IOException {
    Map<String, Stat> before = stats();
    Path tags = out.resolve("tags/index.html");
    String page = Files.readString(tags);
    // Same size, so only the content (and the file's time) tells.
    Files.writeString(tags, page.replace("<title>", "<titlf>"));
    Files.delete(out.resolve("404.html"));
    Files.writeString(out.resolve("stray.html"), "not made by site-gen");

    BuildResult repair = build();
    assertThat(Files.readString(tags)).isEqualTo(page);
    assertThat(out.resolve("404.html")).exists();
    assertThat(out.resolve("stray.html")).doesNotExist();
    assertThat(repair.filesWritten()).isEqualTo(2);
    Map<String, Stat> after = stats();
    before.keySet().stream()
        .filter(p -> !p.equals("tags/index.html") && !p.equals("404.html"))
        .forEach(p -> assertThat(after.get(p)).as(p).isEqualTo(before.get(p)));
    assertSameAsCleanBuild("output repaired");
  }

  @Test
  void aSecondProcessReusesWhatTheFirstLeft() throws Exception {
    // All builds here are processes of their own, at the clock's time.
    Path cliOut = tmp.resolve("cli-out");
    Path cliCache = tmp.resolve("cli-cache");
    int[] full = written(cli(cliOut, cliCache));
    Map<String, Stat> before = stats(cliOut);
    assertThat(full).containsExactly(before.size() - 1, 0); // the marker is no file of the site

    String again = cli(cliOut, cliCache);
    assertThat(again).contains("into 0 pages and 0 feed files");
    assertThat(written(again)).containsExactly(0, before.size() - 1);
    assertThat(stats(cliOut)).isEqualTo(before);

    replace(FISH, "Dinner by the beach.", "Dinner by the harbour.");
    int[] edit = written(cli(cliOut, cliCache));
    Set<String> rewritten = rewritten(before, stats(cliOut));
    assertThat(rewritten)
        .contains("diary/fish-and-chips.html")
        .hasSizeLessThan(before.size() / 3)
        .hasSize(edit[0]);
    assertThat(edit[1]).isEqualTo(before.size() - 1 - edit[0]);
    assertThat(TestSites.page(cliOut, "diary/fish-and-chips.html").text())
        .contains("Dinner by the harbour.");
  }

  /** The files written and unchanged that the CLI's summary line reports. */
  private static int[] written(String summary) {
    Matcher m = Pattern.compile("; (\\d+) files? written, (\\d+) unchanged").matcher(summary);
    assertThat(m.find()).as(summary).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** Runs {@code site-gen build} in a JVM of its own; returns its last line of output. */
  private String cli(Path output, Path cacheDir) throws Exception {
    Path log = Files.createTempFile(tmp, "cli", ".log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.sitegen.generator.cli.SiteGenCommand",
                "build",
                "--source",
                blog.toString(),
                "--output",
                output.toString(),
                "--cache",
                cacheDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("site-gen build ended").isTrue();
    List<String> lines = Files.readAllLines(log);
    assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
    return lines.get(lines.size() - 1);
  }

  private void assertFullBuild(String after) {
    BuildResult full = build();
    assertThat(full.pagesRendered()).as(after).isEqualTo(first.pagesRendered());
    assertThat(full.filesWritten()).as(after).isEqualTo(first.filesWritten());
    assertSameAsCleanBuild(after);
    // And the cache it wrote is trusted again.
    assertThat(build().filesWritten()).isZero();
  }

  private Path cacheFile() {
    try (Stream<Path> files = Files.list(cache.resolve("builds"))) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BuildResult build() {
    List<BuildEvent> events = new ArrayList<>();
    return new SiteGenerator().build(TestSites.options(blog, out).withCacheDir(cache), events::add);
  }

  /** The output folder holds the bytes a build without the cache writes into a fresh folder. */
  private void assertSameAsCleanBuild(String after) {
    Path clean = tmp.resolve("clean-" + ++cleanBuilds);
    BuildOptions options = TestSites.options(blog, clean).withIncremental(false);
    new SiteGenerator().build(options, e -> {});
    Map<String, byte[]> expected = snapshot(clean);
    Map<String, byte[]> actual = snapshot(out);
    assertThat(actual.keySet()).as("files %s", after).isEqualTo(expected.keySet());
    List<String> different =
        expected.keySet().stream()
            .filter(path -> !Arrays.equals(actual.get(path), expected.get(path)))
            .toList();
    if (!different.isEmpty()) {
      String path = different.get(0);
      assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
          .as("%s %s (of %s differing)", path, after, different)
          .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
    }
    assertThat(different).as("files whose bytes differ %s", after).isEmpty();
  }

  private Set<String> rewritten(Map<String, Stat> before) {
    return rewritten(before, stats());
  }

  /** Files new or written again since {@code before}. */
  private static Set<String> rewritten(Map<String, Stat> before, Map<String, Stat> after) {
    Set<String> paths = new TreeSet<>();
    after.forEach(
        (path, stat) -> {
          if (!stat.equals(before.get(path))) {
            paths.add(path);
          }
        });
    return paths;
  }

  /** Files of the output folder that are new or whose bytes differ from {@code before}. */
  private Set<String> changed(Map<String, byte[]> before) {
    Set<String> paths = new TreeSet<>();
    snapshot(out)
        .forEach(
            (path, bytes) -> {
              if (!Arrays.equals(bytes, before.get(path))) {
                paths.add(path);
              }
            });
    return paths;
  }

  private Map<String, Stat> stats() {
    return stats(out);
  }

  private static Map<String, Stat> stats(Path root) {
    Map<String, Stat> stats = new TreeMap<>();
    for (String path : TestSites.files(root)) {
      try {
        BasicFileAttributes a = Files.readAttributes(root.resolve(path), BasicFileAttributes.class);
        stats.put(path, new Stat(a.fileKey(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stats;
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

  private void delete(String file) {
    try {
      Files.delete(blog.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
