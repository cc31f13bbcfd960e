package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.RedirectFormat;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.feed.Feed;
import io.sitegen.generator.feed.FeedEntryMemo;
import io.sitegen.generator.feed.FeedWriter;
import io.sitegen.generator.feed.JsonFeedWriter;
import io.sitegen.generator.feed.SiteFeeds;
import io.sitegen.generator.gallery.LocationStripper;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.internal.BlogFiles;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.Asset;
import io.sitegen.generator.model.ImageVariant;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Photo;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.redirect.Redirect;
import io.sitegen.generator.redirect.ServerRedirects;
import io.sitegen.generator.render.PageJob;
import io.sitegen.generator.render.PagePlan;
import io.sitegen.generator.render.TemplateEngine;
import io.sitegen.generator.render.Theme;
import io.sitegen.generator.render.Views;
import io.sitegen.generator.render.view.TagView;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.Sitemap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The render and write stages: renders every page in parallel into the staging output, then copies
 * the theme's, the blog's and the post folders' files and writes the sitemap.
 */
final class SiteRenderer {

  private static final String ROBOTS = "robots.txt";
  private static final String SITEMAP = "sitemap.xml";

  private final TemplateEngine templates;
  private final OutputFolder output;
  private final Path sourceDir;
  private final Consumer<String> warn;
  private final Map<String, String> pageOrigins = new HashMap<>();
  private final RenderMemo pageMemo;
  private final RenderMemo feedMemo;
  private final RenderMemo imageMemo;
  private final FeedEntryMemo feedEntries;
  private final AtomicInteger pagesRendered = new AtomicInteger();
  private final AtomicInteger feedsRendered = new AtomicInteger();

  /**
   * @param memory what earlier builds of a preview made, to keep what would come out the same
   */
  SiteRenderer(
      TemplateEngine templates,
      OutputFolder output,
      Path sourceDir,
      Consumer<String> warn,
      BuildMemory memory) {
    this.templates = templates;
    this.output = output;
    this.sourceDir = sourceDir;
    this.warn = warn;
    this.pageMemo = memory.pages();
    this.feedMemo = memory.feeds();
    this.imageMemo = memory.images();
    this.feedEntries = memory.feedEntries();
  }

  /** Pages rendered so far; the others were kept from the previous build. */
  int pagesRendered() {
    return pagesRendered.get();
  }

  /** Feed files written so far; the others were kept from the previous build. */
  int feedsRendered() {
    return feedsRendered.get();
  }

  /** Renders every page; returns how many the site has. */
  int renderPages(Site site, List<Listing> listings, Views views) {
    List<PageJob> jobs = PagePlan.of(site, listings, views);
    List<Problem> clashes = new ArrayList<>();
    for (PageJob job : jobs) {
      String other = pageOrigins.putIfAbsent(job.outputPath(), job.origin());
      if (other != null) {
        clashes.add(clash(job.outputPath(), job.origin(), other));
      }
    }
    clashes.addAll(folderClashes());
    if (!clashes.isEmpty()) {
      throw new BuildException("render", clashes);
    }
    boolean redirectPages = site.config().redirects().contains(RedirectFormat.HTML);
    inParallel(
        jobs,
        job -> {
          // Alias pages are planned whatever the format, so an alias clashing with a page stops
          // the build (a server rule would otherwise hide the page, or loop); written only as
          // asked.
          if (!redirectPages && job.template().equals(PagePlan.REDIRECT_TEMPLATE)) {
            return;
          }
          // A page whose file is gone from the output folder is rendered again.
          if (pageMemo.unchanged(job.outputPath(), job) && output.keep(job.outputPath())) {
            return;
          }
          output.write(
              job.outputPath(), templates.render(job.template(), job.context(), job.origin()));
          pagesRendered.incrementAndGet();
        });
    return jobs.size();
  }

