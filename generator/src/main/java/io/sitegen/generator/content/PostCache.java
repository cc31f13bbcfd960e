package io.sitegen.generator.content;

import io.sitegen.generator.internal.Warned;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Posts parsed by earlier builds of a preview, by file: a file whose text is unchanged is not
 * parsed again. Parsing depends on the site's time zone too, so a changed {@code site.yaml} needs a
 * new cache.
 */
public final class PostCache {

  private record Entry(String text, Warned<PostSource> post) {}

  private final Map<Path, Entry> entries = new HashMap<>();
  private int parsed;

  Warned<PostSource> get(Path file, String text) {
    Entry entry = entries.get(file);
    return entry != null && entry.text().equals(text) ? entry.post() : null;
  }

  void put(Path file, String text, Warned<PostSource> post) {
    entries.put(file, new Entry(text, post));
    parsed++;
  }

  /** Forgets files that are gone, so a long preview does not keep every deleted post. */
  void retain(Set<Path> files) {
    entries.keySet().retainAll(files);
  }

  /** Posts parsed (not taken from the cache) since the last call. */
  public int takeParsedCount() {
    int n = parsed;
    parsed = 0;
    return n;
  }
}
