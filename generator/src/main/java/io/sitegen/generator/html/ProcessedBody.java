package io.sitegen.generator.html;

import java.util.List;

/**
 * A post body ready for the pages that show it, with what its page says about it.
 *
 * @param html for the post's own page: headings start at {@code h2}, under the post's title
 * @param listingHtml for listings: cut at {@code <!-- more -->}, ids made unique per post
 * @param truncated whether {@code listingHtml} is only the start of the body
 * @param firstImage the {@code src} of the body's first image (a site path or URL), or empty
 * @param firstParagraph the plain text of the first paragraph, or empty
 * @param words words of text in the body, for a reading time
 * @param headings the body's headings that have ids, in order, for a table of contents
 * @param missingPosts relative links to {@code .md} files that are no post or page of this build,
 *     as written, in order: each leads nowhere
 */
public record ProcessedBody(
    String html,
    String listingHtml,
    boolean truncated,
    String firstImage,
    String firstParagraph,
    int words,
    List<Heading> headings,
    List<String> missingPosts) {

  public ProcessedBody {
    headings = List.copyOf(headings);
    missingPosts = List.copyOf(missingPosts);
  }

  /**
   * A heading of the body.
   *
   * @param depth 1 for the body's top level, 2 below it, and so on
   * @param id its element id on the post's page
   * @param text plain text
   */
  public record Heading(int depth, String id, String text) {}
}