  /**
   * Writes RSS and Atom feeds of the whole blog, every category, every tag and the comments;
   * returns how many files. A site without a base URL gets none: feeds need absolute links.
   */
  int renderFeeds(Site site, List<Listing> listings, Views views) {
    if (site.config().baseUrl().isEmpty()) {
      return 0;
    }
    SiteFeeds feeds = new SiteFeeds(site, views::absolute, feedEntries);
    String title = site.config().title();
    List<Feed> all = new ArrayList<>();
    for (Listing listing : listings) {
      switch (listing.kind()) {
        case HOME -> all.add(feeds.of(listing, title, site.config().description()));
        case CATEGORY ->
            all.add(feeds.of(listing, title + " — " + listing.key(), "Posts in " + listing.key()));
        case TAG -> {
          TagView tag = views.tag(listing.key());
          String description =
              tag.description().isEmpty() ? "Posts tagged " + tag.title() : tag.description();
          all.add(feeds.of(listing, title + " — tagged " + tag.title(), description));
        }
        default -> {}
      }
    }
    all.add(feeds.comments());
    feedEntries.endBuild();
    List<Problem> clashes = new ArrayList<>();
    for (Feed feed : all) {
      for (String name : List.of(Feed.RSS, Feed.ATOM, Feed.JSON)) {
        String other = pageOrigins.putIfAbsent(feed.path(name), "feed " + feed.title());
        if (other != null) {
          clashes.add(clash(feed.path(name), "feed " + feed.title(), other));
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new BuildException("feeds", clashes);
    }
    SiteConfig config = site.config();
    FeedWriter writer =
        new FeedWriter(config.baseUrl().orElseThrow(), config.language(), config.timezone());
    JsonFeedWriter jsonWriter =
        new JsonFeedWriter(config.baseUrl().orElseThrow(), config.language(), config.timezone());
    inParallel(
        all,
        feed -> {
          if (feedMemo.unchanged(feed.path(Feed.RSS), feed)
              && output.keep(feed.path(Feed.RSS))
              && output.keep(feed.path(Feed.ATOM))
              && output.keep(feed.path(Feed.JSON))) {
            return;
          }
          output.write(feed.path(Feed.RSS), writer.rss(feed));
          output.write(feed.path(Feed.ATOM), writer.atom(feed));
          output.write(feed.path(Feed.JSON), jsonWriter.json(feed));
          feedsRendered.addAndGet(3);
        });
    return all.size() * 3;
  }

  /**
   * Copies the theme's static files, then the blog's {@code static/} (which may replace them), then
   * the files beside the posts; writes {@code sitemap.xml} and {@code robots.txt}. Returns the
   * number of files copied.
   */
  int copyFiles(Site site, Views views, Map<String, Path> images) {
    // Only the images of photos still in an album: one a post shows is the post's, not the album's.
    Set<String> shown = new HashSet<>();
    for (Album album : site.albums()) {
      for (Photo photo : album.photos()) {
        for (ImageVariant v : List.of(photo.thumbnail(), photo.thumbnail2x(), photo.web())) {
          shown.add(v.outputPath());
        }
        photo.original().ifPresent(shown::add);
      }
    }
    Map<String, Object> files = new TreeMap<>();
    images.forEach(
        (path, file) -> {
          if (shown.contains(path)) {
            files.put(path, file);
          }
        });
    new Theme(SiteRenderer.class.getClassLoader()).forEachStaticFile(files::put);
    Path staticDir = sourceDir.resolve("static");
    if (Files.isDirectory(staticDir)) {
      for (Path file : list(staticDir)) {
        files.put(staticDir.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    files.putAll(redirectFiles(site, views, staticDir));
    List<Problem> clashes = new ArrayList<>();
    for (Asset asset : site.assets()) {
      // Images are stripped later, in parallel, and in a preview only when they changed.
      Object published = LocationStripper.handles(asset.source()) ? asset : asset.source();
      Object other = files.put(asset.outputPath(), published);
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
    inParallel(
        List.copyOf(files.entrySet()),
        e -> {
          if (e.getValue() instanceof Path source) {
            output.copy(source, e.getKey());
          } else if (e.getValue() instanceof Asset image) {
            publishImage(image, e.getKey());
          } else {
            output.write(e.getKey(), (byte[]) e.getValue());
          }
        });
    writeSitemap(site, views, files.keySet());
    return files.size();
  }

  /**
   * The server rule files of the formats {@code site.yaml} asks for. A file of the same name in the
   * blog's {@code static/} is kept at the top, so its own rules still come first.
   */
  private Map<String, byte[]> redirectFiles(Site site, Views views, Path staticDir) {
    List<Redirect> redirects = new ArrayList<>();
    String base = site.config().basePath();
    for (Post post : site.posts()) {
      for (String alias : post.aliases()) {
        redirects.add(new Redirect(base + alias.substring(1), views.href(post.outputPath())));
      }
    }
    for (Page page : site.pages()) {
      for (String alias : page.aliases()) {
        redirects.add(new Redirect(base + alias.substring(1), views.href(page.outputPath())));
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
  private void writeSitemap(Site site, Views views, Set<String> copied) {
    if (site.config().baseUrl().isEmpty()) {
      if (!copied.contains(ROBOTS)) {
        output.write(ROBOTS, Sitemap.robots(""));
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
    entries.add(new Sitemap.Entry(views.absolute("index.html"), newest));
    for (Post post : site.posts()) {
      entries.add(
          new Sitemap.Entry(
              views.absolute(post.outputPath()), post.modified().toLocalDate().toString()));
    }
    for (String path : new TreeMap<>(pageOrigins).keySet()) {
      String origin = pageOrigins.get(path);
      if (origin.startsWith("page ")) {
        entries.add(new Sitemap.Entry(views.absolute(path), ""));
      } else if (origin.startsWith("category ") || origin.startsWith("tag ")) {
        if (!path.contains("/page/")) {
          entries.add(new Sitemap.Entry(views.absolute(path), ""));
        }
      }
    }
    if (!copied.contains(SITEMAP)) {
      output.write(SITEMAP, Sitemap.xml(entries));
    }
    if (!copied.contains(ROBOTS)) {
      output.write(ROBOTS, Sitemap.robots(views.absolute(SITEMAP)));
    }
  }

  /**
   * Runs {@code work} on every item on all cores and returns only when every task has ended. A
   * parallel stream rethrows the first failure while other tasks still write, and the staging
   * folder would be deleted under their feet; here the first failure stops the tasks not yet
   * started, and is rethrown once all have stopped.
   */
  private static <T> void inParallel(List<T> items, Consumer<T> work) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    items.parallelStream()
        .forEach(
            item -> {
              if (failure.get() != null) {
                return;
              }
              try {
                work.accept(item);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /**
   * Publishes an image beside the posts without the metadata that says where it was taken, like
   * every other published image. One whose structure cannot be followed is left out with a warning:
   * it is never published raw.
   */
  private void publishImage(Asset image, String outputPath) {
    if (imageMemo.unchanged(outputPath, identity(image.source())) && output.keep(outputPath)) {
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

  /**
   * Pages whose path runs through another page's file ({@code diary/a.html/old/index.html} below
   * {@code diary/a.html}): one would have to be a file and a folder at once.
   */
  private List<Problem> folderClashes() {
    List<Problem> clashes = new ArrayList<>();
    for (Map.Entry<String, String> page : new TreeMap<>(pageOrigins).entrySet()) {
      String path = page.getKey();
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        String folder = path.substring(0, slash);
        if (pageOrigins.containsKey(folder)) {
          clashes.add(
              clash(folder, pageOrigins.get(folder), page.getValue() + " (a page below it)"));
        }
      }
    }
    return clashes;
  }

  private static Problem clash(String path, String one, String other) {
    return Problem.general(
        "two things want to be /" + path + ": " + one + " and " + other,
        "Rename one of them (a category folder named like a year, 'tags' or 'page' can clash too)");
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
