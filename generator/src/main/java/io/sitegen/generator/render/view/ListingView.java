package io.sitegen.generator.render.view;

import java.util.List;

/**
 * One page of a list of posts: the front page, a category, a tag, a year, month or day.
 *
 * @param kind {@code home}, {@code category}, {@code tag}, {@code year}, {@code month} or {@code
 *     day}
 * @param heading what the page is, e.g. {@code /openstack/tips} or {@code September 2013}; empty on
 *     the front page
 * @param description the tag's description; otherwise empty
 * @param days the posts of this page under day headers
 * @param pager previous and next pages
 * @param parents for categories: the enclosing categories, outermost first
 * @param children for categories: sub-folders, by name
 * @param total posts in the whole listing
 */
public record ListingView(
    String kind,
    String heading,
    String description,
    List<DayView> days,
    PagerView pager,
    List<CategoryView> parents,
    List<CategoryView> children,
    int total) {}
