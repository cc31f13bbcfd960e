package io.sitegen.generator.write;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.gallery.LocationStripper;
import io.sitegen.generator.html.SiteUrls;
import io.sitegen.generator.internal.BlogFiles;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Parallel;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.Asset;
import io.sitegen.generator.model.ImageVariant;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Photo;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.redirect.Redirect;
import io.sitegen.generator.redirect.ServerRedirects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The write stage: publishes every file that is not rendered (derived images, the theme's static
 * files, the blog's {@code static/}, the files beside the posts, server redirect rules), writes
 * {@code sitemap.xml} and {@code robots.txt}, and checks that none of them takes a page's path.
 */
public final class WriteStage {

  /** A file to publish: where it comes from, and how it gets into the output folder. */
  private record Source(String origin, boolean fromStatic, Consumer<String> publish) {}

  private final OutputFolder output;
  private final PathClaims claims;
  private final Path sourceDir;
  private final Consumer<String> warn;
  private final Memo<String, String> images;

  /**
   * @param claims the paths of the pages and feeds, which no file may take
   * @param images the images beside the posts as earlier builds published them, by output path
   */
  public WriteStage(
      OutputFolder output,
      PathClaims claims,
      Path sourceDir,
      Consumer<String> warn,
      Memo<String, String> images) {
    this.output = output;
    this.claims = claims;
    this.sourceDir = sourceDir;
    this.warn = warn;
    this.images = images;
  }

  /**
   * Publishes the theme's static files, then the blog's {@code static/} (which may replace them),
   * then the files beside the posts.
   *
   * @param derived the derived images of every photo, by output path
   * @param theme the theme's static files, by output path
   */
  public Written write(
      Site site, SiteUrls urls, Map<String, Path> derived, Map<String, byte[]> theme) {
    Map<String, Source> files = new TreeMap<>();
    Set<String> shown = shownImages(site);
    derived.forEach(
        (path, file) -> {
          if (shown.contains(path)) {
            files.put(path, copy(file));
          }
        });
    theme.forEach((path, bytes) -> files.put(path, bytes("the theme's " + path, bytes)));
    Path staticDir = sourceDir.resolve("static");
    if (Files.isDirectory(staticDir)) {
      for (Path file : list(staticDir)) {
        String path = staticDir.relativize(file).toString().replace('\\', '/');
        files.put(path, new Source(shown(file), true, to -> output.copy(file, to)));
      }
    }
    redirectFiles(site, urls, staticDir)
        .forEach((name, bytes) -> files.put(name, bytes("redirect rules " + name, bytes)));
    List<Problem> clashes = new ArrayList<>();
    for (Asset asset : site.assets()) {
      // Images are stripped in parallel below, and in a preview only when they changed.
      Source published =
          LocationStripper.handles(asset.source())
              ? new Source(shown(asset.source()), false, to -> publishImage(asset, to))
              : copy(asset.source());
      Source other = files.put(asset.outputPath(), published);
      if (other != null && other.fromStatic()) {
        clashes.add(PathClaims.clash(asset.outputPath(), published.origin(), other.origin()));
      }
    }
    for (String path : files.keySet()) {
      String page = claims.origin(path);
      if (page != null) {
        clashes.add(PathClaims.clash(path, "a static file", page));
      }
    }
    if (!clashes.isEmpty()) {
      throw new BuildException("write", clashes);
    }
    images.begin("");
    Parallel.forEach(List.copyOf(files.entrySet()), e -> e.getValue().publish().accept(e.getKey()));
    writeSitemap(site, urls, files.keySet());
    return new Written(files.size(), files.size());
  }

  private Source copy(Path file) {
    return new Source(shown(file), false, to -> output.copy(file, to));
  }

  private Source bytes(String origin, byte[] bytes) {
    return new Source(origin, false, to -> output.write(to, bytes));
  }

  private String shown(Path file) {
    return "file " + (file.startsWith(sourceDir) ? sourceDir.relativize(file) : file);
  }

  /** The images of photos still in an album: one a post shows is the post's, not the album's. */
  private static Set<String> shownImages(Site site) {
    Set<String> shown = new HashSet<>();
    for (Album album : site.albums()) {
      for (Photo photo : album.photos()) {
        for (ImageVariant v : List.of(photo.thumbnail(), photo.thumbnail2x(), photo.web())) {
          shown.add(v.outputPath());
        }
        photo.original().ifPresent(shown::add);
      }
    }
    return shown;
  }

  /**
   * The server rule files of the formats {@code site.yaml} asks for. A file of the same name in the
   * blog's {@code static/} is kept at the top, so its own rules still come first.
   */
  private Map<String, byte[]> redirectFiles(Site site, SiteUrls urls, Path staticDir) {
    List<Redirect> redirects = new ArrayList<>();
    String base = site.config().basePath();
    for (Post post : site.posts()) {
      for (String alias : post.aliases()) {
        redirects.add(new Redirect(base + alias.substring(1), urls.href(post.outputPath())));
      }
    }
    for (Page page : site.pages()) {
      for (String alias : page.aliases()) {
        redirects.add(new Redirect(base + alias.substring(1), urls.href(page.outputPath())));
      }
    }
    Map<String, byte[]> files = new TreeMap<>();
    ServerRedirects.files(
            site.config().redirects(),
            redirects,
            name -> {
              Path own = staticDir.resolve(name);
              return Files.isRegularFile(own)
                  ? SourceFiles.readUtf8("write", own, sourceDir.relativize(own))
                  : "";
            })
        .forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  /**
   * Writes {@code sitemap.xml} (only with a base URL: it needs absolute URLs) and {@code
   * robots.txt}, except where the blog's {@code static/} has its own, which then wins.
   */
  private void writeSitemap(Site site, SiteUrls urls, Set<String> published) {
    if (site.config().baseUrl().isEmpty()) {
      if (!published.contains(OutputPaths.ROBOTS)) {
        output.write(OutputPaths.ROBOTS, Sitemap.robots(""));
      }
      return;
    }
    List<Sitemap.Entry> entries = new ArrayList<>();
    String newest =
        site.posts().stream()
            .map(post -> post.modified().toLocalDate())
            .max(Comparator.naturalOrder())
            .map(Object::toString)
            .orElse("");
    entries.add(new Sitemap.Entry(urls.absolute(OutputPaths.HOME), newest));
    for (Post post : site.posts()) {
      entries.add(
          new Sitemap.Entry(
              urls.absolute(post.outputPath()), post.modified().toLocalDate().toString()));
    }
    claims
        .all()
        .forEach(
            (path, origin) -> {
              boolean listing = origin.startsWith("category ") || origin.startsWith("tag ");
              if (origin.startsWith("page ") || listing && !path.contains("/page/")) {
                entries.add(new Sitemap.Entry(urls.absolute(path), ""));
              }
            });
    if (!published.contains(OutputPaths.SITEMAP)) {
      output.write(OutputPaths.SITEMAP, Sitemap.xml(entries));
    }
    if (!published.contains(OutputPaths.ROBOTS)) {
      output.write(OutputPaths.ROBOTS, Sitemap.robots(urls.absolute(OutputPaths.SITEMAP)));
    }
  }

  /**
   * Publishes an image beside the posts without the metadata that says where it was taken, like
   * every other published image. One whose structure cannot be followed is left out with a warning:
   * it is never published raw.
   */
  private void publishImage(Asset image, String outputPath) {
    String identity = identity(image.source());
    boolean same = images.lookup(outputPath).filter(identity::equals).isPresent();
    images.record(outputPath, identity);
    if (same && output.keep(outputPath)) {
      return;
    }
    try {
      output.write(outputPath, LocationStripper.strip(image.source()));
    } catch (IOException | RuntimeException e) {
      warn.accept(
          sourceDir.relativize(image.source()).toString().replace('\\', '/')
              + ": cannot be read as an image ("
              + e.getMessage()
              + "), so it is not published");
    }
  }

  /** Which version of a file this is, without reading it: stripping is what costs. */
  private static String identity(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      // Unreadable: never equal to anything, so the stripping runs and says why.
      return "unreadable " + System.nanoTime();
    }
  }

  private List<Path> list(Path dir) {
    try {
      return BlogFiles.of(sourceDir).list(dir, p -> p.toString().startsWith("."), warn);
    } catch (IOException | UncheckedIOException e) {
      warn.accept("cannot list " + dir + ": " + e.getMessage());
      return List.of();
    }
  }
}
