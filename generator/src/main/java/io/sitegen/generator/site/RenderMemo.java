package io.sitegen.generator.site;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inputs each output file was last rendered from, so a preview re-renders only pages whose
 * inputs differ. Inputs are records (page jobs, feeds) compared by value: anything a page shows is
 * in them, so equal inputs give the same bytes. What one build remembers counts only once its files
 * are committed.
 */
final class RenderMemo {

  private final boolean enabled;
  private final Map<String, Object> committed = new HashMap<>();
  private final Map<String, Object> pending = new ConcurrentHashMap<>();

  private RenderMemo(boolean enabled) {
    this.enabled = enabled;
  }

  /** For a one-off build: remembers nothing, so every page is rendered. */
  static RenderMemo none() {
    return new RenderMemo(false);
  }

  static RenderMemo enabled() {
    return new RenderMemo(true);
  }

  /** Whether {@code path} was last rendered from equal inputs; records them for this build. */
  boolean unchanged(String path, Object inputs) {
    if (!enabled) {
      return false;
    }
    pending.put(path, inputs);
    return inputs.equals(committed.get(path));
  }

  /** The build's files are in the output folder: its inputs are now the ones to compare with. */
  void commit() {
    committed.clear();
    committed.putAll(pending);
    pending.clear();
  }

  /** The build failed: the output still holds what the committed inputs made. */
  void abandon() {
    pending.clear();
  }

  /** The templates changed: every page must be rendered again. */
  void forget() {
    committed.clear();
  }
}
