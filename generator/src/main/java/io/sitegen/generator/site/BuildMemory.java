package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.content.PostLoader;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.feed.FeedEntry;
import io.sitegen.generator.feed.SiteFeeds;
import io.sitegen.generator.gallery.Galleries;
import io.sitegen.generator.highlight.CodeHighlighter;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.write.LiveOutput;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.SiteOutput;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one build leaves for the next build of the same blog in the same JVM. A one-off build keeps
 * nothing and writes a fresh output folder; a preview keeps the engines, parsed and processed
 * posts, the inputs of every page, and the photos, and updates its output folder in place. Every
 * memo commits when a build succeeds and abandons what a failed build recorded; the engines and
 * photos are dropped by {@link LiveBuild} when a change makes them stale.
 */
final class BuildMemory {

  private final BuildOptions options;
  private final LiveOutput live;
  private final CodeHighlighter highlighter;

  /** Parsed posts, by file text. */
  final Memo<PostLoader.Text, Warned<PostSource>> postSources;

  /** Processed posts (Markdown rendered, HTML fixed up), by their inputs. */
  final Memo<PostProcessor.Inputs, Warned<Post>> posts;

  /** Each page's inputs, by output path. */
  final Memo<String, Object> pages;

  /** Each feed, by the path of its RSS file. */
  final Memo<String, Object> feeds;

  /** Feed entries, by what they are made from. */
  final Memo<SiteFeeds.EntryInputs, FeedEntry> feedEntries;

  /** Images beside the posts, by file size and time: stripping their metadata is costly. */
  final Memo<String, Object> images;

  private Warned<BuildPipeline.Configured> configured;
  private Warned<Galleries.Result> photos;

  private BuildMemory(BuildOptions options, LiveOutput live, CodeHighlighter highlighter) {
    this.options = options;
    this.live = live;
    this.highlighter = highlighter;
    this.postSources = memo();
    this.posts = memo();
    this.pages = memo();
    this.feeds = memo();
    this.feedEntries = memo();
    this.images = memo();
  }

  private <K, V> Memo<K, V> memo() {
    return live == null ? Memo.none() : Memo.keeping();
  }

  /** For a one-off build. */
  static BuildMemory none(BuildOptions options) {
    return new BuildMemory(options, null, new CodeHighlighter());
  }

  /**
   * For the builds of a preview, which all write into {@code live} and highlight code with {@code
   * highlighter} (the preview's, kept across memories).
   */
  static BuildMemory keeping(BuildOptions options, LiveOutput live, CodeHighlighter highlighter) {
    return new BuildMemory(options, live, highlighter);
  }

  /**
   * @param warn told when the output folder cannot be swapped whole
   */
  OutputFolder output(Consumer<String> warn) {
    return live == null
        ? SiteOutput.open(options.outputDir(), options.sourceDir(), warn)
        : live.begin();
  }

  /** A build succeeded and its files are in the output folder. */
  void built(Warned<BuildPipeline.Configured> configured, Warned<Galleries.Result> photos) {
    if (live != null) {
      this.configured = configured;
      this.photos = photos;
    }
    memos().forEach(Memo::commit);
  }

  /** A build failed: its output was dropped, so nothing it made may be taken as written. */
  void failed() {
    memos().forEach(Memo::abandon);
  }

  private List<Memo<?, ?>> memos() {
    return List.of(postSources, posts, pages, feeds, feedEntries, images);
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
