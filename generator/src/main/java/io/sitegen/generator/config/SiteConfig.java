package io.sitegen.generator.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The blog's settings from {@code site.yaml}, every key defaulted.
 *
 * @param title the blog's name, shown in the header and {@code <title>}
 * @param author who writes it
 * @param description one line under the title
 * @param baseUrl absolute URL of the site root, always ending in {@code /}; feeds and the sitemap
 *     need it
 * @param timezone the zone of dates written without an offset, and of day headers
 * @param language BCP 47 tag for {@code <html lang>} and month and day names
 * @param postsPerPage entries on each page of a listing
 * @param permalink the pattern of post URLs
 * @param relatedPosts how many related posts each post shows
 * @param dayFormat the day header pattern ({@code Mon, 30 Sep 2013})
 * @param timeFormat the "posted at" pattern ({@code 04:58})
 * @param feedItems entries in each feed
 * @param fullContentFeeds whether feeds carry whole posts, or only summaries
 * @param gallery how photo folders become galleries
 * @param search whether the build writes a search index and the {@code /search/} page
 * @param extra every other key, passed to templates as {@code site.extra}
 */
public record SiteConfig(
    String title,
    String author,
    String description,
    Optional<String> baseUrl,
    ZoneId timezone,
    String language,
    int postsPerPage,
    PermalinkPattern permalink,
    int relatedPosts,
    String dayFormat,
    String timeFormat,
    int feedItems,
    boolean fullContentFeeds,
    GalleryConfig gallery,
    boolean search,
    Map<String, Object> extra) {

  public SiteConfig {
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * The locale of month and day names: the language without its region, because regional CLDR data
   * abbreviates surprisingly (en-AU writes "June" and "Sept" where the seed blog has "Jun").
   */
  public Locale locale() {
    return Locale.forLanguageTag(Locale.forLanguageTag(language).getLanguage());
  }

  /**
   * The path part of {@link #baseUrl} ({@code /} or {@code /blog/}): every internal link starts
   * with it, so a blog can live in a sub-folder of its host.
   */
  public String basePath() {
    return baseUrl.map(ConfigLoader::pathOf).orElse("/");
  }
}
