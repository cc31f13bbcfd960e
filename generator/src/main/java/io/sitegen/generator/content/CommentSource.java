package io.sitegen.generator.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A comment file as read, before its body is rendered.
 *
 * @param id the file name without extension
 * @param source the file, relative to the blog folder
 * @param post the post it belongs to, relative to the blog folder ({@code posts/a/b.md})
 * @param author the commenter's name
 * @param url the commenter's http(s) site, if a valid one was given
 * @param date when it was written
 * @param markdown the body
 * @param parentId the id of the comment it replies to, as written
 */
public record CommentSource(
    String id,
    Path source,
    Path post,
    String author,
    Optional<String> url,
    ZonedDateTime date,
    String markdown,
    Optional<String> parentId) {}
