package io.sitegen.generator.html;

/**
 * A post body ready for the pages that show it.
 *
 * @param html for the post's own page
 * @param listingHtml for listings: cut at {@code <!-- more -->}, ids made unique per post
 * @param truncated whether {@code listingHtml} is only the start of the body
 */
public record ProcessedBody(String html, String listingHtml, boolean truncated) {}
