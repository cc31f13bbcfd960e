package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.feed.FeedEntry;
import io.sitegen.generator.feed.SiteFeeds;
import io.sitegen.generator.gallery.Galleries;
import io.sitegen.generator.highlight.CodeHighlighter;
import io.sitegen.generator.html.ProcessedBody;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.write.LiveOutput;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.SiteOutput;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one build leaves for the next build of the same blog. A preview keeps, in its JVM, the
 * engines, parsed and processed posts, the inputs of every page, and the photos, and updates its
 * output folder in place. A one-off build with the build cache reads the part that is cheap to read
 * from disk and writes it back when it succeeds ({@link BuildCache}), and updates its output folder
 * in place too; without the cache it keeps nothing and writes a fresh output folder. Every memo
 * commits when a build succeeds and abandons what a failed build recorded; the engines and photos
 * are dropped by {@link LiveBuild} when a change makes them stale.
 */
final class BuildMemory {

  private final BuildOptions options;
  private final boolean preview;
  private final CodeHighlighter highlighter;
  private final BuildCache cache;
  private LiveOutput live;

  /** The blog's input files as the build found them; empty without the cache or before. */
  private Optional<String> inputs = Optional.empty();

  /** Parsed posts, by the fingerprint of their file's path and text. */
  final Memo<String, Warned<PostSource>> postSources;

  /** Processed post bodies (Markdown rendered, HTML fixed up), by their inputs. */
  final Memo<String, Warned<ProcessedBody>> bodies;

  /** Comments rendered and sanitised, by their inputs. */
  final Memo<String, String> comments;

  /** The fingerprint of each page's inputs, by output path. */
  final Memo<String, String> pages;

  /** The fingerprint of each feed's inputs, by the path of its RSS file. */
  final Memo<String, String> feeds;

  /** Feed entries, by what they are made from. */
  final Memo<SiteFeeds.EntryInputs, FeedEntry> feedEntries;

  /** Images beside the posts, by file size and time: stripping their metadata is costly. */
  final Memo<String, String> images;

  private Warned<BuildPipeline.Configured> configured;
  private Warned<Galleries.Result> photos;

  private BuildMemory(
      BuildOptions options, LiveOutput live, CodeHighlighter highlighter, BuildCache cache) {
    this.options = options;
    this.live = live;
    this.preview = live != null;
    this.highlighter = highlighter;
    this.cache = cache;
    this.postSources = cache == null ? memo() : cache.postSources();
    this.feedEntries = memo();
    this.bodies = cache == null ? memo() : cache.bodies();
    this.comments = cache == null ? memo() : cache.comments();
    this.pages = cache == null ? memo() : cache.pages();
    this.feeds = cache == null ? memo() : cache.feeds();
    this.images = cache == null ? memo() : cache.images();
  }

  private <K, V> Memo<K, V> memo() {
    return preview ? Memo.keeping() : Memo.none();
  }

  /** For a one-off build: with the build cache when the options ask for it. */
  static BuildMemory oneOff(BuildOptions options) {
    return new BuildMemory(
        options,
        null,
        new CodeHighlighter(),
        options.incremental() ? BuildCache.open(options) : null);
  }

  /**
   * For the builds of a preview, which all write into {@code live} and highlight code with {@code
   * highlighter} (the preview's, kept across memories).
   */
  static BuildMemory keeping(BuildOptions options, LiveOutput live, CodeHighlighter highlighter) {
    return new BuildMemory(options, live, highlighter, null);
  }

  /**
   * What the last build did, when it is what this build would do: with the build cache, every input
   * file as that build read it, no post it left out for the future due yet, and the output folder
   * holding every file as it left them and no other.
   */
  Optional<BuildCache.Last> unchanged() {
    if (cache == null) {
      return Optional.empty();
    }
    // Taken before anything is read: a file changed during the build shows as changed next time.
    inputs = BuildCache.inputs(options.sourceDir());
    if (inputs.isEmpty()) {
      return Optional.empty();
    }
    Optional<BuildCache.Last> last =
        cache
            .last()
            .filter(l -> l.inputs().equals(inputs.get()))
            .filter(
                l ->
                    l.validUntil().isEmpty()
                        || options.now().isBefore(Instant.parse(l.validUntil())));
    if (last.isEmpty() || !Files.isRegularFile(options.outputDir().resolve(SiteOutput.MARKER))) {
      return Optional.empty();
    }
    Map<String, LiveOutput.Recorded> recorded = cache.output();
    live = LiveOutput.open(options.outputDir(), options.sourceDir(), recorded);
    return live.published().equals(recorded) ? last : Optional.empty();
  }

  /**
   * @param warn told when the output folder cannot be swapped whole
   */
  /** Whether this build keeps its memory on disk. */
  boolean cached() {
    return cache != null;
  }

  /** Files the output folder holds, as {@link #unchanged} found them. */
  int outputFiles() {
    return live == null ? 0 : live.published().size();
  }

  OutputFolder output(Consumer<String> warn) {
    if (cache != null && live == null) {
      live = LiveOutput.open(options.outputDir(), options.sourceDir(), cache.output());
    }
    return live == null
        ? SiteOutput.open(options.outputDir(), options.sourceDir(), warn)
        : live.begin();
  }

  /**
   * A build succeeded and its files are in the output folder; with the cache, it is written.
   *
   * @param firstFuture when the first post left out as future is due
   */
  void built(
      Warned<BuildPipeline.Configured> configured,
      Warned<Galleries.Result> photos,
      BuildResult result,
      Optional<Instant> firstFuture) {
    if (preview) {
      this.configured = configured;
      this.photos = photos;
    }
    memos().forEach(Memo::commit);
    if (cache != null && inputs.isPresent()) {
      cache.save(
          List.of(
              Map.entry(BuildCache.PAGES, pages),
              Map.entry(BuildCache.FEEDS, feeds),
              Map.entry(BuildCache.IMAGES, images),
              Map.entry(BuildCache.COMMENTS, comments)),
          bodies,
          postSources,
          live.published(),
          new BuildCache.Last(
              inputs.get(),
              result.posts(),
              result.filesCopied(),
              result.imagesProcessed() + result.imagesReused(),
              firstFuture.map(Instant::toString).orElse(""),
              result.warnings()));
    }
  }

  /** A build failed: its output was dropped, so nothing it made may be taken as written. */
  void failed() {
    memos().forEach(Memo::abandon);
  }

  private List<Memo<?, ?>> memos() {
    return List.of(postSources, bodies, comments, pages, feeds, feedEntries, images);
  }

  /**
   * Templates changed: compile them again, which renders every page (the pages' memo is versioned
   * by the engine), from the same posts.
   */
  void forgetTemplates() {
    configured = null;
  }

  /** Photos changed: run the photo stage again (its disk cache keeps unchanged images cheap). */
  void forgetPhotos() {
    photos = null;
  }

  /** The engines and settings, with the warnings reading site.yaml gave; null when forgotten. */
  Warned<BuildPipeline.Configured> configured() {
    return configured;
  }

  CodeHighlighter highlighter() {
    return highlighter;
  }

  /** The photo stage's result with its warnings; null when forgotten. */
  Warned<Galleries.Result> photos() {
    return photos;
  }
}
