package io.sitegen.generator.related;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.related.RelatedPosts.Entry;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RelatedPostsTest {

  /** All posts of a test on one UTC day, so closeness in time scores the same for every pair. */
  private static final ZonedDateTime DAY =
      ZonedDateTime.of(2013, 9, 30, 12, 0, 0, 0, ZoneOffset.UTC);

  /** Post {@code i} of a list in blog order: a minute older than post {@code i - 1}, same day. */
  private static Entry post(int i, String category, String... tags) {
    return new Entry(List.of(tags), category, DAY.minusMinutes(i));
  }

  /**
   * Ten posts, each in its own category. {@code java} and {@code blog} are on posts 0-7 (common),
   * {@code heinlein} only on 4 and 8 (rare), post 9 has no tags.
   */
  private static List<Entry> commonAndRare() {
    List<Entry> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      if (i == 4) {
        posts.add(post(i, "c4", "java", "blog", "heinlein"));
      } else if (i == 8) {
        posts.add(post(i, "c8", "heinlein"));
      } else if (i == 9) {
        posts.add(post(i, "c9"));
      } else {
        posts.add(post(i, "c" + i, "java", "blog"));
      }
    }
    return posts;
  }

  @Test
  void oneSharedRareTagOutranksTwoSharedCommonTags() {
    // For post 4: post 8 shares heinlein, weight ln(11/2) = 1.70; posts 0-3 and 5-7 share java
    // and blog, 2 * ln(11/8) = 0.64. Equal scores keep blog order (newer first).
    RelatedPosts related = RelatedPosts.build(commonAndRare(), 6);
    assertThat(related.of(4)).containsExactly(8, 0, 1, 2, 3, 5);
  }

  @Test
  void theCountCapsTheListAndTiesAreBrokenNewerFirst() {
    List<Entry> posts = commonAndRare();
    assertThat(RelatedPosts.build(posts, 3).of(4)).containsExactly(8, 0, 1);
    assertThat(RelatedPosts.build(posts, 1).of(4)).containsExactly(8);
    // Post 7 has seven equal candidates (0-6); the six newest win.
    assertThat(RelatedPosts.build(posts, 6).of(7)).containsExactly(0, 1, 2, 3, 4, 5);
    // A count of zero turns the feature off.
    RelatedPosts none = RelatedPosts.build(posts, 0);
    for (int i = 0; i < posts.size(); i++) {
      assertThat(none.of(i)).isEmpty();
    }
  }

  @Test
  void aPostIsNeverRelatedToItself() {
    List<Entry> posts = commonAndRare();
    RelatedPosts related = RelatedPosts.build(posts, 20);
    for (int i = 0; i < posts.size(); i++) {
      assertThat(related.of(i)).as("post " + i).doesNotContain(i).doesNotHaveDuplicates();
    }
    // Fewer candidates than the count: all of them, no padding.
    assertThat(related.of(8)).containsExactly(4);
    assertThat(related.of(0)).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aPostWithNoTagsAloneInItsCategoryHasNoRelatedPosts() {
    assertThat(RelatedPosts.build(commonAndRare(), 6).of(9)).isEmpty();
  }

  @Test
  void postsInTheRootCategoryAreNotRelatedByItAlone() {
    List<Entry> posts = List.of(post(0, ""), post(1, ""), post(2, "", "x"), post(3, "", "x"));
    RelatedPosts related = RelatedPosts.build(posts, 6);
    assertThat(related.of(0)).isEmpty();
    assertThat(related.of(1)).isEmpty();
    assertThat(related.of(2)).containsExactly(3);
  }

  @Test
  void theCategoryRelatesPostsWithoutTags() {
    List<Entry> posts =
        List.of(post(0, "diary"), post(1, "openstack"), post(2, "diary"), post(3, "diary", "x"));
    RelatedPosts related = RelatedPosts.build(posts, 6);
    assertThat(related.of(0)).containsExactly(2, 3);
    assertThat(related.of(1)).isEmpty();
    assertThat(related.of(3)).containsExactly(0, 2);
  }

  @Test
  void aSharedTagPlusTheCategoryOutranksTheTagAlone() {
    List<Entry> posts =
        List.of(
            post(0, "openstack", "nova"),
            post(1, "openstack/tips", "nova"),
            post(2, "openstack/tips", "nova"));
    // Post 0 is newer but only shares the tag; post 1 also shares the folder.
    assertThat(RelatedPosts.build(posts, 6).of(2)).containsExactly(1, 0);
  }

  @Test
  void closenessInTimeBreaksEqualTagScores() {
    ZonedDateTime now = ZonedDateTime.of(2014, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    List<Entry> posts =
        List.of(
            new Entry(List.of("x"), "a", now),
            new Entry(List.of("x"), "b", now.minusYears(2)),
            new Entry(List.of("x"), "c", now.minusYears(2).minusDays(1)));
    // For post 1, post 2 (a day older) beats post 0 (two years newer).
    assertThat(RelatedPosts.build(posts, 6).of(1)).containsExactly(2, 0);
  }

  @Test
  void buildingTwiceGivesTheSameResult() {
    List<Entry> posts = zipf(5_000, 200, 20, new Random(7));
    RelatedPosts first = RelatedPosts.build(posts, 6);
    RelatedPosts second = RelatedPosts.build(List.copyOf(posts), 6);
    for (int i = 0; i < posts.size(); i++) {
      assertThat(second.of(i)).as("post " + i).isEqualTo(first.of(i));
    }
  }

  @Test
  void ofReturnsACopy() {
    RelatedPosts related = RelatedPosts.build(commonAndRare(), 6);
    int[] list = related.of(4);
    Arrays.fill(list, -1);
    assertThat(related.of(4)).containsExactly(8, 0, 1, 2, 3, 5);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneHundredThousandPostsWithZipfTagsBuildWithBoundedLists() {
    int n = 100_000;
    List<Entry> posts = zipf(n, 2_000, 300, new Random(42));
    RelatedPosts related = RelatedPosts.build(posts, 6);
    int full = 0;
    for (int i = 0; i < n; i++) {
      int[] list = related.of(i);
      assertThat(list.length).isLessThanOrEqualTo(6);
      for (int r : list) {
        if (r == i || r < 0 || r >= n) {
          throw new AssertionError("post " + i + " has related post " + r);
        }
      }
      if (list.length == 6) {
        full++;
      }
    }
    // Every post has a category shared by hundreds of others.
    assertThat(full).isEqualTo(n);
  }

  /**
   * {@code n} posts in blog order, one an hour older than the last, each with 1-4 tags drawn from
   * {@code tags} tags with Zipf weights (tag k has weight 1/k) and one of {@code categories}
   * categories.
   */
  private static List<Entry> zipf(int n, int tags, int categories, Random random) {
    double[] cumulative = new double[tags];
    double sum = 0;
    for (int k = 0; k < tags; k++) {
      sum += 1.0 / (k + 1);
      cumulative[k] = sum;
    }
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    List<Entry> posts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int count = 1 + random.nextInt(4);
      List<String> chosen = new ArrayList<>();
      while (chosen.size() < count) {
        double x = random.nextDouble() * sum;
        int k = Arrays.binarySearch(cumulative, x);
        String tag = "t" + (k < 0 ? -k - 1 : k);
        if (!chosen.contains(tag)) {
          chosen.add(tag);
        }
      }
      posts.add(new Entry(chosen, "c" + random.nextInt(categories), start.minusHours(i)));
    }
    return posts;
  }
}
