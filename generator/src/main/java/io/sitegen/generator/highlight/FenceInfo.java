package io.sitegen.generator.highlight;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fence's info string the way Hugo does: the language, then options in braces.
 *
 * <ul>
 *   <li>{@code java {3-5}} or {@code java {hl_lines="3-5 8"}} (also {@code hl_lines=[3,"5-6"]}):
 *       highlighted lines;
 *   <li>{@code java {linenos=true}} ({@code table} and {@code inline} mean true as well): line
 *       numbers; {@code linenos=false} turns off the site's {@code lineNumbers: true} for one
 *       block.
 * </ul>
 *
 * Options may be separated by spaces or commas. Other Hugo options ({@code style}, {@code
 * anchorlinenos}, ...) are ignored, as are line numbers that are not numbers.
 */
public final class FenceInfo {

  private static final Pattern OPTION =
      Pattern.compile("([A-Za-z_]+)\\s*=\\s*(\"[^\"]*\"|\\[[^\\]]*\\]|[^\\s,}]+)");
  private static final Pattern RANGE = Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?");
  private static final Pattern BARE_RANGES = Pattern.compile("[\\d\\s,\"\\-]+");

  private FenceInfo() {}

  /**
   * The block that a fence with {@code info} and text {@code code} stands for.
   *
   * @param siteLineNumbers whether blocks show line numbers unless they say otherwise
   */
  public static CodeBlock parse(String info, String code, boolean siteLineNumbers) {
    String text = info.strip();
    int brace = text.indexOf('{');
    String language = (brace < 0 ? text : text.substring(0, brace)).strip();
    int space = language.indexOf(' ');
    if (space >= 0) {
      language = language.substring(0, space);
    }
    boolean lineNumbers = siteLineNumbers;
    Set<Integer> highlighted = new TreeSet<>();
    if (brace >= 0) {
      int close = text.indexOf('}', brace);
      String options = text.substring(brace + 1, close < 0 ? text.length() : close).strip();
      if (BARE_RANGES.matcher(options).matches()) {
        addRanges(options, highlighted);
      }
      Matcher m = OPTION.matcher(options);
      while (m.find()) {
        String value = m.group(2).replace("\"", "");
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "linenos" -> lineNumbers = !value.equalsIgnoreCase("false");
          case "hl_lines" -> addRanges(value, highlighted);
          default -> {}
        }
      }
    }
    return new CodeBlock(language, code, lineNumbers, highlighted);
  }

  private static void addRanges(String ranges, Set<Integer> lines) {
    Matcher m = RANGE.matcher(ranges);
    while (m.find()) {
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      // A typo like 3-5000 must not build a huge set: no block has that many lines to mark.
      for (int line = from; line <= Math.min(to, from + 10_000); line++) {
        lines.add(line);
      }
    }
  }
}
