package io.sitegen.generator.search;

import io.sitegen.generator.json.Json;
import io.sitegen.generator.model.OutputPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The static search index, as files below {@code search/}:
 *
 * <ul>
 *   <li>{@code index.json}: the number of documents, the documents per chunk and the first term of
 *       every term shard, sorted; a few kilobytes even for 10,000 posts;
 *   <li>{@code t/<hex of the first term>.json}: a run of consecutive terms with their postings;
 *   <li>{@code d/<n>.json}: the link, title, date, category and excerpt of {@value #CHUNK}
 *       documents, fetched only for the results shown.
 * </ul>
 *
 * <p>A posting is {@code doc gap, score, count, position gaps...}. The score weighs a word in the
 * title or a tag above any number of occurrences in the body, so such matches rank first. Positions
 * (the first {@value #MAX_POSITIONS} of each term in a document) let the client check quoted
 * phrases.
 *
 * <p>Where a shard ends depends only on the terms themselves (a hash of the term, or a term too big
 * to share a shard), never on running totals, so an edit to one post rewrites only the shards of
 * its terms, its chunk and {@code index.json}; documents are numbered oldest first, so a new post
 * is added at the end. The output is a pure function of the documents: byte-identical rebuilds.
 */
public final class SearchIndex {

  static final int CHUNK = 16;
  static final int MAX_POSITIONS = 16;
  private static final int EXCERPT = 400;

  /** About one term in this many starts a new shard. */
  private static final int SHARD_SPREAD = 24;

  /** A term whose postings are longer than this (in bytes) gets a shard of its own. */
  private static final int BIG_TERM = 4096;

  private static final int TITLE = 100;
  private static final int TAG = 80;
  private static final int CATEGORY = 40;
  private static final int SUMMARY = 20;
  private static final int BODY_CAP = 10;

  private SearchIndex() {}

  /**
   * The index files of {@code documents}, by output path.
   *
   * @param documents oldest first, so that new documents get new numbers
   */
  public static SortedMap<String, byte[]> files(List<SearchDocument> documents) {
    // Tokenising is the costly part and independent per document; the merge is in order.
    Tokenizer tokenizer = new Tokenizer();
    List<Map<String, Occurrences>> perDocument =
        documents.parallelStream().map(d -> occurrences(tokenizer, d)).toList();
    SortedMap<String, Postings> postings = new TreeMap<>();
    for (int doc = 0; doc < perDocument.size(); doc++) {
      for (Map.Entry<String, Occurrences> e : perDocument.get(doc).entrySet()) {
        postings.computeIfAbsent(e.getKey(), t -> new Postings()).add(doc, e.getValue());
      }
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<String> firsts = new ArrayList<>();
    StringBuilder shard = null;
    String first = null;
    boolean lastWasBig = false;
    for (Map.Entry<String, Postings> e : postings.entrySet()) {
      String term = e.getKey();
      boolean big = e.getValue().text.length() > BIG_TERM;
      if (shard == null || big || lastWasBig || Math.floorMod(term.hashCode(), SHARD_SPREAD) == 0) {
        if (shard != null) {
          files.put(shardPath(first), close(shard));
        }
        shard = new StringBuilder("{");
        first = term;
        firsts.add(term);
      } else {
        shard.append(",\n");
      }
      Json.string(shard, term).append(":[").append(e.getValue().text).append(']');
      lastWasBig = big;
    }
    if (shard != null) {
      files.put(shardPath(first), close(shard));
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
    StringBuilder index = new StringBuilder("{\"version\":1,\"docs\":");
    index.append(documents.size()).append(",\"chunk\":").append(CHUNK).append(",\"shards\":[");
    for (int i = 0; i < firsts.size(); i++) {
      Json.string(i == 0 ? index : index.append(','), firsts.get(i));
    }
    files.put(OutputPaths.SEARCH_INDEX + "index.json", utf8(index.append("]}\n")));
    return files;
  }

  /** The path of the shard whose first term is {@code term}: hex keeps any script URL-safe. */
  static String shardPath(String term) {
    return OutputPaths.SEARCH_INDEX
        + "t/"
        + HexFormat.of().formatHex(term.getBytes(StandardCharsets.UTF_8))
        + ".json";
  }

  /** Each term of a document with its score and first positions. */
  private static Map<String, Occurrences> occurrences(Tokenizer tokenizer, SearchDocument d) {
    Map<String, Occurrences> terms = new TreeMap<>();
    // One stream of positions over all fields, a gap between fields so no phrase spans two.
    int[] position = {0};
    FieldAdder add =
        (text, weight) -> {
          for (String term : tokenizer.terms(text)) {
            terms.computeIfAbsent(term, t -> new Occurrences()).add(weight, position[0]++);
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

  /** A term in one document: its best field's weight, body count and first positions. */
  private static final class Occurrences {
    int fieldWeight;
    int bodyCount;
    final List<Integer> positions = new ArrayList<>();

    /** One occurrence; weight 0 means the body, counted up to {@value #BODY_CAP} times. */
    void add(int weight, int position) {
      if (weight == 0) {
        bodyCount = Math.min(BODY_CAP, bodyCount + 1);
      } else {
        fieldWeight = Math.max(fieldWeight, weight);
      }
      if (positions.size() < MAX_POSITIONS) {
        positions.add(position);
      }
    }
  }

  /** One term's postings while they are built; the last document is kept for the next gap. */
  private static final class Postings {
    final StringBuilder text = new StringBuilder();
    int lastDoc;

    void add(int doc, Occurrences o) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(doc - lastDoc)
          .append(',')
          .append(o.fieldWeight + o.bodyCount)
          .append(',')
          .append(o.positions.size());
      int previous = 0;
      for (int p : o.positions) {
        text.append(',').append(p - previous);
        previous = p;
      }
      lastDoc = doc;
    }
  }

  private static byte[] close(StringBuilder shard) {
    return utf8(shard.append("}\n"));
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
