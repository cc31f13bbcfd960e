package io.sitegen.generator.html;

/**
 * Plain text shortened at a word, for meta descriptions and feed summaries, and its words counted.
 */
public final class Descriptions {

  /** About what search engines show of a description. */
  public static final int META_LENGTH = 160;

  private Descriptions() {}

  /** {@code text} shortened to {@link #META_LENGTH}. */
  public static String shorten(String text) {
    return shorten(text, META_LENGTH);
  }

  /**
   * {@code text} with its whitespace collapsed, cut at the last space within the first {@code max}
   * characters, with an ellipsis when anything was cut.
   */
  public static String shorten(String text, int max) {
    // Only the first max + 1 characters of the collapsed text decide the result: post bodies are
    // thousands of characters, so the rest is never collapsed.
    String stripped = text.strip();
    StringBuilder flat = new StringBuilder(Math.min(stripped.length(), max + 1));
    for (int i = 0; i < stripped.length() && flat.length() <= max; i++) {
      char c = stripped.charAt(i);
      if (!isRegexSpace(c)) {
        flat.append(c);
      } else if (!isRegexSpace(stripped.charAt(i - 1))) {
        // The first of a run of spaces (never at index 0: the text is stripped).
        flat.append(' ');
      }
    }
    if (flat.length() <= max) {
      return flat.toString();
    }
    int cut = flat.lastIndexOf(" ", max);
    return flat.substring(0, cut > 0 ? cut : max) + "…";
  }

  /** The words of {@code text}: what splitting it at runs of white space gives, 0 if blank. */
  public static int words(String text) {
    if (text.isBlank()) {
      return 0;
    }
    String stripped = text.strip();
    int words = 1;
    for (int i = 1; i < stripped.length(); i++) {
      if (isRegexSpace(stripped.charAt(i)) && !isRegexSpace(stripped.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  /** The white space of {@code \\s} in a regular expression (ASCII only). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
