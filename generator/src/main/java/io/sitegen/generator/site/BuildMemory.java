package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.content.PostCache;
import io.sitegen.generator.feed.FeedEntryMemo;
import io.sitegen.generator.gallery.Galleries;
import io.sitegen.generator.highlight.CodeHighlighter;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.write.LiveOutput;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.SiteOutput;
import java.util.function.Consumer;

/**
 * What one build leaves for the next build of the same blog in the same JVM. A one-off build keeps
 * nothing and writes a fresh output folder; a preview keeps the engines, parsed and processed
 * posts, the inputs of every page, and the photos, and updates its output folder in place. Each
 * part is dropped by {@link LiveBuild} when a change makes it stale.
 */
final class BuildMemory {

  private final BuildOptions options;
  private final LiveOutput live;
  private final PostCache postSources;
  private final PostMemo posts;
  private final RenderMemo pages;
  private final RenderMemo feeds;
  private final RenderMemo images;
  private final FeedEntryMemo feedEntries;
  private final CodeHighlighter highlighter;
  private Warned<BuildPipeline.Configured> configured;
  private Warned<Galleries.Result> photos;

  private BuildMemory(BuildOptions options, LiveOutput live, CodeHighlighter highlighter) {
    this.options = options;
    this.live = live;
    this.highlighter = highlighter;
    boolean keep = live != null;
    this.postSources = keep ? new PostCache() : null;
    this.posts = keep ? PostMemo.enabled() : PostMemo.none();
    this.pages = keep ? RenderMemo.enabled() : RenderMemo.none();
    this.feeds = keep ? RenderMemo.enabled() : RenderMemo.none();
    this.images = keep ? RenderMemo.enabled() : RenderMemo.none();
    this.feedEntries = keep ? FeedEntryMemo.enabled() : FeedEntryMemo.none();
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
      pages.commit();
      feeds.commit();
      images.commit();
    }
  }

  /** A build failed: its output was dropped, so nothing it rendered may be taken as written. */
  void failed() {
    pages.abandon();
    feeds.abandon();
    images.abandon();
  }

  /** Templates changed: compile them again and render every page, from the same posts. */
  void forgetTemplates() {
    configured = null;
    pages.forget();
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

  PostCache postSources() {
    return postSources;
  }

  PostMemo posts() {
    return posts;
  }

  RenderMemo pages() {
    return pages;
  }

  RenderMemo feeds() {
    return feeds;
  }

  /** Images beside the posts, by file size and time: stripping their metadata is costly. */
  RenderMemo images() {
    return images;
  }

  FeedEntryMemo feedEntries() {
    return feedEntries;
  }

  LiveOutput live() {
    return live;
  }
}
