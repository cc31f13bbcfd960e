package io.sitegen.generator.index;

import io.sitegen.generator.index.Listing.Kind;
import io.sitegen.generator.model.CategoryPath;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Post;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups posts into every listing in one pass over the posts, so building them is linear in the
 * number of posts however many pages show them.
 */
public final class Listings {

  private Listings() {}

  /**
   * All listings of a site, in a fixed order: front page, categories, tags, years, months, days.
   *
   * @param posts in blog order, newest first
   */
  public static List<Listing> of(List<Post> posts) {
    Map<CategoryPath, List<Integer>> categories = new TreeMap<>();
    Map<String, List<Integer>> tags = new TreeMap<>();
    Map<String, List<Integer>> years = new TreeMap<>();
    Map<String, List<Integer>> months = new TreeMap<>();
    Map<String, List<Integer>> days = new TreeMap<>();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      all.add(i);
      for (CategoryPath c : post.category().selfAndAncestors()) {
        categories.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
      }
      for (String tag : post.tags()) {
        tags.computeIfAbsent(tag, k -> new ArrayList<>()).add(i);
      }
      ZonedDateTime d = post.date();
      years.computeIfAbsent(String.format("%04d", d.getYear()), k -> new ArrayList<>()).add(i);
      months
          .computeIfAbsent(
              String.format("%04d-%02d", d.getYear(), d.getMonthValue()), k -> new ArrayList<>())
          .add(i);
      days.computeIfAbsent(d.toLocalDate().toString(), k -> new ArrayList<>()).add(i);
    }
    List<Listing> result = new ArrayList<>();
    result.add(new Listing(Kind.HOME, "", "", all));
    categories.forEach(
        (c, list) -> result.add(new Listing(Kind.CATEGORY, c.toString(), c.relative(), list)));
    tags.forEach(
        (tag, list) -> result.add(new Listing(Kind.TAG, tag, OutputPaths.tagFolder(tag), list)));
    add(result, Kind.YEAR, years, key -> key);
    add(result, Kind.MONTH, months, key -> key.replace('-', '/'));
    add(result, Kind.DAY, days, key -> key.replace('-', '/'));
    return result;
  }

  private static void add(
      List<Listing> result,
      Kind kind,
      Map<String, List<Integer>> groups,
      Function<String, String> folder) {
    groups.forEach((key, list) -> result.add(new Listing(kind, key, folder.apply(key), list)));
  }
}
