package io.sitegen.generator.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns text into index terms: accents dropped (NFD, then combining marks U+0300–U+036F removed),
 * lower case, split on anything that is not a letter or digit (Unicode categories L and N), each
 * word Porter-stemmed. The theme's {@code search.js} does the same steps with the same character
 * classes and the same {@link #STOP_WORDS}.
 *
 * <p>Stop words are not indexed, but they keep their place: a term's position counts every word
 * before it, so a quoted phrase with a stop word inside still needs its other words that far apart.
 *
 * <p>An instance remembers each word's stem: a blog has a small vocabulary and many words, and
 * stemming (some twenty regular expressions a word) is what would cost.
 */
public final class Tokenizer {

  private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

  /**
   * Words too common to find anything by (Lucene's English list): in nearly every post, their
   * postings were the index's largest files (the shard of "the" alone 512 KB at 10,000 posts).
   */
  public static final List<String> STOP_WORDS =
      List.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with");

  /** What {@link #stems} holds for a stop word, so one lookup a word tells both. */
  private static final String STOP = "";

  private final Map<String, String> stems = new ConcurrentHashMap<>();

  public Tokenizer() {
    STOP_WORDS.forEach(word -> stems.put(word, STOP));
  }

  /** The words of a text, folded but not stemmed, in order. */
  public static List<String> words(String text) {
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (isWordCharacter(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /** The index terms of a text, in order: its words but the stop words, stemmed. */
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : words(text)) {
      String term = term(word);
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }

  /** The index term of a word of {@link #words}: its stem, or null for a stop word. */
  String term(String word) {
    String stem = stems.get(word);
    if (stem == null) {
      stem = stems.computeIfAbsent(word, PorterStemmer::stem);
    }
    return stem.equals(STOP) ? null : stem;
  }

  private static String fold(String text) {
    // Most text is ASCII, which has nothing to decompose.
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text.toLowerCase(Locale.ROOT);
    }
    return MARKS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** {@code [\p{L}\p{N}]}, as in the JavaScript's regular expression. */
  private static boolean isWordCharacter(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }
}
