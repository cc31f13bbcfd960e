package io.sitegen.generator.render.view;

import java.util.List;
import java.util.Map;

/**
 * The blog as a whole, available to every template as {@code site}.
 *
 * @param title the blog's name
 * @param description one line under the title
 * @param author who writes it
 * @param language for {@code <html lang>}
 * @param root the site root URL path, e.g. {@code /} or {@code /blog/}; prefix for theme files
 *     ({@code {{ site.root }}css/site.css})
 * @param baseUrl the absolute root URL, or an empty string when {@code site.yaml} has none
 * @param tagsUrl the tag index page
 * @param categories top-level categories with their post counts, by name
 * @param postCount posts published
 * @param extra the keys of {@code site.yaml} site-gen does not know
 * @param commentsUrl the recent-comments page
 * @param rssUrl the whole blog's RSS feed, or an empty string without a {@code baseUrl}
 * @param atomUrl the whole blog's Atom feed, or an empty string
 * @param jsonFeedUrl the whole blog's JSON Feed, or an empty string
 * @param commentsRssUrl the comments' RSS feed, or an empty string
 * @param albumsUrl the index of photo albums, or an empty string when the blog has none
 * @param hasComments whether any post has comments; the front page links them only then (a boolean,
 *     not a count, so a new comment does not change every page of a preview)
 * @param menu the header navigation, in order; templates mark the entry whose URL is {@code
 *     page.url} as current
 * @param searchUrl the search page, or an empty string when {@code search: false}
 */
public record SiteView(
    String title,
    String description,
    String author,
    String language,
    String root,
    String baseUrl,
    String tagsUrl,
    List<CategoryView> categories,
    int postCount,
    Map<String, Object> extra,
    String commentsUrl,
    String rssUrl,
    String atomUrl,
    String jsonFeedUrl,
    String commentsRssUrl,
    String albumsUrl,
    boolean hasComments,
    List<Link> menu,
    String searchUrl) {}
