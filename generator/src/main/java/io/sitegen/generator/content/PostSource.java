package io.sitegen.generator.content;

import io.sitegen.generator.model.CategoryPath;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A post as read from disk, before its body is rendered.
 *
 * @param source the file, relative to the blog folder
 * @param category the folder below {@code posts/}
 * @param slug from the file name (without a leading date) or {@code slug:}
 * @param frontMatter the typed front matter
 * @param body the text after the front matter
 * @param bodyLine the line of the file on which {@code body} starts
 * @param html whether the body is HTML (an {@code .html} post), kept as written, not Markdown
 * @param fingerprint a digest of the file's path and text, all the post is made from besides the
 *     time zone: the key of what later stages make of the post alone, such as its processed body
 */
public record PostSource(
    Path source,
    CategoryPath category,
    String slug,
    FrontMatter frontMatter,
    String body,
    int bodyLine,
    boolean html,
    String fingerprint) {

  /**
   * The front matter keys site-gen knows, typed and defaulted.
   *
   * @param title required
   * @param date from {@code date:} or the file name, in the site's zone; null only for a page
   *     without {@code date:}
   * @param timed whether the date gives a time of day; a date from the file name or a bare {@code
   *     date: 2013-09-04} does not, so no "00:00" is shown
   * @param tags as written, trimmed, without duplicates
   * @param draft unpublished unless drafts are asked for
   * @param summary a short plain-text summary
   * @param aliases old URLs that redirect here
   * @param slug replaces the slug taken from the file name
   * @param gallery the album the post shows: a path below {@code photos/}, or empty for the album
   *     of the post's own folder; {@code gallery: false} shows none
   * @param updated when it was last changed ({@code updated:}, {@code lastmod:} or {@code
   *     last_modified_at:})
   * @param image the picture that stands for it when shared, as written ({@code image:})
   * @param toc {@code toc:} when given; the site's {@code toc} setting otherwise
   * @param extra every other key
   */
  public record FrontMatter(
      String title,
      ZonedDateTime date,
      boolean timed,
      List<String> tags,
      boolean draft,
      Optional<String> summary,
      List<String> aliases,
      Optional<String> slug,
      Optional<String> gallery,
      Optional<ZonedDateTime> updated,
      Optional<String> image,
      Optional<Boolean> toc,
      Map<String, Object> extra) {}
}
