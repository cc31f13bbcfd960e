package io.sitegen.generator.index;

import java.util.List;

/**
 * A list of posts with pages of its own: the front page, a category, a tag, a year, month or day.
 *
 * @param kind what it lists
 * @param key the category path, tag key or date ({@code 2013}, {@code 2013-09}, {@code
 *     2013-09-30}); empty for the front page
 * @param folder where its first page goes below the site root ({@code openstack/tips}, {@code
 *     tags/nova}, {@code 2013/09}); empty for the front page
 * @param posts indexes into the site's post list, in blog order (newest first)
 */
public record Listing(Kind kind, String key, String folder, List<Integer> posts) {

  /** What a listing lists; the name is what templates see as {@code listing.kind}. */
  public enum Kind {
    HOME,
    CATEGORY,
    TAG,
    YEAR,
    MONTH,
    DAY;

    public String templateName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Listing {
    posts = List.copyOf(posts);
  }
}
