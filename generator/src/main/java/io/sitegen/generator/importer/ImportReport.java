package io.sitegen.generator.importer;

import io.sitegen.generator.internal.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did with each item of the old blog: imported (counted per kind), skipped (with the
 * reason) or imported with a construct it could not convert (with the file and line).
 */
public final class ImportReport {

  private final Map<String, Integer> imported = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<String> unconverted = new ArrayList<>();
  private final List<String> oldUrls = new ArrayList<>();

  /** One more item of {@code kind} ({@code post}, {@code comment}, {@code page}). */
  public void imported(String kind) {
    imported.merge(kind, 1, Integer::sum);
  }

  public void skipped(String item, String reason) {
    skipped.add(item + ": " + reason);
  }

  /**
   * @param line 1-based, or 0 when the construct has no line
   */
  public void unconverted(String file, int line, String what) {
    unconverted.add(file + (line > 0 ? ":" + line : "") + ": " + what);
  }

  /**
   * One more old URL that answers in the new blog, as the same URL or through an alias.
   *
   * @param now where it answers: the new URL, or the file that answers for it
   */
  public void oldUrl(String old, String now) {
    oldUrls.add(old.equals(now) ? old + " (unchanged)" : old + " → " + now);
  }

  /** Counts by kind, in the order kinds were first imported. */
  public Map<String, Integer> importedCounts() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(imported));
  }

  public List<String> skippedItems() {
    return List.copyOf(skipped);
  }

  public List<String> unconvertedItems() {
    return List.copyOf(unconverted);
  }

  public int oldUrlCount() {
    return oldUrls.size();
  }

  /** Each old URL and where it answers now ({@code /2013/09/30/nova-tips/ → /tech/nova.html}). */
  public List<String> oldUrlLines() {
    return List.copyOf(oldUrls);
  }

  /**
   * The one-line summary ({@code imported 6 posts, 2 comments; 6 old URLs kept answering}), then a
   * line per skipped item and per construct not converted.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "imported "
            + (imported.isEmpty()
                ? "nothing"
                : imported.entrySet().stream()
                    .map(e -> Counts.of(e.getValue(), e.getKey()))
                    .collect(Collectors.joining(", ")))
            + "; "
            + Counts.of(oldUrls.size(), "old URL")
            + " kept answering");
    skipped.forEach(s -> lines.add("skipped " + s));
    unconverted.forEach(u -> lines.add("not converted: " + u));
    return lines;
  }

  public int count(String kind) {
    return imported.getOrDefault(kind, 0);
  }
}
