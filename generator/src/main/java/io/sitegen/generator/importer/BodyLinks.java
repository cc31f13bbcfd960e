package io.sitegen.generator.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link targets of an imported body, Markdown or HTML ({@code ](x)}, {@code [ref]: x}, {@code
 * href}, {@code src}, {@code srcset}), rewritten where they are in the text: every other byte stays
 * as the author wrote it, which parsing and writing the body again would not keep.
 */
public final class BodyLinks {

  /** What a link target becomes; {@code line} is the 1-based line of the body it is on. */
  @FunctionalInterface
  public interface Rewrite {
    String target(String target, int line);
  }

  private static final List<Pattern> SINGLE =
      List.of(
          Pattern.compile("(?i)(\\s(?:href|src|poster)\\s*=\\s*([\"']))(.*?)(\\2)"),
          Pattern.compile("(\\]\\(\\s*<?)()([^)\\s>]+)()"),
          Pattern.compile("(?m)(^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?)()([^\\s>]+)()"));

  private static final Pattern SRCSET =
      Pattern.compile("(?i)(\\ssrcset\\s*=\\s*([\"']))(.*?)(\\2)", Pattern.DOTALL);

  private BodyLinks() {}

  public static String rewrite(String body, Rewrite rewrite) {
    String text = body;
    for (Pattern pattern : SINGLE) {
      String current = text;
      text = replace(current, pattern, (value, at) -> rewrite.target(value, lineAt(current, at)));
    }
    String current = text;
    return replace(current, SRCSET, (value, at) -> srcset(value, lineAt(current, at), rewrite));
  }

  private static String replace(String text, Pattern pattern, Rewrite value) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replaced = value.target(m.group(3), m.start(3));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replaced + m.group(4)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Each candidate's URL of a {@code srcset}, its width or density kept. */
  private static String srcset(String srcset, int line, Rewrite rewrite) {
    StringBuilder out = new StringBuilder();
    for (String candidate : srcset.split(",")) {
      String trimmed = candidate.strip();
      int space = trimmed.indexOf(' ');
      String url = space < 0 ? trimmed : trimmed.substring(0, space);
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(rewrite.target(url, line)).append(space < 0 ? "" : trimmed.substring(space));
    }
    return out.toString();
  }

  /** The 1-based line of {@code offset} in {@code text}. */
  public static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
