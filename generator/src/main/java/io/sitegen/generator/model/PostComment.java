package io.sitegen.generator.model;

/**
 * A comment with the post it is on, for lists of comments across the blog.
 *
 * @param post the post
 * @param comment one of its comments
 */
public record PostComment(Post post, Comment comment) {}
