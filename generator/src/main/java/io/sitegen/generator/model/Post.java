package io.sitegen.generator.model;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One published post with its body already turned into HTML.
 *
 * @param source the Markdown file, relative to the blog folder (for messages)
 * @param category the folder it lives in
 * @param slug the last part of its URL
 * @param title the title, as written (templates escape it)
 * @param date when it was posted, in the site's time zone
 * @param timed whether the author gave a time of day; a post dated by its file name has none
 * @param tags tag keys, in the order written, without duplicates
 * @param summary the author's one-line summary, if any
 * @param aliases old site-relative URLs that redirect to this post
 * @param extra front matter keys site-gen does not know, for templates
 * @param outputPath its page below the site root, e.g. {@code openstack/tips/x.html}
 * @param html the body for the post's own page
 * @param listingHtml the body as shown among other posts (ids made unique, cut at {@code <!-- more
 *     -->})
 * @param truncated whether {@code listingHtml} is only the start of the body
 * @param comments readers' comments, oldest first
 * @param gallery the path of the album the post shows, if any
 * @param updated when it was last changed, if the author said
 * @param image the picture that stands for it when shared (front matter {@code image:}, else the
 *     body's first image) as a site path or URL; empty when it has none
 * @param description the summary, else the first paragraph's text, shortened for {@code <meta
 *     name="description">}
 * @param words words in the body, for a reading time
 * @param toc the headings of its table of contents; empty when it shows none
 */
public record Post(
    Path source,
    CategoryPath category,
    String slug,
    String title,
    ZonedDateTime date,
    boolean timed,
    List<String> tags,
    Optional<String> summary,
    List<String> aliases,
    Map<String, Object> extra,
    String outputPath,
    String html,
    String listingHtml,
    boolean truncated,
    List<Comment> comments,
    Optional<String> gallery,
    Optional<ZonedDateTime> updated,
    String image,
    String description,
    int words,
    List<Heading> toc) {

  /**
   * How many of a post's tags a listing entry or feed entry shows: every tag's page and feed lists
   * the post, so listing all its tags there would grow the output with the square of their number.
   * The post's own page shows them all.
   */
  public static final int LISTED_TAGS = 20;

  public Post {
    tags = List.copyOf(tags);
    toc = List.copyOf(toc);
    comments = List.copyOf(comments);
    aliases = List.copyOf(aliases);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** The date feeds and the sitemap give as last modified: {@code updated}, else the post date. */
  public ZonedDateTime modified() {
    return updated.orElse(date);
  }

  /**
   * A heading of the body.
   *
   * @param depth 1 for the top level of the body
   * @param id its element id on the post's page
   * @param text plain text
   */
  public record Heading(int depth, String id, String text) {}
}
