package io.sitegen.generator.check;

import java.util.List;

/**
 * What a check that found no broken link saw.
 *
 * @param pages HTML pages read
 * @param feeds feed and sitemap files read
 * @param links links followed, counting each occurrence
 * @param externalUrls distinct external URLs requested (0 unless asked for)
 * @param warnings dead external links, one line each, already said through the listener
 */
public record CheckResult(
    int pages, int feeds, int links, int externalUrls, List<String> warnings) {

  public CheckResult {
    warnings = List.copyOf(warnings);
  }
}
