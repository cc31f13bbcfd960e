package io.sitegen.generator.render.view;

/**
 * A line of a post's table of contents.
 *
 * @param title the heading's text
 * @param url the heading on the post's page ({@code #id})
 * @param depth 1 for the body's top level, 2 below it, and so on (for indenting)
 */
public record TocEntry(String title, String url, int depth) {}
