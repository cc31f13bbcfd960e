package io.sitegen.generator.render.view;

import java.util.List;

/**
 * A reader's comment.
 *
 * @param anchor its element id on the page showing it ({@code comment_<id>} on its post's page)
 * @param author the name, as given (escaped by templates)
 * @param authorUrl the commenter's site (only ever http or https), or an empty string
 * @param day e.g. {@code Tue, 1 Oct 2013}
 * @param time e.g. {@code 09:15}
 * @param dateIso ISO 8601 with offset
 * @param html the sanitised body
 * @param post the post it is on (for the recent-comments page)
 * @param url the comment on its post's page ({@code post.url#anchor})
 * @param replies replies to it, oldest first (threads are one level deep)
 */
public record CommentView(
    String anchor,
    String author,
    String authorUrl,
    String day,
    String time,
    String dateIso,
    String html,
    Link post,
    String url,
    List<CommentView> replies) {}
