package io.sitegen.generator.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the known key a user probably meant: {@code postPerPage} for {@code postsPerPage}.
 * Unknown keys are legal (they reach templates as {@code extra}), so a near miss is only a warning.
 */
public final class KeySpelling {

  private KeySpelling() {}

  /**
   * The known key within two edits of {@code key} (case-insensitive), if {@code key} is unknown.
   */
  public static Optional<String> probablyMeant(String key, Collection<String> known) {
    if (known.contains(key)) {
      return Optional.empty();
    }
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
