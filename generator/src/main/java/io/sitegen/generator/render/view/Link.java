package io.sitegen.generator.render.view;

/**
 * Something to link to: a post, a category, a tag, a page of a listing.
 *
 * @param title the link text
 * @param url ready for {@code href}
 */
public record Link(String title, String url) {}
