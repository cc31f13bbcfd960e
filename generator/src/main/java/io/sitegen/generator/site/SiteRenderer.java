package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.model.Asset;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.render.PageJob;
import io.sitegen.generator.render.PagePlan;
import io.sitegen.generator.render.TemplateEngine;
import io.sitegen.generator.render.Theme;
import io.sitegen.generator.render.Views;
import io.sitegen.generator.write.SiteOutput;
import io.sitegen.generator.write.Sitemap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The render and write stages: renders every page in parallel into the staging output, then copies
 * the theme's, the blog's and the post folders' files and writes the sitemap.
 */
final class SiteRenderer {

  private final TemplateEngine templates;
  private final SiteOutput output;
  private final Path sourceDir;
  private final Consumer<String> warn;
  private final Map<String, String> pageOrigins = new HashMap<>();

  SiteRenderer(TemplateEngine templates, SiteOutput output, Path sourceDir, Consumer<String> warn) {
    this.templates = templates;
    this.output = output;
    this.sourceDir = sourceDir;
    this.warn = warn;
  }

  /** Renders every page; returns how many. */
  int renderPages(Site site, List<Listing> listings, Views views) {
    List<PageJob> jobs = PagePlan.of(site, listings, views);
    List<Problem> clashes = new ArrayList<>();
    for (PageJob job : jobs) {
      String other = pageOrigins.putIfAbsent(job.outputPath(), job.origin());
      if (other != null) {
        clashes.add(clash(job.outputPath(), job.origin(), other));
      }
    }
    if (!clashes.isEmpty()) {
      throw new BuildException("render", clashes);
    }
    jobs.parallelStream()
        .forEach(
            job -> output.write(job.outputPath(), templates.render(job.template(), job.context())));
    return jobs.size();
  }

  /**
   * Copies the theme's static files, then the blog's {@code static/} (which may replace them), then
   * the files beside the posts; writes {@code sitemap.xml} and {@code robots.txt}. Returns the
   * number of files copied.
   */
  int copyFiles(Site site, Views views) {
    Map<String, Object> files = new TreeMap<>();
    new Theme(SiteRenderer.class.getClassLoader()).forEachStaticFile(files::put);
    Path staticDir = sourceDir.resolve("static");
    if (Files.isDirectory(staticDir)) {
      for (Path file : list(staticDir)) {
        files.put(staticDir.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    List<Problem> clashes = new ArrayList<>();
    for (Asset asset : site.assets()) {
      Object other = files.put(asset.outputPath(), asset.source());
      if (other instanceof Path path && path.startsWith(staticDir)) {
        clashes.add(
            clash(
                asset.outputPath(),
                "file " + sourceDir.relativize(asset.source()),
                "file " + sourceDir.relativize(path)));
      }
    }
    for (String path : files.keySet()) {
      if (pageOrigins.containsKey(path)) {
        clashes.add(clash(path, "a static file", pageOrigins.get(path)));
      }
    }
    if (!clashes.isEmpty()) {
      throw new BuildException("write", clashes);
    }
    files.entrySet().parallelStream()
        .forEach(
            e -> {
              if (e.getValue() instanceof Path source) {
                output.copy(source, e.getKey());
              } else {
                output.write(e.getKey(), (byte[]) e.getValue());
              }
            });
    writeSitemap(site, views);
    return files.size();
  }

  private void writeSitemap(Site site, Views views) {
    if (site.config().baseUrl().isEmpty()) {
      output.write("robots.txt", Sitemap.robots(""));
      return;
    }
    List<Sitemap.Entry> entries = new ArrayList<>();
    String newest =
        site.posts().isEmpty() ? "" : site.posts().get(0).date().toLocalDate().toString();
    entries.add(new Sitemap.Entry(views.absolute("index.html"), newest));
    for (Post post : site.posts()) {
      entries.add(
          new Sitemap.Entry(
              views.absolute(post.outputPath()), post.date().toLocalDate().toString()));
    }
    for (String path : new TreeMap<>(pageOrigins).keySet()) {
      String origin = pageOrigins.get(path);
      if (origin.startsWith("category ") || origin.startsWith("tag ")) {
        if (!path.contains("/page/")) {
          entries.add(new Sitemap.Entry(views.absolute(path), ""));
        }
      }
    }
    output.write("sitemap.xml", Sitemap.xml(entries));
    output.write("robots.txt", Sitemap.robots(views.absolute("sitemap.xml")));
  }

  private static Problem clash(String path, String one, String other) {
    return Problem.general(
        "two things want to be /" + path + ": " + one + " and " + other,
        "Rename one of them (a category folder named like a year, 'tags' or 'page' can clash too)");
  }

  private List<Path> list(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !dir.relativize(p).toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      warn.accept("cannot list " + dir + ": " + e.getMessage());
      return List.of();
    }
  }
}
