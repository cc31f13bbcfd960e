package io.sitegen.generator.site;

import io.sitegen.generator.content.CommentSource;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.model.Post;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Posts processed by earlier builds of a preview: rendering Markdown and fixing up HTML is the
 * costly part of a post, and its result depends only on the key's parts and on the URLs of all
 * posts (links between posts are rewritten), so a changed URL anywhere forgets everything.
 */
final class PostMemo {

  /** All a processed post is made from, besides the posts' URLs. */
  record Key(
      PostSource source,
      String outputPath,
      List<CommentSource> comments,
      Optional<String> gallery) {}

  private final boolean enabled;
  private Map<String, String> urls = Map.of();
  private Map<Key, Warned<Post>> posts = new HashMap<>();
  private Map<Key, Warned<Post>> next = new ConcurrentHashMap<>();
  private final AtomicInteger processed = new AtomicInteger();

  private PostMemo(boolean enabled) {
    this.enabled = enabled;
  }

  static PostMemo none() {
    return new PostMemo(false);
  }

  static PostMemo enabled() {
    return new PostMemo(true);
  }

  /** Starts a build whose posts have these URLs. */
  void begin(Map<String, String> postUrls) {
    if (!postUrls.equals(urls)) {
      posts = new HashMap<>();
      urls = enabled ? Map.copyOf(postUrls) : Map.of();
    }
    next = new ConcurrentHashMap<>();
  }

  /**
   * The post made from {@code key}, with the warnings making it gave: remembered, or made now. Safe
   * from several threads.
   */
  Warned<Post> get(Key key, Supplier<Warned<Post>> make) {
    Warned<Post> post = posts.get(key);
    if (post == null) {
      post = make.get();
      processed.incrementAndGet();
    }
    if (enabled) {
      next.put(key, post);
    }
    return post;
  }

  /** Keeps only this build's posts, so a long preview does not hold every version of a post. */
  void end() {
    posts = next;
    next = new ConcurrentHashMap<>();
  }

  /** Posts made (not remembered) since the last call. */
  int takeProcessedCount() {
    return processed.getAndSet(0);
  }
}
