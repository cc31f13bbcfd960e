package io.sitegen.generator.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text into index terms: accents dropped (NFD, then combining marks U+0300–U+036F removed),
 * lower case, split on anything that is not a letter or digit, each word Porter-stemmed. The
 * theme's {@code search.js} does the same steps with the same character classes.
 */
public final class Tokenizer {

  private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Tokenizer() {}

  /** The words of a text, folded but not stemmed, in order. */
  public static List<String> words(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(folded)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The index terms of a text, in order: its words, stemmed. */
  public static List<String> terms(String text) {
    return words(text).stream().map(PorterStemmer::stem).toList();
  }
}
