package io.sitegen.generator.model;

/**
 * A tag and what {@code tags.yaml} says of it.
 *
 * @param key the normalised name used in URLs ({@code /tags/<key>/})
 * @param title the display name
 * @param description an explanation shown on the tag's page; may be empty
 */
public record TagInfo(String key, String title, String description) {}
