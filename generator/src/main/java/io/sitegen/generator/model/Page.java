package io.sitegen.generator.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of {@code pages/} (About, Projects): a post's front matter and body, but outside the
 * blog's timeline, so in no listing, feed, archive or related posts.
 *
 * @param source the file, relative to the blog folder (for messages)
 * @param path its place below {@code pages/} without extension, e.g. {@code about}; what {@code
 *     page:} in site.yaml's menu names
 * @param title the title, as written (templates escape it)
 * @param summary the author's summary, if any
 * @param aliases old site-relative URLs that redirect to this page
 * @param menuTitle its link text in the header navigation, from {@code menu:}, if it gives one
 * @param extra front matter keys site-gen does not know, for templates
 * @param outputPath its file below the site root, e.g. {@code about/index.html}
 * @param html the body: rendered Markdown, or the file's HTML as written
 */
public record Page(
    Path source,
    String path,
    String title,
    Optional<String> summary,
    List<String> aliases,
    Optional<String> menuTitle,
    Map<String, Object> extra,
    String outputPath,
    String html) {

  public Page {
    aliases = List.copyOf(aliases);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
