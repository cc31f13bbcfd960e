package io.sitegen.generator.feed;

import java.util.List;

/**
 * A feed to write in both formats.
 *
 * @param folder where its files go below the site root ({@code ""}, {@code openstack/tips}, {@code
 *     tags/nova}, {@code comments}): {@code index.rss} and {@code index.atom} there
 * @param title plain text
 * @param description plain text
 * @param pageUrl absolute URL of the HTML page the feed follows
 * @param entries newest first
 */
public record Feed(
    String folder, String title, String description, String pageUrl, List<FeedEntry> entries) {

  public static final String RSS = "index.rss";
  public static final String ATOM = "index.atom";

  /** The output path of the feed file {@code name} ({@link #RSS} or {@link #ATOM}). */
  public String path(String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }
}
