package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.importer.BlogSettings;
import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.internal.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Jekyll site's {@code _config.yml} says that an import needs: where the source is, how URLs
 * were made, the zone dates were read in, and the blog's title, description, author and URL.
 *
 * @param source the folder holding {@code _posts}, {@code _data}, pages ({@code source:})
 * @param postTemplate the permalink template of posts (a style resolved; {@code
 *     collections.posts.permalink} wins)
 * @param style the {@code permalink:} as written, which also decides how page URLs end
 * @param zone {@code timezone:}, else the zone the import was given (Jekyll used the machine's)
 * @param collections the collections other than posts, by name
 * @param exclude {@code exclude:} entries, which Jekyll never read
 */
record JekyllConfig(
    Path source,
    String postTemplate,
    String style,
    ZoneId zone,
    BlogSettings settings,
    String url,
    String baseurl,
    Map<String, Collection> collections,
    List<String> exclude) {

  /**
   * @param output whether Jekyll wrote a page for each document
   * @param permalink its {@code permalink:}, if it has one
   */
  record Collection(boolean output, Optional<String> permalink) {}

  static final String FILE = "_config.yml";

  static JekyllConfig read(Path site, ZoneId fallback, ImportReport report) {
    Path file = site.resolve(FILE);
    Map<String, Object> keys = Map.of();
    if (Files.isRegularFile(file)) {
      try {
        keys = JekyllFile.yaml(file, FILE);
      } catch (BuildException e) {
        throw new ImportException(
            file
                + " cannot be read: "
                + e.getMessage()
                + ". Fix it (Jekyll could not read it either)");
      }
    }
    Map<String, Collection> collections = new LinkedHashMap<>();
    Optional<String> postsPermalink = Optional.empty();
    if (keys.get("collections") instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Map<?, ?> meta = entry.getValue() instanceof Map<?, ?> m ? m : Map.of();
        Optional<String> permalink = JekyllFile.text(meta.get("permalink"));
        if (entry.getKey().toString().equals("posts")) {
          postsPermalink = permalink;
        } else {
          collections.put(
              entry.getKey().toString(),
              new Collection(Boolean.TRUE.equals(meta.get("output")), permalink));
        }
      }
    } else if (keys.get("collections") instanceof List<?> names) {
      names.forEach(n -> collections.put(n.toString(), new Collection(false, Optional.empty())));
    }
    if (keys.get("defaults") instanceof List<?> defaults
        && defaults.stream()
            .anyMatch(
                d ->
                    d instanceof Map<?, ?> m
                        && m.get("values") instanceof Map<?, ?> v
                        && v.containsKey("permalink"))) {
      report.unconverted(
          FILE,
          YamlReader.lineOf(yaml(file), "defaults", 1),
          "a permalink in defaults: is not applied; old URLs are computed from permalink:");
    }
    String style = JekyllFile.text(keys.get("permalink")).orElse(JekyllPermalink.DEFAULT_STYLE);
    String url = JekyllFile.text(keys.get("url")).map(u -> u.replaceAll("/+$", "")).orElse("");
    String baseurl =
        JekyllFile.text(keys.get("baseurl")).map(u -> u.replaceAll("/+$", "")).orElse("");
    Object author = keys.get("author");
    Optional<String> authorName =
        author instanceof Map<?, ?> a ? JekyllFile.text(a.get("name")) : JekyllFile.text(author);
    BlogSettings settings =
        new BlogSettings(
            JekyllFile.text(keys.get("title")),
            JekyllFile.text(keys.get("description")),
            authorName,
            url.isEmpty() ? Optional.empty() : Optional.of(url + baseurl + "/"));
    List<String> exclude = new ArrayList<>();
    if (keys.get("exclude") instanceof List<?> list) {
      list.forEach(e -> exclude.add(e.toString().replaceAll("/+$", "")));
    }
    return new JekyllConfig(
        site.resolve(JekyllFile.text(keys.get("source")).orElse(".")).normalize(),
        JekyllPermalink.postTemplate(postsPermalink.orElse(style)),
        style,
        zone(keys, file, fallback, report),
        settings,
        url,
        baseurl,
        Map.copyOf(collections),
        List.copyOf(exclude));
  }

  private static ZoneId zone(
      Map<String, Object> keys, Path file, ZoneId fallback, ImportReport report) {
    Optional<String> timezone = JekyllFile.text(keys.get("timezone"));
    if (timezone.isEmpty()) {
      return fallback;
    }
    try {
      return ZoneId.of(timezone.get());
    } catch (DateTimeException e) {
      report.unconverted(
          FILE,
          YamlReader.lineOf(yaml(file), "timezone", 1),
          "timezone '" + timezone.get() + "' is not a time zone; " + fallback + " is used");
      return fallback;
    }
  }

  private static String yaml(Path file) {
    return Files.isRegularFile(file) ? JekyllFile.readText(file) : "";
  }
}
