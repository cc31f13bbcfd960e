package io.sitegen.generator.render.view;

/**
 * A tag.
 *
 * @param key the name used in its URL
 * @param title the display name, from {@code tags.yaml} or as first written
 * @param description from {@code tags.yaml}, may be empty
 * @param url its listing page
 * @param count posts with this tag
 */
public record TagView(String key, String title, String description, String url, int count) {}
