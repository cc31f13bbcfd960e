package io.sitegen.generator.html;

import java.util.Optional;

/**
 * The URLs of a site's output files.
 *
 * @param basePath {@code /} or {@code /blog/}
 * @param baseUrl {@code https://host/blog/}, when the site has one
 */
public record SiteUrls(String basePath, Optional<String> baseUrl) {

  /** The URL path of an output file, {@code index.html} left implicit. */
  public String href(String outputPath) {
    return UrlPaths.href(basePath, outputPath);
  }

  /** The absolute URL of an output file when the site has a base URL, else its URL path. */
  public String absolute(String outputPath) {
    String href = href(outputPath);
    return baseUrl.map(base -> base + href.substring(basePath.length())).orElse(href);
  }
}
