package io.sitegen.generator.content;

import io.sitegen.generator.model.Asset;
import io.sitegen.generator.model.TagInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the load stage read from the blog folder.
 *
 * @param posts the posts to publish, in path order
 * @param pages the pages of {@code pages/} to publish, in path order
 * @param assets non-post files in the category folders and beside the pages
 * @param tagMetadata what {@code tags.yaml} says, by tag key
 * @param comments the comments on the published posts
 * @param draftsSkipped drafts left out (posts and pages)
 * @param futureSkipped posts dated after the build's "now", left out
 * @param firstFuture when the first of them is due: a build after it publishes more
 */
public record LoadedContent(
    List<PostSource> posts,
    List<PageSource> pages,
    List<Asset> assets,
    Map<String, TagInfo> tagMetadata,
    List<CommentSource> comments,
    int draftsSkipped,
    int futureSkipped,
    Optional<Instant> firstFuture) {

  /** The same posts with the files read beside them: {@code tags.yaml} and {@code comments/}. */
  public LoadedContent with(Map<String, TagInfo> tags, List<CommentSource> comments) {
    return new LoadedContent(
        posts, pages, assets, tags, comments, draftsSkipped, futureSkipped, firstFuture);
  }

  /** The same posts with the pages of {@code pages/} and the files beside them. */
  public LoadedContent with(PageLoader.Loaded loaded) {
    List<Asset> all = new ArrayList<>(assets);
    all.addAll(loaded.assets());
    return new LoadedContent(
        posts,
        loaded.pages(),
        all,
        tagMetadata,
        comments,
        draftsSkipped + loaded.draftsSkipped(),
        futureSkipped,
        firstFuture);
  }
}
