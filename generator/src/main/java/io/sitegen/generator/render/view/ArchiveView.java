package io.sitegen.generator.render.view;

import java.util.List;

/**
 * A year or month of the archives page, which exists when site.yaml's menu links the archives.
 *
 * @param title {@code 2013}, or the month's name and year ({@code September 2013})
 * @param url its listing
 * @param count posts in it
 * @param months a year's months, newest first; empty for a month
 */
public record ArchiveView(String title, String url, int count, List<ArchiveView> months) {}
