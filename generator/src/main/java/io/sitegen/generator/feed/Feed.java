package io.sitegen.generator.feed;

import java.util.List;

/**
 * A feed to write in each format.
 *
 * @param folder where its files go below the site root ({@code ""}, {@code openstack/tips}, {@code
 *     tags/nova}, {@code comments}): {@code index.rss}, {@code index.atom} and {@code index.json}
 *     there
 * @param title plain text
 * @param description plain text
 * @param pageUrl absolute URL of the HTML page the feed follows
 * @param entries newest first
 */
public record Feed(
    String folder, String title, String description, String pageUrl, List<FeedEntry> entries) {

  public static final String RSS = "index.rss";
  public static final String ATOM = "index.atom";
  public static final String JSON = "index.json";

  /**
   * The output path of the feed file {@code name} ({@link #RSS}, {@link #ATOM} or {@link #JSON}).
   */
  public String path(String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }
}
