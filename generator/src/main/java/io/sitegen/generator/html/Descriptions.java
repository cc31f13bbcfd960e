package io.sitegen.generator.html;

/** Plain text shortened at a word, for meta descriptions and feed summaries. */
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
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > 0 ? cut : max) + "…";
  }
}
