package io.sitegen.generator.importer.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's {@code content:encoded} as WordPress showed it: the export holds the text as typed, and
 * WordPress made paragraphs of it on every page view (wpautop), turned {@code [caption]} into a
 * figure and hid the block editor's comments. Other shortcodes ran plugin code we do not have, and
 * a URL alone on its line was an embed (a video, a tweet) fetched from its site: they stay as text
 * and are named, so the report can list them.
 */
final class RenderedContent {

  /**
   * The block editor's markers, {@code <!-- wp:image {"id":3} -->} and {@code <!-- /wp:image -->}.
   */
  private static final Pattern GUTENBERG = Pattern.compile("<!--\\s*/?wp:[^>]*?-->[ \\t]*\\n?");

  private static final Pattern CAPTION =
      Pattern.compile("\\[caption[^\\]]*\\](.*?)\\[/caption\\]", Pattern.DOTALL);

  /** The image (perhaps linked) a caption starts with; the rest is the caption's text. */
  private static final Pattern CAPTIONED =
      Pattern.compile("\\s*((?:<a\\s[^>]*>\\s*)?<img\\s[^>]*>(?:\\s*</a>)?)(.*)", Pattern.DOTALL);

  private static final Pattern SHORTCODE =
      Pattern.compile("\\[([a-z][a-z0-9_-]*)(?:\\s[^\\]]*)?\\]");

  /** WordPress's auto-embed: a URL with nothing else on its line (in a paragraph of its own). */
  private static final Pattern BARE_URL =
      Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

  private static final Pattern PRE =
      Pattern.compile("<pre[\\s>].*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /** A text block that starts with one of these is already HTML structure, not a paragraph. */
  private static final Pattern BLOCK_START =
      Pattern.compile(
          "(?i)^</?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tr|td|th"
              + "|figure|figcaption|hr|form|section|article|aside|header|footer|nav|address"
              + "|iframe|script|style|object|embed|video|audio)[\\s>/]");

  private RenderedContent() {}

  /**
   * @param html the HTML WordPress would have shown
   * @param unconverted what is left as text, once each, in order: {@code shortcode [gallery]},
   *     {@code bare URL https://...}
   */
  record Rendered(String html, List<String> unconverted) {}

  static Rendered of(String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    text = GUTENBERG.matcher(text).replaceAll("");
    text = CAPTION.matcher(text).replaceAll(m -> Matcher.quoteReplacement(figure(m.group(1))));
    Set<String> unconverted = new LinkedHashSet<>();
    Matcher shortcode = SHORTCODE.matcher(text);
    while (shortcode.find()) {
      unconverted.add("shortcode [" + shortcode.group(1) + "]");
    }
    Matcher bare = BARE_URL.matcher(text);
    while (bare.find()) {
      unconverted.add("bare URL " + bare.group(1));
    }
    return new Rendered(autop(text), List.copyOf(unconverted));
  }

  private static String figure(String inside) {
    Matcher m = CAPTIONED.matcher(inside);
    if (!m.matches()) {
      return inside;
    }
    String caption = m.group(2).strip();
    return "<figure>"
        + m.group(1)
        + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
        + "</figure>";
  }

  /**
   * wpautop, reduced to what changes a page: blank-line separated blocks of text become {@code
   * <p>}, single newlines in them {@code <br>}; blocks that are HTML structure, and everything
   * inside {@code <pre>}, stay as written.
   */
  static String autop(String text) {
    List<String> pres = new ArrayList<>();
    Matcher pre = PRE.matcher(text);
    StringBuilder held = new StringBuilder();
    while (pre.find()) {
      pres.add(pre.group());
      // A NUL marks the place: XML cannot hold one, so no post does.
      pre.appendReplacement(held, "\n\n\u0000" + (pres.size() - 1) + "\u0000\n\n");
    }
    pre.appendTail(held);
    StringBuilder out = new StringBuilder();
    for (String block : held.toString().split("\\n\\s*\\n")) {
      String b = block.strip();
      if (b.isEmpty()) {
        continue;
      }
      if (b.startsWith("\u0000")) {
        out.append(pres.get(Integer.parseInt(b.substring(1, b.length() - 1)))).append('\n');
      } else if (BLOCK_START.matcher(b).find()) {
        out.append(b).append('\n');
      } else {
        out.append("<p>").append(b.replaceAll("\\s*\\n\\s*", "<br>\n")).append("</p>\n");
      }
    }
    return out.toString();
  }
}
