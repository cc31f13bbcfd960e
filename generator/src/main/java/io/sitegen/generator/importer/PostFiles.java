package io.sitegen.generator.importer;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.internal.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the target blog that every importer writes the same way: posts with front matter
 * (and an alias wherever the old URL is not the new one), and a {@code site.yaml} when the target
 * has none.
 */
public final class PostFiles {

  private static final String DEFAULT_PERMALINK = "/{category}/{slug}.html";

  private final Path target;
  private final ZoneId zone;
  private final String permalink;

  private PostFiles(Path target, ZoneId zone, String permalink) {
    this.target = target;
    this.zone = zone;
    this.permalink = permalink;
  }

  /** Reads the target's permalink pattern, since it decides which old URLs need an alias. */
  public static PostFiles forTarget(Path target, ZoneId zone) {
    Path siteYaml = target.resolve("site.yaml");
    String permalink = DEFAULT_PERMALINK;
    if (Files.isRegularFile(siteYaml)) {
      try {
        Object value =
            new YamlReader()
                .readMap("import", Files.readString(siteYaml), Path.of("site.yaml"), 1)
                .get("permalink");
        permalink = value == null ? DEFAULT_PERMALINK : value.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (BuildException e) {
        throw new ImportException(
            "the target's site.yaml cannot be read: "
                + e.getMessage()
                + ". Fix it and import again");
      }
    }
    return new PostFiles(target, zone, permalink);
  }

  /**
   * A post at {@code posts/<folder>/<stem>.html} (or {@code .md}).
   *
   * @param oldUrl the URL the post had, from the site root ({@code /linux/boot-notes.html})
   * @param keys front matter in order; an {@code aliases} list is added where needed
   */
  public ImportedFile post(
      String folder,
      String stem,
      boolean markdown,
      String oldUrl,
      Map<String, Object> keys,
      String body,
      ImportReport report) {
    return post(folder, stem, markdown, Optional.of(oldUrl), keys, body, report);
  }

  /**
   * A post whose old URL may be unknown or unusable as an alias (a query such as {@code /?p=12}
   * cannot be a file); then no alias is written and the old URL is not counted as answering.
   */
  public ImportedFile post(
      String folder,
      String stem,
      boolean markdown,
      Optional<String> oldUrl,
      Map<String, Object> keys,
      String body,
      ImportReport report) {
    String file = "posts/" + (folder.isEmpty() ? "" : folder + "/") + stem;
    String newUrl = "/" + (folder.isEmpty() ? "" : folder + "/") + stem + ".html";
    Map<String, Object> frontMatter = new LinkedHashMap<>(keys);
    // Slugs keep the file name but turn spaces into hyphens, and other patterns move every post.
    if (oldUrl.isPresent()
        && (!permalink.equals(DEFAULT_PERMALINK)
            || !newUrl.equals(oldUrl.get())
            || stem.matches(".*\\s.*"))) {
      withAlias(frontMatter, oldUrl.get());
    }
    String path = file + (markdown ? ".md" : ".html");
    String now = permalink.equals(DEFAULT_PERMALINK) ? newUrl : path;
    // Aliases the old blog itself kept (Jekyll's redirect_from) answer as well.
    if (keys.get("aliases") instanceof List<?> kept) {
      kept.forEach(a -> report.oldUrl(a.toString(), now));
    }
    // Under another permalink pattern the new URL is the build's to make; the file names it.
    oldUrl.ifPresent(u -> report.oldUrl(u, now));
    return new ImportedFile(path, FrontMatterText.post(frontMatter, body));
  }

  /**
   * A page at {@code pages/<slug>.html}, published at {@code /<slug>/} under the default {@code
   * pagePermalink}; its old URL becomes an alias where it differs from that.
   */
  public ImportedFile page(
      String slug,
      Optional<String> oldUrl,
      Map<String, Object> keys,
      String body,
      ImportReport report) {
    return page(slug, false, oldUrl, keys, body, report);
  }

  /** A page written in Markdown ({@code pages/<slug>.md}) or HTML. */
  public ImportedFile page(
      String slug,
      boolean markdown,
      Optional<String> oldUrl,
      Map<String, Object> keys,
      String body,
      ImportReport report) {
    Map<String, Object> frontMatter = new LinkedHashMap<>(keys);
    String newUrl = "/" + slug + "/";
    oldUrl.filter(u -> !u.equals(newUrl)).ifPresent(u -> withAlias(frontMatter, u));
    oldUrl.ifPresent(u -> report.oldUrl(u, newUrl));
    return new ImportedFile(
        "pages/" + slug + (markdown ? ".md" : ".html"), FrontMatterText.post(frontMatter, body));
  }

  private static void withAlias(Map<String, Object> frontMatter, String oldUrl) {
    List<String> aliases = new ArrayList<>();
    if (frontMatter.get("aliases") instanceof List<?> existing) {
      existing.forEach(a -> aliases.add(a.toString()));
    }
    if (!aliases.contains(oldUrl)) {
      aliases.add(oldUrl);
    }
    frontMatter.put("aliases", aliases);
  }

  /** A comment file beside the others of its post ({@code posts/a/b.html}). */
  public ImportedFile comment(String postFile, String id, Map<String, Object> keys) {
    String post = postFile.substring("posts/".length(), postFile.lastIndexOf('.'));
    return new ImportedFile("comments/" + post + "/" + id + ".yaml", FrontMatterText.yaml(keys));
  }

  /** {@code site.yaml} from the old blog's settings (kept out by the writer where one exists). */
  public List<ImportedFile> siteFiles(BlogSettings settings, ImportReport report) {
    Map<String, Object> keys = new LinkedHashMap<>();
    settings.title().ifPresent(t -> keys.put("title", t));
    settings.description().ifPresent(d -> keys.put("description", d));
    settings.author().ifPresent(a -> keys.put("author", a));
    settings.baseUrl().ifPresent(u -> keys.put("baseUrl", u));
    keys.put("timezone", zone.getId());
    if (settings.baseUrl().isEmpty() && !Files.exists(target.resolve("site.yaml"))) {
      report.unconverted(
          "site.yaml",
          0,
          "no base URL found: add 'baseUrl: https://...' for feeds and the sitemap");
    }
    return List.of(
        new ImportedFile(
            "site.yaml",
            "# Written by site-gen import; every key is explained in site-gen's README.\n"
                + FrontMatterText.yaml(keys)));
  }
}
