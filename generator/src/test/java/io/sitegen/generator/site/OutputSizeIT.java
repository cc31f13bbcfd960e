package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever one post holds, the output grows at most linearly with it: a post with many tags is
 * listed on each tag's page and feed, which must not each list all its tags again.
 */
class OutputSizeIT {

  @Test
  void outputGrowsLinearlyWithTheTagsOfOnePost(@TempDir Path dir) {
    long none = siteBytes(dir.resolve("t0"), 0);
    long some = siteBytes(dir.resolve("t150"), 150);
    long twice = siteBytes(dir.resolve("t300"), 300);

    // Linear growth doubles the increment when the tags double; quadratic growth quadruples it.
    double ratio = (double) (twice - none) / (some - none);
    assertThat(ratio).as("%d / %d / %d bytes", none, some, twice).isLessThan(2.4);
  }

  @Test
  void aPostWithManyTagsShowsThemAllOnItsPageAndSomeOnListings(@TempDir Path dir) {
    Path out = dir.resolve("out");
    TestSites.build(blog(dir.resolve("blog"), 300), out);

    Document post = TestSites.page(out, "diary/tagged.html");
    assertThat(post.select("p.tags a[rel=tag]")).hasSize(300);
    Document tagPage = TestSites.page(out, "tags/t7/index.html");
    assertThat(tagPage.select("article.entry")).hasSize(1);
    assertThat(tagPage.select("article.entry p.tags a[rel=tag]")).hasSizeLessThanOrEqualTo(20);
    assertThat(tagPage.select("article.entry p.tags").text()).contains("280 more");
  }

  private static long siteBytes(Path dir, int tags) {
    Path out = dir.resolve("out");
    TestSites.build(blog(dir.resolve("blog"), tags), out);
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile).mapToLong(OutputSizeIT::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path blog(Path dir, int tags) {
    String list = IntStream.range(0, tags).mapToObj(i -> "t" + i).collect(Collectors.joining(", "));
    return TestSites.write(
        dir,
        "--- site.yaml ---\ntitle: Tags\ntimezone: UTC\nbaseUrl: https://example.org/\n"
            + "--- posts/diary/tagged.md ---\n"
            + TestSites.post("Tagged", "2014-03-01 09:00", list, "A post with many tags.")
            + "--- posts/diary/other.md ---\n"
            + TestSites.post("Other", "2014-03-02 09:00", "t1", "Another post."));
  }
}
