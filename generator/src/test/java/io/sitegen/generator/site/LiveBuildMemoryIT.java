package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview runs for hours in one JVM: what its builds remember must not grow with the number of
 * builds. Every cycle saves one post of {@code sites/basic} with a new body (an untagged post, so
 * that few pages and feeds show it and a cycle is quick); some cycles also add a post and remove
 * the one added before (memories keyed by file or URL), and some save broken front matter, which
 * fails, before the next cycle mends it (what a failed build leaves behind).
 */
class LiveBuildMemoryIT {

  /**
   * Not the 300 cycles first planned: on the two-core CI machine, busy with other builds, a cycle
   * took 80 to 350 ms, and 300 of them up to 75 s. The used heap is measured after cycle 50 (JIT,
   * engines and caches warm) and after cycle 150.
   */
  private static final int CYCLES = 150;

  private static final int BASELINE_CYCLE = 50;

  /**
   * The last 90 cycles add no post: a new URL makes the processed-post memory start afresh, which
   * would hide a memory that keeps every version until then.
   */
  private static final int LAST_ADDED = CYCLES - 90;

  private static final int ADD_EVERY = 10;
  private static final int FAIL_EVERY = 25;

  /**
   * A clean run grows by less than 0.2 MB. Keeping every version of the edited post (source, body
   * HTML, listing HTML: about 96 KB each with these 32 KB bodies; measured by making the processed
   * posts' memory keep all versions) would add about 8.5 MB in the 90 cycles without new posts;
   * keeping its pages, far more.
   */
  private static final long MAX_GROWTH = 6L * 1024 * 1024;

  private static final String POST = "posts/diary/quiet-day.md";

  @Test
  void rebuildingForHoursDoesNotGrowTheHeap(@TempDir Path tmp) throws Exception {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    Path live = tmp.resolve("live");
    LiveBuild builds = new LiveBuild(TestSites.options(blog, live));
    builds.build(List.of(), e -> {});
    String original = Files.readString(blog.resolve(POST));

    long start = System.nanoTime();
    long baseline = 0;
    String extra = null;
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      List<Path> changed = new ArrayList<>();
      Files.writeString(blog.resolve(POST), original + body(cycle));
      changed.add(Path.of(POST));
      if (cycle % ADD_EVERY == 0 && cycle <= LAST_ADDED) {
        if (extra != null) {
          Files.delete(blog.resolve(extra));
          changed.add(Path.of(extra));
        }
        extra = "posts/diary/extra-" + cycle + ".md";
        Files.writeString(
            blog.resolve(extra),
            TestSites.post(
                "Extra " + cycle, "2014-02-15 10:00", "food, extra" + cycle, body(cycle)));
        changed.add(Path.of(extra));
      }
      LiveBuild.Rebuild rebuild = builds.build(changed, e -> {});
      assertThat(rebuild.postsParsed())
          .as("cycle %d", cycle)
          .isEqualTo(changed.size() == 1 ? 1 : 2);
      if (cycle % FAIL_EVERY == FAIL_EVERY / 2) {
        Files.writeString(blog.resolve(POST), "---\ntitle: [broken\n---\n" + body(cycle));
        assertThatThrownBy(() -> builds.build(List.of(Path.of(POST)), e -> {}))
            .isInstanceOf(BuildException.class);
      }
      if (cycle == BASELINE_CYCLE) {
        baseline = usedHeapAfterGc();
      }
    }
    long end = usedHeapAfterGc();
    long took = (System.nanoTime() - start) / 1_000_000;

    System.err.printf(
        Locale.ROOT,
        "LiveBuildMemoryIT: %d cycles in %d ms; used heap after GC at cycle %d: %.1f MB, at cycle"
            + " %d: %.1f MB, growth %.2f MB (bound %d MB)%n",
        CYCLES,
        took,
        BASELINE_CYCLE,
        baseline / 1048576.0,
        CYCLES,
        end / 1048576.0,
        (end - baseline) / 1048576.0,
        MAX_GROWTH / 1048576);
    assertThat(end - baseline).as("heap growth in bytes").isLessThan(MAX_GROWTH);
    // The builds did their work: the last version is published, and only the last added post.
    assertThat(TestSites.page(live, "diary/quiet-day.html").text())
        .contains("Paragraph 0 of cycle " + CYCLES + " ");
    assertThat(live.resolve("diary/extra-" + LAST_ADDED + ".html")).exists();
    assertThat(live.resolve("diary/extra-" + (LAST_ADDED - ADD_EVERY) + ".html")).doesNotExist();
    assertThat(leftovers(tmp)).isEmpty();
  }

  /** About 32 KB of text that differs in every cycle. */
  private static String body(int cycle) {
    StringBuilder text = new StringBuilder("\n\n");
    for (int paragraph = 0; paragraph < 60; paragraph++) {
      text.append("Paragraph ")
          .append(paragraph)
          .append(" of cycle ")
          .append(cycle)
          .append(' ')
          .append("the tide came in and the gulls argued over the chips. ".repeat(9))
          .append("\n\n");
    }
    return text.toString();
  }

  /** Staging folders of builds, which each build, failed or not, must remove. */
  private static List<String> leftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.contains(".changes-"))
          .toList();
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
