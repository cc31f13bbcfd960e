package io.sitegen.generator.search;

import io.sitegen.generator.json.Json;
import io.sitegen.generator.model.OutputPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The static search index, as files below {@code search/}:
 *
 * <ul>
 *   <li>{@code index.js}: the manifest, the number of documents, the documents per chunk and the
 *       first term of every term shard, sorted; a few kilobytes even for 10,000 posts. A script
 *       (assigning {@code window.sitegenSearchIndex}) rather than JSON, so the search page loads it
 *       beside {@code search.js} and a query starts with its shards, not with a fetch of this;
 *   <li>{@code t/<hex of the first term>.json}: a run of consecutive terms with their postings;
 *   <li>{@code p/<hex of the first term>.json}: the same terms' positions, fetched only for phrases
 *       (they were three quarters of the postings' bytes);
 *   <li>{@code d/<n>.json}: the link, title, date, category and excerpt of {@value #CHUNK}
 *       documents, fetched only for the results shown.
 * </ul>
 *
 * <p>A posting is {@code doc gap, score}; the score weighs a word in the title or a tag above any
 * number of occurrences in the body, so such matches rank first. Its positions, in the same order,
 * are {@code count, position gaps...}: the first {@value Postings#MAX_POSITIONS} of the term in the
 * document, which let the client check quoted phrases.
 *
 * <p>Where a shard ends depends only on the terms themselves (a hash of the term, or a term too big
 * to share a shard), never on running totals, so an edit to one post rewrites only the shards of
 * its terms, its chunk and {@code index.js}; documents are numbered oldest first, so a new post is
 * added at the end. The output is a pure function of the documents: byte-identical rebuilds.
 */
public final class SearchIndex {

  /** The manifest, a script; the search page loads it before {@code search.js}. */
  static final String MANIFEST = OutputPaths.SEARCH_INDEX + "index.js";

  /** What precedes the manifest's JSON in {@link #MANIFEST}. */
  static final String MANIFEST_START = "window.sitegenSearchIndex = ";

  static final int CHUNK = 16;
  private static final int EXCERPT = 400;

  /** Documents tokenised together: enough to keep every core busy, few enough to hold. */
  private static final int BATCH = 256;

  /** About one term in this many starts a new shard. */
  private static final int SHARD_SPREAD = 24;

  /** A term whose postings are longer than this (in bytes) gets a shard of its own. */
  private static final int BIG_TERM = 4096;

  private static final int TITLE = 100;
  private static final int TAG = 80;
  private static final int CATEGORY = 40;
  private static final int SUMMARY = 20;

  private SearchIndex() {}

  /**
   * The index files of {@code documents}, by output path.
   *
   * @param documents oldest first, so that new documents get new numbers
   */
  public static SortedMap<String, byte[]> files(List<SearchDocument> documents) {
    // Tokenising is the costly part and independent per document; the merge is in order. A
    // document's terms with their positions take several times the memory of its text, so they
    // are made a batch at a time: all at once, they were a third of a 10,000-post build's heap.
    Tokenizer tokenizer = new Tokenizer();
    Map<String, Postings> unsorted = new HashMap<>();
    for (int start = 0; start < documents.size(); start += BATCH) {
      List<Map<String, Postings.Occurrences>> batch =
          documents.subList(start, Math.min(start + BATCH, documents.size())).parallelStream()
              .map(d -> occurrences(tokenizer, d))
              .toList();
      for (int i = 0; i < batch.size(); i++) {
        for (Map.Entry<String, Postings.Occurrences> e : batch.get(i).entrySet()) {
          unsorted.computeIfAbsent(e.getKey(), t -> new Postings()).add(start + i, e.getValue());
        }
      }
    }
    SortedMap<String, Postings> postings = new TreeMap<>(unsorted);
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<String> firsts = new ArrayList<>();
    StringBuilder shard = null;
    StringBuilder positions = null;
    boolean lastWasBig = false;
    for (Map.Entry<String, Postings> e : postings.entrySet()) {
      String term = e.getKey();
      boolean big = e.getValue().docs().length() > BIG_TERM;
      if (shard == null || big || lastWasBig || Math.floorMod(term.hashCode(), SHARD_SPREAD) == 0) {
        if (shard != null) {
          closeShard(files, firsts.get(firsts.size() - 1), shard, positions);
        }
        shard = new StringBuilder("{");
        positions = new StringBuilder("{");
        firsts.add(term);
      } else {
        shard.append(",\n");
        positions.append(",\n");
      }
      Json.string(shard, term).append(":[").append(e.getValue().docs()).append(']');
      Json.string(positions, term).append(":[").append(e.getValue().positions()).append(']');
      lastWasBig = big;
    }
    if (shard != null) {
      closeShard(files, firsts.get(firsts.size() - 1), shard, positions);
    }
    for (int start = 0; start < documents.size(); start += CHUNK) {
      StringBuilder chunk = new StringBuilder("[");
      for (int doc = start; doc < Math.min(start + CHUNK, documents.size()); doc++) {
        if (doc > start) {
          chunk.append(",\n");
        }
        SearchDocument d = documents.get(doc);
        chunk.append('[');
        Json.string(chunk, d.url()).append(',');
        Json.string(chunk, d.title()).append(',');
        Json.string(chunk, d.date()).append(',');
        Json.string(chunk, d.category()).append(',');
        Json.string(chunk, excerpt(d)).append(']');
      }
      files.put(
          OutputPaths.SEARCH_INDEX + "d/" + (start / CHUNK) + ".json", utf8(chunk.append("]\n")));
    }
    StringBuilder index = new StringBuilder(MANIFEST_START).append("{\"version\":2,\"docs\":");
    index.append(documents.size()).append(",\"chunk\":").append(CHUNK).append(",\"shards\":[");
    for (int i = 0; i < firsts.size(); i++) {
      Json.string(i == 0 ? index : index.append(','), firsts.get(i));
    }
    files.put(MANIFEST, utf8(index.append("]};\n")));
    return files;
  }

  /** The path of the shard whose first term is {@code term}: hex keeps any script URL-safe. */
  static String shardPath(String term) {
    return OutputPaths.SEARCH_INDEX + "t/" + hex(term) + ".json";
  }

  /** The path of the positions of the shard whose first term is {@code term}. */
  static String positionsPath(String term) {
    return OutputPaths.SEARCH_INDEX + "p/" + hex(term) + ".json";
  }

  private static String hex(String term) {
    return HexFormat.of().formatHex(term.getBytes(StandardCharsets.UTF_8));
  }

  /** Each term of a document with its score and first positions. */
  private static Map<String, Postings.Occurrences> occurrences(
      Tokenizer tokenizer, SearchDocument d) {
    // Order does not matter here: the merge adds each term's documents in document order.
    Map<String, Postings.Occurrences> terms = new HashMap<>(512);
    // One stream of positions over all fields, a gap between fields so no phrase spans two; a stop
    // word is not indexed but takes its place.
    int[] position = {0};
    FieldAdder add =
        (text, weight) -> {
          for (String word : Tokenizer.words(text)) {
            String term = tokenizer.term(word);
            if (term != null) {
              terms.computeIfAbsent(term, t -> new Postings.Occurrences()).add(weight, position[0]);
            }
            position[0]++;
          }
          position[0]++;
        };
    add.field(d.title(), TITLE);
    for (String tag : d.tags()) {
      add.field(tag, TAG);
    }
    add.field(d.category().replace('/', ' '), CATEGORY);
    add.field(d.summary(), SUMMARY);
    add.field(d.body(), 0);
    return terms;
  }

  private static void closeShard(
      Map<String, byte[]> files, String first, StringBuilder shard, StringBuilder positions) {
    files.put(shardPath(first), utf8(shard.append("}\n")));
    files.put(positionsPath(first), utf8(positions.append("}\n")));
  }

  private static byte[] utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String excerpt(SearchDocument d) {
    String text = (d.summary().isEmpty() ? "" : d.summary() + " ") + d.body();
    if (text.length() <= EXCERPT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXCERPT);
    return text.substring(0, cut > 0 ? cut : EXCERPT) + " …";
  }

  @FunctionalInterface
  private interface FieldAdder {
    void field(String text, int weight);
  }
}
