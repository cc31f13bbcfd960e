package io.sitegen.generator.related;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds each post's related posts through an inverted index, as Hugo's related-content index does,
 * but weighting each shared tag by its rarity: a tag on half the blog says little, a tag on three
 * posts says a lot. Posts in the same category score too, and closeness in time breaks near-ties.
 * Only posts sharing a tag or a category are candidates, so a post with neither gets no related
 * posts rather than the newest posts dressed up as related.
 *
 * <p>Each posting list is in blog order (newest first), so a post's neighbours in time are found by
 * binary search; only the {@link #WINDOW} nearest entries of a list are scored. That bounds the
 * work per post whatever the tag's size, so building the index is linear in the number of posts.
 */
public final class RelatedPosts {

  /** Postings scored per tag or category of a post: all of a rare tag, the nearest of a common. */
  static final int WINDOW = 256;

  private static final double CATEGORY_WEIGHT = 1.0;
  private static final double TIME_WEIGHT = 0.5;
  private static final double DAYS_HALF_WEIGHT = 365;

  /** What the index needs of a post. */
  public record Entry(List<String> tags, String category, ZonedDateTime date) {}

  private final int[][] related;

  private RelatedPosts(int[][] related) {
    this.related = related;
  }

  /**
   * Builds the index and answers every post's query at once.
   *
   * @param posts in blog order: newest first, ties in a fixed order; that order breaks score ties
   * @param count related posts per post
   */
  public static RelatedPosts build(List<Entry> posts, int count) {
    int n = posts.size();
    Map<String, int[]> byTag = postings(posts, true);
    Map<String, int[]> byCategory = postings(posts, false);
    Map<String, Double> weights = new HashMap<>();
    byTag.forEach((tag, list) -> weights.put(tag, Math.log((n + 1.0) / list.length)));
    long[] days = posts.stream().mapToLong(p -> p.date().toEpochSecond() / 86_400).toArray();

    int[][] result = new int[n][];
    int chunks = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors() * 4));
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            chunk -> {
              double[] score = new double[n];
              int[] touched = new int[n];
              for (int i = chunk; i < n; i += chunks) {
                int size = 0;
                Entry post = posts.get(i);
                for (String tag : post.tags()) {
                  size = accumulate(byTag.get(tag), i, weights.get(tag), score, touched, size);
                }
                if (!post.category().isEmpty()) {
                  size =
                      accumulate(
                          byCategory.get(post.category()),
                          i,
                          CATEGORY_WEIGHT,
                          score,
                          touched,
                          size);
                }
                result[i] = best(i, count, score, touched, size, days);
              }
            });
    return new RelatedPosts(result);
  }

  /** Indexes (into the list given to {@link #build}) of the posts related to post {@code i}. */
  public int[] of(int i) {
    return related[i].clone();
  }

  private static Map<String, int[]> postings(List<Entry> posts, boolean tags) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < posts.size(); i++) {
      Entry post = posts.get(i);
      for (String key : tags ? post.tags() : List.of(post.category())) {
        lists.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> result = new HashMap<>();
    lists.forEach((k, v) -> result.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return result;
  }

  private static int accumulate(
      int[] postings, int self, double weight, double[] score, int[] touched, int size) {
    int at = Arrays.binarySearch(postings, self);
    int from = Math.max(0, at - WINDOW / 2);
    int to = Math.min(postings.length, from + WINDOW + 1);
    from = Math.max(0, to - WINDOW - 1);
    for (int k = from; k < to; k++) {
      int other = postings[k];
      if (other == self) {
        continue;
      }
      if (score[other] == 0) {
        touched[size++] = other;
      }
      score[other] += weight;
    }
    return size;
  }

  /**
   * The top {@code count} candidates by score, equal scores in blog order (newer first, then path),
   * resetting the scratch scores as it goes. An insertion into a short sorted array: {@code count}
   * is small and candidates are many.
   */
  private static int[] best(
      int self, int count, double[] score, int[] touched, int size, long[] days) {
    int[] top = new int[Math.min(count, size)];
    double[] topScore = new double[top.length];
    int filled = 0;
    for (int k = 0; k < size; k++) {
      int other = touched[k];
      long apart = Math.abs(days[other] - days[self]);
      double value = score[other] + TIME_WEIGHT / (1.0 + apart / DAYS_HALF_WEIGHT);
      score[other] = 0;
      int at = filled;
      while (at > 0 && ranksBefore(value, other, topScore[at - 1], top[at - 1])) {
        at--;
      }
      if (at >= top.length) {
        continue;
      }
      int last = Math.min(filled, top.length - 1);
      System.arraycopy(top, at, top, at + 1, last - at);
      System.arraycopy(topScore, at, topScore, at + 1, last - at);
      top[at] = other;
      topScore[at] = value;
      filled = Math.min(filled + 1, top.length);
    }
    return top;
  }

  private static boolean ranksBefore(double score, int index, double otherScore, int otherIndex) {
    return score > otherScore || (score == otherScore && index < otherIndex);
  }
}
