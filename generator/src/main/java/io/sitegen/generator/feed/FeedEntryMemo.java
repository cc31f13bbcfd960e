package io.sitegen.generator.feed;

import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Feed entries made by earlier builds of a preview. Making one parses the post's HTML twice (to
 * make links absolute and to summarise), so a preview reuses the entry of an unchanged post. An
 * entry depends on the post, its tags' titles, its album and the site's settings; a preview forgets
 * this memo when the settings change.
 */
public final class FeedEntryMemo {

  /** All an entry is made from besides the settings. */
  record Key(Post post, List<String> tagTitles, Optional<Album> album) {}

  private final boolean enabled;
  private Map<Key, FeedEntry> entries = new ConcurrentHashMap<>();
  private Map<Key, FeedEntry> next = new ConcurrentHashMap<>();

  private FeedEntryMemo(boolean enabled) {
    this.enabled = enabled;
  }

  public static FeedEntryMemo none() {
    return new FeedEntryMemo(false);
  }

  public static FeedEntryMemo enabled() {
    return new FeedEntryMemo(true);
  }

  FeedEntry get(Key key, Supplier<FeedEntry> make) {
    if (!enabled) {
      return make.get();
    }
    FeedEntry entry = entries.get(key);
    if (entry == null) {
      entry = make.get();
    }
    next.put(key, entry);
    return entry;
  }

  /** Keeps only the entries this build used, so a long preview holds no old versions. */
  public void endBuild() {
    if (enabled) {
      entries = next;
      next = new ConcurrentHashMap<>();
    }
  }
}
