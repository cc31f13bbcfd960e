package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.ConfigLoader;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.content.CommentLoader;
import io.sitegen.generator.content.CommentSource;
import io.sitegen.generator.content.LoadedContent;
import io.sitegen.generator.content.PageLoader;
import io.sitegen.generator.content.PostLoader;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.content.TagsLoader;
import io.sitegen.generator.feed.FeedStage;
import io.sitegen.generator.gallery.Galleries;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.index.Listings;
import io.sitegen.generator.internal.Counts;
import io.sitegen.generator.internal.Fingerprint;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.markdown.MarkdownRenderer;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.model.TagInfo;
import io.sitegen.generator.related.RelatedPosts;
import io.sitegen.generator.render.PageRenderer;
import io.sitegen.generator.render.TemplateEngine;
import io.sitegen.generator.render.Theme;
import io.sitegen.generator.render.Views;
import io.sitegen.generator.search.SearchDocument;
import io.sitegen.generator.search.SearchIndex;
import io.sitegen.generator.write.Changes;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.PathClaims;
import io.sitegen.generator.write.WriteStage;
import io.sitegen.generator.write.Written;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One build, stage by stage. The order matters: templates are compiled in configure so a syntax
 * error fails before any work; every listing and view is computed once before render; the output
 * folder is swapped in only after everything is written.
 */
public final class BuildPipeline {

  private final BuildOptions options;
  private final BuildListener listener;
  private final StageTimer timer;
  private final List<String> warnings = new ArrayList<>();
  private final BuildMemory memory;

  public BuildPipeline(BuildOptions options, BuildListener listener) {
    this(options, listener, BuildMemory.oneOff(options));
  }

  /**
   * @param memory what earlier builds of the same blog left to reuse (a preview's), or nothing
   */
  BuildPipeline(BuildOptions options, BuildListener listener, BuildMemory memory) {
    this.options = options;
    this.listener = listener;
    this.timer = new StageTimer(listener);
    this.memory = memory;
  }

  /** The engines and settings every later stage uses. */
  record Configured(SiteConfig config, TemplateEngine templates, MarkdownRenderer markdown) {}

  /** What the write stage copied, and what the whole build changed in the output folder. */
  private record Committed(Written copied, Changes changes) {}

  /** What render needs: the site, its listings and its views. */
  private record Indexed(List<Listing> listings, Views views) {}

  public BuildResult run() {
    try {
      return stages();
    } catch (RuntimeException e) {
      memory.failed();
      throw e;
    }
  }

