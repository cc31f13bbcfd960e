package io.sitegen.generator.feed;

import io.sitegen.generator.model.OutputPaths;
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

  public static final String RSS = OutputPaths.RSS;
  public static final String ATOM = OutputPaths.ATOM;
  public static final String JSON = OutputPaths.JSON;

  /**
   * The output path of the feed file {@code name} ({@link #RSS}, {@link #ATOM} or {@link #JSON}).
   */
  public String path(String name) {
    return OutputPaths.feed(folder, name);
  }
}
