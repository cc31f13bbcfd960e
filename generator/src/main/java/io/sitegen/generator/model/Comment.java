package io.sitegen.generator.model;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A reader's comment on a post, from one file below {@code comments/}, its body already sanitised.
 *
 * @param id the file name without {@code .yaml}; unique among the post's comments
 * @param source the file, relative to the blog folder
 * @param author the name as the commenter gave it (templates escape it)
 * @param url the commenter's web site, only ever http or https
 * @param date when it was written, in the site's zone
 * @param html the body: Markdown rendered with raw HTML escaped, then cleaned to a safe list of
 *     elements, links marked {@code rel="nofollow ugc"}
 * @param parentId the comment this one replies to, always a top-level comment of the same post
 */
public record Comment(
    String id,
    Path source,
    String author,
    Optional<String> url,
    ZonedDateTime date,
    String html,
    Optional<String> parentId) {}