  private BuildResult stages() {
    // With the build cache: a blog whose inputs are all as the last build read them, into an
    // output folder as that build left it, is built already; nothing is compiled, read or written.
    Optional<BuildCache.Last> last =
        memory.cached()
            ? timer.run(
                "inputs",
                memory::unchanged,
                l ->
                    l.isPresent()
                        ? "unchanged since the last build, "
                            + Counts.of(memory.outputFiles(), "file")
                            + " kept in "
                            + options.outputDir()
                        : "changed since the last build, or no build cache")
            : Optional.empty();
    if (last.isPresent()) {
      last.get().warnings().forEach(this::warn);
      failIfStrict();
      return new BuildResult(
          options.outputDir(),
          last.get().posts(),
          0,
          0,
          last.get().copied(),
          0,
          // Every photo's derived images are in the output folder already.
          last.get().photos(),
          0,
          memory.outputFiles(),
          0,
          timer.timings(),
          warnings);
    }
    Warned<Configured> configuring =
        reused(memory.configured())
            .orElseGet(
                () ->
                    timer.run(
                        "configure",
                        () -> Warned.of(this::warn, this::configure),
                        c -> describe(c.value())));
    Configured configured = configuring.value();
    // Handed over to process, not held: every post's Markdown is garbage once it is HTML, and in
    // a large blog it is a tenth of the heap the later stages need.
    AtomicReference<LoadedContent> loaded =
        new AtomicReference<>(timer.run("load", () -> load(configured.config()), this::describe));
    Optional<Instant> firstFuture = loaded.get().firstFuture();
    // Photos before process: a photo that fails to decode leaves its album before pages use it.
    Warned<Galleries.Result> photographed =
        reused(memory.photos())
            .orElseGet(
                () ->
                    timer.run(
                        "photos",
                        () -> Warned.of(this::warn, w -> photos(configured.config(), w)),
                        p -> describe(p.value())));
    Galleries.Result photos = photographed.value();
    Site site =
        timer.run(
            "process",
            () ->
                new PostProcessor(
                        configured.config(),
                        configured.markdown(),
                        this::warn,
                        memory.bodies,
                        memory.comments)
                    .process(loaded.getAndSet(null), photos.albums()),
            s ->
                Counts.of(s.posts().size(), "post")
                    + " from Markdown, "
                    + Counts.of(s.tags().size(), "tag"));
    Indexed indexed = timer.run("index", () -> index(site), this::describe);
    // Files go to a staging folder (with the build cache, only those whose bytes changed); the
    // site changes only at the commit, after everything is written.
    try (OutputFolder output = memory.output(this::warn)) {
      // Pages, feeds and copied files claim their paths, so no two things take one.
      PathClaims claims = new PathClaims();
      // One per stage: each post's view is hashed once, however many pages show it, and what it
      // holds (every value it hashed, so every page's inputs) is garbage after the stage.
      Written pages =
          timer.run(
              "render",
              () ->
                  new PageRenderer(
                          configured.templates(), output, claims, memory.pages, new Fingerprint())
                      .render(site, indexed.listings(), indexed.views()),
              n -> partly(n, "pages"));
      Written feeds =
          timer.run(
              "feeds",
              () ->
                  new FeedStage(output, claims, memory.feeds, memory.feedEntries, new Fingerprint())
                      .write(site, indexed.listings(), indexed.views().urls()),
              n ->
                  n.files() == 0
                      ? "none (no baseUrl)"
                      : partly(n, "files") + " (RSS, Atom and JSON Feed)");
      if (site.config().search()) {
        timer.run(
            "search",
            () -> writeSearchIndex(site, indexed.views(), output),
            n ->
                Counts.of(n, "index file")
                    + ", "
                    + Counts.of(site.posts().size(), "post")
                    + ", "
                    + Counts.of(site.pages().size(), "page"));
      }
      Committed written =
          timer.run(
              "write",
              () -> {
                Written copied =
                    new WriteStage(output, claims, options.sourceDir(), this::warn, memory.images)
                        .write(site, indexed.views().urls(), photos.files(), themeFiles());
                failIfStrict();
                return new Committed(copied, output.commit());
              },
              this::describe);
      Changes changes = written.changes();
      BuildResult result =
          new BuildResult(
              options.outputDir(),
              site.posts().size(),
              pages.written(),
              feeds.written(),
              written.copied().files(),
              photos.processed(),
              photos.reused(),
              changes.written(),
              changes.unchanged(),
              changes.deleted(),
              timer.timings(),
              warnings);
      memory.built(configuring, photographed, result, firstFuture);
      return result;
    }
  }

  /**
   * Writes the search index; a preview's output keeps every file whose bytes are unchanged, so an
   * edit rewrites only the index files it touches.
   */
  private static int writeSearchIndex(Site site, Views views, OutputFolder output) {
    List<Post> posts = site.posts();
    // Oldest first: a new post gets the next number and leaves the others' files alone; pages
    // come last, since a new one is rarer than a new post.
    List<SearchDocument> documents =
        new ArrayList<>(
            IntStream.range(0, posts.size())
                .parallel()
                .mapToObj(i -> posts.get(posts.size() - 1 - i))
                .map(post -> SearchDocument.ofPost(post, views.href(post.outputPath())))
                .toList());
    for (Page page : site.pages()) {
      documents.add(SearchDocument.ofPage(page, views.href(page.outputPath())));
    }
    Map<String, byte[]> files = SearchIndex.files(documents);
    files.forEach(output::write);
    return files.size();
  }

  private LoadedContent load(SiteConfig config) {
    LoadedContent content =
        new PostLoader(config.timezone(), this::warn, memory.postSources)
            .load(
                options.sourceDir(),
                options.includeDrafts(),
                options.includeFuture(),
                options.now());
    Map<String, TagInfo> tags = new TagsLoader().load(options.sourceDir(), this::warn);
    Set<Path> published =
        content.posts().stream().map(PostSource::source).collect(Collectors.toSet());
    List<CommentSource> comments =
        new CommentLoader(config.timezone(), this::warn).load(options.sourceDir(), published);
    PageLoader.Loaded pages =
        new PageLoader(config.timezone(), this::warn)
            .load(options.sourceDir(), options.includeDrafts());
    return content.with(tags, comments).with(pages);
  }

  /** A stage's result the memory kept, its warnings given again; empty when it kept none. */
  private <T> Optional<Warned<T>> reused(Warned<T> kept) {
    Optional<Warned<T>> result = Optional.ofNullable(kept);
    result.ifPresent(k -> k.reuse(this::warn));
    return result;
  }

