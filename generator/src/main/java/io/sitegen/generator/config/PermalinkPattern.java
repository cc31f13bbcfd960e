package io.sitegen.generator.config;

import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post URL pattern such as {@code /{category}/{slug}.html} or {@code /{year}/{month}/{slug}/}. A
 * pattern ending in {@code /} makes a folder holding {@code index.html}.
 */
public record PermalinkPattern(String pattern) {

  static final Set<String> PLACEHOLDERS = Set.of("year", "month", "day", "slug", "category");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  /** Checks the pattern; returns an explanation of what is wrong, or an empty string. */
  static String validate(String pattern) {
    if (!pattern.startsWith("/")) {
      return "must start with '/'";
    }
    if (!pattern.contains("{slug}")) {
      return "must contain {slug}, or every post would get the same URL";
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        return "has an unknown placeholder {" + m.group(1) + "}; use " + PLACEHOLDERS;
      }
    }
    return "";
  }

  /**
   * The site-relative URL path of a post, starting with {@code /}, its segments not yet
   * percent-encoded.
   *
   * @param category the category path without leading or trailing slash, empty for the root
   */
  public String expand(String category, String slug, ZonedDateTime date) {
    String path =
        pattern
            .replace("{year}", String.format("%04d", date.getYear()))
            .replace("{month}", String.format("%02d", date.getMonthValue()))
            .replace("{day}", String.format("%02d", date.getDayOfMonth()))
            .replace("{category}", category)
            .replace("{slug}", slug);
    return path.replaceAll("/{2,}", "/");
  }

  /**
   * The site-relative URL path of a page (a {@code pagePermalink} has only {@code {slug}}), e.g.
   * {@code /about/} for the page {@code about}, {@code /foo/bar/} for {@code foo/bar}.
   */
  public String expandPage(String pagePath) {
    return pattern.replace("{slug}", pagePath).replaceAll("/{2,}", "/");
  }
}
