package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.PostAssets;
import io.sitegen.generator.importer.jekyll.JekyllImporter.Planned;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links of the old site made links of the new one: to an imported post or page, a relative link to
 * its file (the build turns it into the URL, as site-gen posts link to each other); to a file of
 * the site (an image below {@code /assets/}), a relative link to its copy beside the post.
 */
final class Relinks {

  private final JekyllConfig config;
  private final PostAssets assets;
  private final ImportReport report;

  /** A post's name as {@code post_url} gives it ({@code 2010-07-21-name}) to its new file. */
  private final Map<String, String> byName = new HashMap<>();

  /** A file's path below the source, as {@code link} gives it, to its new file. */
  private final Map<String, String> bySource = new HashMap<>();

  /** Each old URL to the new file of what it showed. */
  private final Map<String, String> byOldUrl = new HashMap<>();

  Relinks(JekyllConfig config, List<Planned> planned, PostAssets assets, ImportReport report) {
    this.config = config;
    this.assets = assets;
    this.report = report;
    for (Planned p : planned) {
      bySource.put(p.file().relative(), p.target());
      if (p.post()) {
        byName.put(p.file().stem(), p.target());
      }
      p.oldUrl()
          .ifPresent(
              url -> {
                byOldUrl.put(url, p.target());
                if (url.endsWith("/")) {
                  byOldUrl.put(url + "index.html", p.target());
                }
              });
    }
  }

  Liquid.Links liquidLinks(Planned from) {
    return new Liquid.Links() {
      @Override
      public Optional<String> post(String name) {
        String stem = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z]+$", "");
        return Optional.ofNullable(byName.get(stem)).map(to -> relative(from, to));
      }

      @Override
      public Optional<String> file(String path) {
        String relative = path.replaceAll("^[\"']|[\"']$", "").replaceFirst("^/+", "");
        String to = bySource.get(relative);
        if (to != null) {
          return Optional.of(relative(from, to));
        }
        return siteFile(relative).map(file -> assets.place(from.target(), file));
      }
    };
  }

  /**
   * {@code target} (an {@code href} or {@code src}) in the new blog; as it was when it is not a
   * path of the old site, or names nothing there.
   *
   * @param line the line of the old file it is on, for the report (0: none)
   */
  String link(Planned from, String target, int line) {
    String path = target.strip();
    if (!config.url().isEmpty()
        && (path.startsWith(config.url() + "/") || path.equals(config.url()))) {
      path = path.substring(config.url().length());
    }
    if (!path.startsWith("/") || path.startsWith("//")) {
      return target;
    }
    if (!config.baseurl().isEmpty()
        && (path.startsWith(config.baseurl() + "/") || path.equals(config.baseurl()))) {
      path = path.substring(config.baseurl().length());
    }
    int cut = path.replaceAll("[?#].*", "").length();
    String suffix = path.substring(cut);
    String decoded;
    try {
      decoded =
          URLDecoder.decode(path.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return target;
    }
    if (decoded.isEmpty()) {
      decoded = "/";
    }
    String to = byOldUrl.get(decoded);
    if (to != null) {
      return relative(from, to) + suffix;
    }
    Optional<Path> file = siteFile(decoded.substring(1));
    if (file.isPresent()) {
      return assets.place(from.target(), file.get()) + suffix;
    }
    if (decoded.matches("(?i).*\\.(png|jpe?g|gif|webp|svg|pdf)")
        || decoded.startsWith("/assets/")
        || decoded.startsWith("/images/")) {
      report.unconverted(
          from.file().relative(), line, target + " is not in the site: the link is left as it was");
    }
    return target;
  }

  /**
   * A theme's {@code gallery:} list (paths, or {@code image_path}/{@code url}/{@code alt} maps) as
   * images.
   */
  String gallery(Planned from, List<?> items) {
    StringBuilder html = new StringBuilder("<div class=\"gallery\">\n");
    for (Object item : items) {
      Map<?, ?> image =
          item instanceof Map<?, ?> m ? m : Map.of("image_path", String.valueOf(item));
      Optional<String> src =
          JekyllFile.text(image.get("image_path"))
              .or(() -> JekyllFile.text(image.get("url")))
              .or(() -> JekyllFile.text(image.get("src")))
              .or(() -> JekyllFile.text(image.get("path")));
      if (src.isEmpty()) {
        report.unconverted(from.file().relative(), 0, "gallery: an item without an image: " + item);
        continue;
      }
      String alt =
          JekyllFile.text(image.get("alt"))
              .or(() -> JekyllFile.text(image.get("title")))
              .orElse("");
      String img =
          "<img src=\""
              + attribute(link(from, src.get(), 0))
              + "\" alt=\""
              + attribute(alt)
              + "\">";
      Optional<String> full =
          image.containsKey("image_path") ? JekyllFile.text(image.get("url")) : Optional.empty();
      html.append(
              full.map(u -> "<a href=\"" + attribute(link(from, u, 0)) + "\">" + img + "</a>")
                  .orElse(img))
          .append('\n');
    }
    return html.append("</div>").toString();
  }

  private static String attribute(String value) {
    return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  /**
   * A file of the old site below its source, not one Jekyll kept to itself ({@code _x}, {@code
   * .x}).
   */
  private Optional<Path> siteFile(String relative) {
    Path file = config.source().resolve(relative).normalize();
    if (!file.startsWith(config.source()) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    for (Path part : config.source().relativize(file)) {
      if (part.toString().startsWith("_") || part.toString().startsWith(".")) {
        return Optional.empty();
      }
    }
    return Optional.of(file);
  }

  private static String relative(Planned from, String to) {
    return Path.of(from.targetFolder())
        .relativize(Path.of(to))
        .toString()
        .replace('\\', '/')
        .replace(" ", "%20");
  }
}
