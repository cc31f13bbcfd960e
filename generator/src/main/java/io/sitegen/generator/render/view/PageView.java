package io.sitegen.generator.render.view;

import java.util.List;

/**
 * What every page says about itself, for {@code <head>}.
 *
 * @param title the {@code <title>}, already combined with the site's name
 * @param url this page's URL path
 * @param canonical absolute URL when the site has a {@code baseUrl}, else the URL path
 * @param description for {@code <meta name="description">}; may be empty
 * @param feeds this page's own feeds, then the whole blog's; empty without a {@code baseUrl}
 */
public record PageView(
    String title, String url, String canonical, String description, List<FeedLink> feeds) {}
