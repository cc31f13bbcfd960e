package io.sitegen.generator.feed;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One entry of a feed, every URL absolute.
 *
 * @param title plain text
 * @param link the entry's page
 * @param id stable identity: the permalink, which never changes when a title or body is edited
 * @param published when it was posted, in the site's zone
 * @param updated when it was last changed; {@code published} unless the author said
 * @param author the name of who wrote it; may be empty
 * @param categories tag titles
 * @param html the full content, or empty for summary-only feeds
 * @param summary plain text
 * @param image absolute URL of the picture that stands for it, or empty
 */
public record FeedEntry(
    String title,
    String link,
    String id,
    ZonedDateTime published,
    ZonedDateTime updated,
    String author,
    List<String> categories,
    String html,
    String summary,
    String image) {}
