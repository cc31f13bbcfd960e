package io.sitegen.generator.render.view;

import java.util.List;

/**
 * What every page says about itself, for {@code <head>}: search engines and sites that show shared
 * links read it.
 *
 * @param title the {@code <title>}, already combined with the site's name
 * @param url this page's URL path
 * @param canonical absolute URL when the site has a {@code baseUrl}, else the URL path
 * @param description for {@code <meta name="description">} and {@code og:description}: the page's
 *     own, else the site's description, else its title; never empty
 * @param feeds this page's own feeds, then the whole blog's; empty without a {@code baseUrl}
 * @param type {@code og:type}: {@code article} for posts, {@code website} otherwise
 * @param image absolute URL for {@code og:image}, or empty when neither the page nor the site has a
 *     picture
 * @param twitterCard {@code summary_large_image} with an image, else {@code summary}
 * @param published ISO 8601 date of a post, else empty
 * @param modified ISO 8601 date a post was last changed, else empty
 * @param tags a post's tag titles, for {@code article:tag}
 * @param jsonLd schema.org data as JSON (safe inside {@code <script>}), or empty
 */
public record PageView(
    String title,
    String url,
    String canonical,
    String description,
    List<FeedLink> feeds,
    String type,
    String image,
    String twitterCard,
    String published,
    String modified,
    List<String> tags,
    String jsonLd) {}
