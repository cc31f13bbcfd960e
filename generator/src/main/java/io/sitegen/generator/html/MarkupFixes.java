package io.sitegen.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Repairs what Flexmark 0.64.8 renders in ways the HTML checker or a screen reader objects to:
 * table alignment in the obsolete {@code align} attribute, footnote back-links named only by an
 * arrow, task-list checkboxes without a label, and the {@code \|} GFM allows in a table cell's code
 * span, which Flexmark leaves escaped (vsch/flexmark-java#604). Code blocks become focusable, since
 * a long line scrolls them and keyboard users must be able to scroll (axe-core's
 * scrollable-region-focusable).
 */
final class MarkupFixes {

  // Parsed once: Jsoup parses a selector string on every call.
  private static final Evaluator ALIGNED_CELLS = Selector.evaluatorOf("th[align], td[align]");
  private static final Evaluator CELL_CODE = Selector.evaluatorOf("td code, th code");
  private static final Evaluator FOOTNOTE_BACKREFS = Selector.evaluatorOf("a.footnote-backref");
  private static final Evaluator PRE = Selector.evaluatorOf("pre");
  private static final Evaluator TASK_BOXES = Selector.evaluatorOf("input.task-list-item-checkbox");

  private static final Set<String> ALIGNMENTS = Set.of("left", "right", "center");
  private static final Set<String> BLOCKS = Set.of("ul", "ol", "p", "div", "pre", "blockquote");

  private MarkupFixes() {}

  static void apply(Element body) {
    for (Element cell : body.select(ALIGNED_CELLS)) {
      String align = cell.attr("align").toLowerCase(java.util.Locale.ROOT);
      cell.removeAttr("align");
      if (ALIGNMENTS.contains(align)) {
        cell.addClass("align-" + align);
      }
    }
    for (Element code : body.select(CELL_CODE)) {
      for (TextNode text : code.textNodes()) {
        text.text(text.getWholeText().replace("\\|", "|"));
      }
    }
    for (Element backref : body.select(FOOTNOTE_BACKREFS)) {
      String target = backref.attr("href");
      String number = target.substring(target.lastIndexOf('-') + 1);
      backref.attr("aria-label", "Back to reference " + number);
    }
    for (Element pre : body.select(PRE)) {
      pre.attr("tabindex", "0");
    }
    for (Element box : body.select(TASK_BOXES)) {
      label(box);
    }
  }

  /** Wraps a task's checkbox and the inline text after it in a {@code <label>}. */
  private static void label(Element box) {
    List<Node> inline = new ArrayList<>();
    for (Node node = box.nextSibling(); node != null; node = node.nextSibling()) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        break;
      }
      inline.add(node);
    }
    Element label = new Element("label");
    box.before(label);
    label.appendChild(box);
    for (Node node : inline) {
      label.appendChild(node);
    }
  }
}
