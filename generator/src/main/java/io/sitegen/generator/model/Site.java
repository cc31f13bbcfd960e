package io.sitegen.generator.model;

import io.sitegen.generator.config.SiteConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one build publishes: the settings, the posts newest first, the tags and the files to
 * copy.
 *
 * @param config the blog's settings
 * @param posts published posts, newest first (ties: by source path)
 * @param pages the pages of {@code pages/}, by path
 * @param tags every tag used by a post, by key, sorted by key
 * @param assets files from the post folders to copy beside the posts
 * @param albums photo albums, by path
 */
public record Site(
    SiteConfig config,
    List<Post> posts,
    List<Page> pages,
    Map<String, TagInfo> tags,
    List<Asset> assets,
    List<Album> albums) {

  /** Newest first; equal dates by source path, so the order never depends on the file system. */
  public static final Comparator<Post> NEWEST_FIRST =
      Comparator.comparing(Post::date)
          .reversed()
          .thenComparing(p -> p.source().toString().replace('\\', '/'));

  public Site {
    posts = List.copyOf(posts);
    pages = List.copyOf(pages);
    tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    assets = List.copyOf(assets);
    albums = List.copyOf(albums);
  }

  /** Every comment of the blog, newest first; equal dates by file, so the order is stable. */
  public List<PostComment> commentsNewestFirst() {
    List<PostComment> all = new ArrayList<>();
    for (Post post : posts) {
      post.comments().forEach(c -> all.add(new PostComment(post, c)));
    }
    all.sort(
        Comparator.comparing((PostComment c) -> c.comment().date())
            .reversed()
            .thenComparing(c -> c.comment().source().toString().replace('\\', '/')));
    return all;
  }
}