  private Galleries.Result photos(SiteConfig config, Consumer<String> warn) {
    return new Galleries(
            config.gallery(),
            options.cacheDir(),
            warn,
            progress -> listener.onEvent(BuildEvent.info(progress)))
        .build(options.sourceDir());
  }

  /** With --strict every warning is an error; checked before the new site replaces the old. */
  private void failIfStrict() {
    if (options.strict() && !warnings.isEmpty()) {
      throw new BuildException(
          "write", warnings.stream().map(w -> Problem.general(w, "")).toList());
    }
  }

  private Configured configure(Consumer<String> warn) {
    SiteConfig config = new ConfigLoader().load(options.sourceDir(), options.baseUrl(), warn);
    if (config.baseUrl().isEmpty()) {
      // A new user's first build usually has no site.yaml at all: say that, not "has no baseUrl".
      warn.accept(
          (Files.isRegularFile(options.sourceDir().resolve(ConfigLoader.FILE_NAME))
                  ? "site.yaml has no baseUrl"
                  : "there is no site.yaml (every setting has its default) and no baseUrl")
              + ", so sitemap.xml is not written and links in feeds cannot be absolute: add"
              + " 'baseUrl: https://your.host/' to site.yaml, or pass the base URL to the build");
    }
    TemplateEngine templates =
        new TemplateEngine(
            options.sourceDir().resolve("templates"),
            new Theme(BuildPipeline.class.getClassLoader()));
    templates.compileAll();
    return new Configured(
        config, templates, MarkdownRenderer.forPosts(memory.highlighter(), config.lineNumbers()));
  }

  private Indexed index(Site site) {
    List<Listing> listings = Listings.of(site.posts());
    List<RelatedPosts.Entry> entries =
        site.posts().stream()
            .map(p -> new RelatedPosts.Entry(p.tags(), p.category().relative(), p.date()))
            .toList();
    RelatedPosts related = RelatedPosts.build(entries, site.config().relatedPosts());
    return new Indexed(listings, new Views(site, listings, related));
  }

  private void warn(String message) {
    warnings.add(message);
    listener.onEvent(BuildEvent.warning(message));
  }

  private String describe(Configured c) {
    return "site \"" + c.config().title() + "\", permalinks " + c.config().permalink().pattern();
  }

  private String describe(LoadedContent content) {
    StringBuilder text = new StringBuilder();
    text.append(Counts.of(content.posts().size(), "post"))
        .append(", ")
        .append(Counts.of(content.pages().size(), "page"))
        .append(", ")
        .append(Counts.of(content.assets().size(), "other file"));
    if (content.draftsSkipped() > 0) {
      text.append(", ").append(Counts.of(content.draftsSkipped(), "draft")).append(" left out");
    }
    if (content.futureSkipped() > 0) {
      text.append(", ")
          .append(Counts.of(content.futureSkipped(), "future post"))
          .append(" left out");
    }
    return text.toString();
  }

  /** {@code 230 pages}, or in a preview {@code 6 of 230 pages, the rest unchanged}. */
  private static String partly(Written written, String nouns) {
    return written.written() == written.files()
        ? written.files() + " " + nouns
        : written.written() + " of " + written.files() + " " + nouns + ", the rest unchanged";
  }

  /** The theme's static files, by output path. */
  private static Map<String, byte[]> themeFiles() {
    Map<String, byte[]> files = new TreeMap<>();
    new Theme(BuildPipeline.class.getClassLoader()).forEachStaticFile(files::put);
    return files;
  }

  private String describe(Galleries.Result photos) {
    int count = photos.albums().stream().mapToInt(a -> a.photos().size()).sum();
    return Counts.of(photos.albums().size(), "album")
        + ", "
        + Counts.of(count, "photo")
        + ": "
        + photos.processed()
        + " processed, "
        + photos.reused()
        + " from the cache"
        + (photos.skipped() > 0 ? ", " + photos.skipped() + " left out" : "");
  }

  private String describe(Committed written) {
    Changes changes = written.changes();
    return Counts.of(written.copied().files(), "file")
        + " copied; "
        + Counts.of(changes.written(), "file")
        + " written, "
        + changes.unchanged()
        + " unchanged"
        + (changes.deleted() > 0 ? ", " + changes.deleted() + " deleted" : "")
        + "; site in "
        + options.outputDir();
  }

  private String describe(Indexed indexed) {
    long categories =
        indexed.listings().stream().filter(l -> l.kind() == Listing.Kind.CATEGORY).count();
    return indexed.listings().size() + " listings (" + categories + " categories), related posts";
  }
}
