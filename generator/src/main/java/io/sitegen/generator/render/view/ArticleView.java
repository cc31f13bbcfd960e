package io.sitegen.generator.render.view;

import java.util.Map;

/**
 * A page of {@code pages/} as the {@code page} template sees it (as {@code article}).
 *
 * @param title as written; templates escape it
 * @param url its URL path
 * @param html the body, ready to insert
 * @param summary the author's summary, or an empty string
 * @param extra front matter keys site-gen does not know
 */
public record ArticleView(
    String title, String url, String html, String summary, Map<String, Object> extra) {}
