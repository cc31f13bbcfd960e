package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.OldDates;
import io.sitegen.generator.internal.YamlReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * A Jekyll file's front matter in site-gen's terms: the keys Jekyll and its common plugins give a
 * meaning ({@code categories}, {@code tags}, {@code permalink}, {@code redirect_from}, {@code
 * excerpt}, {@code published}, {@code last_modified_at}) taken out and typed; site-gen's own keys
 * in another shape renamed {@code jekyll-<key>} so the build does not misread them; every other key
 * kept for templates.
 *
 * @param date the {@code date:}, when it has one that is a date
 * @param hasTime whether that date has a time of day
 * @param categories from {@code categories} (a list, or words) and {@code category}
 * @param gallery a theme's {@code gallery:} list of images, to be shown in the body
 * @param unpublished {@code published: false}
 * @param extra the keys kept as they are, in their order
 */
record JekyllFrontMatter(
    Optional<String> title,
    Optional<ZonedDateTime> date,
    boolean hasTime,
    List<String> categories,
    List<String> tags,
    Optional<String> slug,
    Optional<String> permalink,
    List<String> aliases,
    Optional<String> summary,
    Optional<ZonedDateTime> updated,
    boolean unpublished,
    Optional<Boolean> draft,
    List<?> gallery,
    Optional<String> image,
    Map<String, Object> extra) {

  /** The longest summary a post may have (the build's limit). */
  private static final int MAX_SUMMARY = 2000;

  static JekyllFrontMatter of(JekyllFile file, ZoneId zone, ImportReport report) {
    Map<String, Object> keys = new LinkedHashMap<>(file.keys());
    Optional<String> title = JekyllFile.text(keys.remove("title"));
    Optional<ZonedDateTime> date = Optional.empty();
    boolean hasTime = false;
    Object dateValue = keys.remove("date");
    if (dateValue != null) {
      date = OldDates.parse(dateValue.toString(), zone);
      hasTime = date.isPresent() && dateValue.toString().contains(":");
      if (date.isEmpty()) {
        report.unconverted(
            file.relative(),
            line(file, "date"),
            "date '" + dateValue + "' is not a date; the file name's is used");
      }
    }
    List<String> categories = words(keys.remove("categories"));
    JekyllFile.text(keys.remove("category")).ifPresent(categories::add);
    List<String> tags = words(keys.remove("tags"));
    JekyllFile.text(keys.remove("tag")).ifPresent(tags::add);
    List<String> aliases = list(keys.remove("aliases"));
    aliases.addAll(list(keys.remove("redirect_from")));
    Optional<String> summary = JekyllFile.text(keys.remove("summary"));
    Object excerpt = keys.remove("excerpt");
    if (summary.isEmpty()) {
      summary = JekyllFile.text(excerpt).map(JekyllFrontMatter::plainText);
    }
    if (summary.isPresent() && summary.get().length() > MAX_SUMMARY) {
      report.unconverted(
          file.relative(), line(file, "excerpt"), "excerpt cut to " + MAX_SUMMARY + " characters");
      summary = Optional.of(summary.get().substring(0, MAX_SUMMARY).replaceAll("\\s+\\S*\\z", ""));
    }
    Optional<ZonedDateTime> updated = Optional.empty();
    for (String key : List.of("last_modified_at", "lastmod", "updated")) {
      Object value = keys.remove(key);
      if (value != null && updated.isEmpty()) {
        updated = OldDates.parse(value.toString(), zone);
        if (updated.isEmpty()) {
          report.unconverted(
              file.relative(), line(file, key), key + " '" + value + "' is not a date; left out");
        }
      }
    }
    boolean unpublished = Boolean.FALSE.equals(keys.remove("published"));
    Optional<Boolean> draft = Optional.empty();
    if (keys.get("draft") instanceof Boolean b) {
      draft = Optional.of(b);
      keys.remove("draft");
    }
    List<?> gallery = List.of();
    if (keys.get("gallery") instanceof List<?> images) {
      gallery = images;
      keys.remove("gallery");
    }
    Optional<String> image = Optional.empty();
    if (keys.get("image") instanceof String path) {
      image = JekyllFile.text(path);
      keys.remove("image");
    }
    Optional<String> slug = JekyllFile.text(keys.remove("slug"));
    Optional<String> permalink = JekyllFile.text(keys.remove("permalink"));
    if (keys.get("toc") != null && !(keys.get("toc") instanceof Boolean)) {
      rename(keys, "toc", file, report);
    }
    for (String ours : List.of("gallery", "image", "draft", "menu", "aliases")) {
      if (keys.containsKey(ours)) {
        rename(keys, ours, file, report);
      }
    }
    return new JekyllFrontMatter(
        title,
        date,
        hasTime,
        categories,
        tags,
        slug,
        permalink,
        aliases,
        summary,
        updated,
        unpublished,
        draft,
        gallery,
        image,
        keys);
  }

  /**
   * A key of ours in a shape the build would refuse or misread keeps its value under a new name.
   */
  private static void rename(
      Map<String, Object> keys, String key, JekyllFile file, ImportReport report) {
    Map<String, Object> renamed = new LinkedHashMap<>();
    keys.forEach((k, v) -> renamed.put(k.equals(key) ? "jekyll-" + key : k, v));
    keys.clear();
    keys.putAll(renamed);
    report.unconverted(
        file.relative(),
        line(file, key),
        key + ": kept as jekyll-" + key + " (site-gen reads " + key + " differently)");
  }

  /** Jekyll splits a string of categories or tags at spaces; a list is taken as it is. */
  private static List<String> words(Object value) {
    return list(value, true);
  }

  private static List<String> list(Object value) {
    return list(value, false);
  }

  private static List<String> list(Object value, boolean splitWords) {
    Set<String> items = new LinkedHashSet<>();
    if (value instanceof List<?> list) {
      list.stream()
          .map(i -> i == null ? "" : i.toString().strip())
          .filter(s -> !s.isEmpty())
          .forEach(items::add);
    } else {
      JekyllFile.text(value)
          .ifPresent(s -> items.addAll(splitWords ? List.of(s.split("\\s+")) : List.of(s)));
    }
    return new ArrayList<>(items);
  }

  private static String plainText(String excerpt) {
    String text = excerpt.contains("<") ? Jsoup.parseBodyFragment(excerpt).text() : excerpt;
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The line of {@code key} in the file (front matter starts on line 2). */
  private static int line(JekyllFile file, String key) {
    return YamlReader.lineOf(file.frontMatter(), key, 2);
  }
}
