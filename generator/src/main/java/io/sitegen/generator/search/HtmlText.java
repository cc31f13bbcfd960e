package io.sitegen.generator.search;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The text of a rendered post body, fast: tags dropped (block tags leave a space, so words of two
 * paragraphs never run together), entities decoded by Jsoup. A full Jsoup parse of every body cost
 * about as much as all the rest of the index.
 */
final class HtmlText {

  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s",
          "samp", "small", "span", "strong", "sub", "sup", "u", "var");

  private HtmlText() {}

  static String of(String html) {
    StringBuilder text = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c != '<') {
        text.append(Character.isWhitespace(c) ? ' ' : c);
        i++;
        continue;
      }
      int end = html.indexOf('>', i);
      if (end < 0) {
        break;
      }
      if (!INLINE.contains(tagName(html, i + 1, end))) {
        text.append(' ');
      }
      i = end + 1;
    }
    return Parser.unescapeEntities(text.toString(), false).replaceAll(" {2,}", " ").strip();
  }

  private static String tagName(String html, int from, int end) {
    int start = from < end && html.charAt(from) == '/' ? from + 1 : from;
    int stop = start;
    while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
      stop++;
    }
    return html.substring(start, stop).toLowerCase(java.util.Locale.ROOT);
  }
}
