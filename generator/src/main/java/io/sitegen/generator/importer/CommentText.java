package io.sitegen.generator.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A comment body that an old engine kept as HTML, as the Markdown our comment files hold: links
 * become Markdown links and line breaks stay, every other tag is reduced to its text. The build
 * sanitises the result like any reader's comment.
 */
public final class CommentText {

  private CommentText() {}

  public static String markdown(String html) {
    StringBuilder out = new StringBuilder();
    append(Jsoup.parseBodyFragment(html).body(), out);
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static void append(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(escape(text.getWholeText()));
      } else if (child instanceof Element element) {
        switch (element.normalName()) {
          case "br" -> out.append("  \n");
          case "p", "div", "blockquote", "pre" -> {
            out.append("\n\n");
            append(element, out);
            out.append("\n\n");
          }
          case "a" -> {
            String href = element.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
              out.append('[').append(escape(element.text())).append("](").append(href).append(')');
            } else {
              append(element, out);
            }
          }
          default -> append(element, out);
        }
      }
    }
  }

  /** Markdown's own characters in the reader's text stay text. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
  }
}
