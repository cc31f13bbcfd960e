package io.sitegen.generator.render.view;

import java.util.List;

/**
 * The posts of one day on one page of a listing, under a day header.
 *
 * @param day the header, e.g. {@code Mon, 30 Sep 2013}
 * @param dateIso the day as {@code 2013-09-30}
 * @param posts that day's posts on this page, newest first
 */
public record DayView(String day, String dateIso, List<PostView> posts) {}
