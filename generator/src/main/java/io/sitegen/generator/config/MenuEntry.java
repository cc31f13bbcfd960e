package io.sitegen.generator.config;

import java.util.Locale;
import java.util.Optional;

/**
 * One entry of the header navigation, as {@code menu:} in {@code site.yaml} lists it. What it names
 * (a page, a category) is checked once the content is loaded, against the line kept here.
 *
 * @param kind what the entry links to
 * @param target the page path ({@code about}), the category ({@code openstack}) or the URL; empty
 *     for the archives and the albums
 * @param title the link text, if {@code title:} gives one; else the page's or category's own
 * @param line the entry's line in {@code site.yaml}, for messages
 */
public record MenuEntry(Kind kind, String target, Optional<String> title, int line) {

  /** The things a menu entry can link to; the names are the keys written in site.yaml. */
  public enum Kind {
    PAGE,
    CATEGORY,
    ARCHIVES,
    ALBUMS,
    URL;

    /** The key as written in {@code site.yaml}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
