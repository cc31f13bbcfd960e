package io.sitegen.generator.render.view;

/**
 * A feed, for {@code <link rel="alternate">} discovery and visible subscribe links.
 *
 * @param title what the feed follows, e.g. {@code Mira's Notebook — /openstack}
 * @param type {@code application/rss+xml} or {@code application/atom+xml}
 * @param url absolute
 */
public record FeedLink(String title, String type, String url) {}
