package io.sitegen.generator.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * @param pagePermalink the pattern of page URLs (pages below {@code pages/}), e.g. {@code /{slug}/}
 * @param relatedPosts how many related posts each post shows
 * @param dayFormat the day header pattern ({@code Mon, 04 Sep 2013}, zero-padded like the seed
 *     blog)
 * @param timeFormat the "posted at" pattern ({@code 04:58})
 * @param feedItems entries in each feed
 * @param fullContentFeeds whether feeds carry whole posts, or only summaries
 * @param gallery how photo folders become galleries
 * @param menu the header navigation, in order; empty for none
 * @param redirects how old URLs answer: redirect pages, server rules, or both
 * @param image the picture shared with pages that have none of their own (a site path or URL)
 * @param toc whether posts show a table of contents unless their front matter says otherwise
 * @param readingTime whether posts show an estimated reading time
 * @param lineNumbers whether code blocks show line numbers unless their fence says otherwise
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
    PermalinkPattern pagePermalink,
    int relatedPosts,
    String dayFormat,
    String timeFormat,
    int feedItems,
    boolean fullContentFeeds,
    GalleryConfig gallery,
    List<MenuEntry> menu,
    Set<RedirectFormat> redirects,
    Optional<String> image,
    boolean toc,
    boolean readingTime,
    boolean lineNumbers,
    boolean search,
    Map<String, Object> extra) {

  public SiteConfig {
    menu = List.copyOf(menu);
    redirects = Collections.unmodifiableSet(EnumSet.copyOf(redirects));
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
