package io.sitegen.generator.search;

import java.util.Arrays;

/**
 * One term's postings while the index is built, as the JSON arrays {@link SearchIndex} writes: the
 * documents with their scores, and apart from them the positions, which only phrases need.
 */
final class Postings {

  static final int MAX_POSITIONS = 16;
  private static final int BODY_CAP = 10;

  private final StringBuilder docs = new StringBuilder();
  private final StringBuilder positions = new StringBuilder();
  private int lastDoc;

  /** Adds document {@code doc}, numbered above every document added before. */
  void add(int doc, Occurrences o) {
    if (!docs.isEmpty()) {
      docs.append(',');
      positions.append(',');
    }
    docs.append(doc - lastDoc).append(',').append(o.fieldWeight + o.bodyCount);
    positions.append(o.kept);
    int previous = 0;
    for (int i = 0; i < o.kept; i++) {
      positions.append(',').append(o.positions[i] - previous);
      previous = o.positions[i];
    }
    lastDoc = doc;
  }

  /** {@code doc gap, score} for each document. */
  CharSequence docs() {
    return docs;
  }

  /** {@code count, position gaps...} for each document, in the order of {@link #docs}. */
  CharSequence positions() {
    return positions;
  }

  /** A term in one document: its best field's weight, body count and first positions. */
  static final class Occurrences {
    private int fieldWeight;
    private int bodyCount;
    private int[] positions = new int[2];
    private int kept;

    /** One occurrence; weight 0 means the body, counted up to {@value #BODY_CAP} times. */
    void add(int weight, int position) {
      if (weight == 0) {
        bodyCount = Math.min(BODY_CAP, bodyCount + 1);
      } else {
        fieldWeight = Math.max(fieldWeight, weight);
      }
      if (kept < MAX_POSITIONS) {
        if (kept == positions.length) {
          positions = Arrays.copyOf(positions, Math.min(MAX_POSITIONS, kept * 2));
        }
        positions[kept++] = position;
      }
    }
  }
}
