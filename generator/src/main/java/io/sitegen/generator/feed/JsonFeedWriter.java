package io.sitegen.generator.feed;

import io.sitegen.generator.html.UrlPaths;
import io.sitegen.generator.json.Json;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same entries as its
 * RSS and Atom files. Output depends on the entries only.
 */
public final class JsonFeedWriter {

  public static final String TYPE = "application/feed+json";
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final String siteUrl;
  private final String language;
  private final ZoneId zone;

  /**
   * @param siteUrl the absolute URL of the site root, ending in {@code /}
   * @param language the feed's language, e.g. {@code en-AU}
   * @param zone the site's zone, for dates
   */
  public JsonFeedWriter(String siteUrl, String language, ZoneId zone) {
    this.siteUrl = siteUrl;
    this.language = language;
    this.zone = zone;
  }

  public String json(Feed feed) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", "https://jsonfeed.org/version/1.1");
    root.put("title", feed.title());
    root.put("home_page_url", feed.pageUrl());
    root.put("feed_url", siteUrl + UrlPaths.encodePath(feed.path(Feed.JSON)));
    if (!feed.description().isEmpty()) {
      root.put("description", feed.description());
    }
    root.put("language", language);
    List<Object> items = new ArrayList<>();
    for (FeedEntry entry : feed.entries()) {
      items.add(item(entry));
    }
    root.put("items", items);
    return Json.write(root);
  }

  private Map<String, Object> item(FeedEntry entry) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", entry.id());
    item.put("url", entry.link());
    item.put("title", entry.title());
    if (!entry.html().isEmpty()) {
      item.put("content_html", entry.html());
    } else {
      // JSON Feed requires content; a summary-only feed gives the summary as text.
      item.put("content_text", entry.summary());
    }
    item.put("summary", entry.summary());
    if (!entry.image().isEmpty()) {
      item.put("image", entry.image());
    }
    item.put("date_published", date(entry.published()));
    item.put("date_modified", date(entry.updated()));
    if (!entry.author().isEmpty()) {
      item.put("authors", List.of(Map.of("name", entry.author())));
    }
    if (!entry.categories().isEmpty()) {
      item.put("tags", entry.categories());
    }
    return item;
  }

  private String date(ZonedDateTime date) {
    return RFC_3339.format(date.withZoneSameInstant(zone));
  }
}
