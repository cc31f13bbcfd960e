package io.sitegen.generator.render.view;

/**
 * Where a page sits in its listing.
 *
 * @param page 1-based number of this page
 * @param pages how many pages the listing has (at least 1)
 * @param previousUrl the page of newer posts, or an empty string on the first page
 * @param nextUrl the page of older posts, or an empty string on the last page
 */
public record PagerView(int page, int pages, String previousUrl, String nextUrl) {}
