package io.sitegen.generator.highlight;

/**
 * Turns a block's lines, in order, into HTML: text escaped, tokens wrapped in {@code <span
 * class="tok-...">}. One instance per block, since a line's tokens depend on the lines before it (a
 * comment or string left open).
 */
interface Lexer {

  /** Appends the HTML of {@code line} (without its newline) to {@code html}. */
  void line(String line, StringBuilder html);

  /** Appends {@code text} with {@code &}, {@code <} and {@code >} escaped. */
  static void escape(CharSequence text, int start, int end, StringBuilder html) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        default -> html.append(c);
      }
    }
  }

  /** Appends {@code text}, escaped, in a span of {@code cssClass}, or bare if it is null. */
  static void token(CharSequence text, int start, int end, String cssClass, StringBuilder html) {
    if (cssClass == null) {
      escape(text, start, end, html);
      return;
    }
    html.append("<span class=\"").append(cssClass).append("\">");
    escape(text, start, end, html);
    html.append("</span>");
  }
}
