package io.sitegen.generator.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The namespaces of a WordPress export (WXR 1.1 and 1.2) and reading its elements. */
final class Wxr {

  static final String WP_1_2 = "http://wordpress.org/export/1.2/";
  static final String WP_1_1 = "http://wordpress.org/export/1.1/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String EXCERPT_1_2 = "http://wordpress.org/export/1.2/excerpt/";
  static final String EXCERPT_1_1 = "http://wordpress.org/export/1.1/excerpt/";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private Wxr() {}

  /**
   * The direct children of {@code parent} named {@code local} in {@code namespace} (null: none).
   */
  static List<Element> children(Element parent, String namespace, String local) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && local.equals(e.getLocalName())
          && (namespace == null
              ? e.getNamespaceURI() == null
              : namespace.equals(e.getNamespaceURI()))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The text of the first such child, stripped; empty when there is none. */
  static String text(Element parent, String namespace, String local) {
    List<Element> found = children(parent, namespace, local);
    return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
  }

  /** A {@code wp:} child, whichever of the two export versions wrote it. */
  static String wp(Element parent, String local) {
    String text = text(parent, WP_1_2, local);
    return text.isEmpty() ? text(parent, WP_1_1, local) : text;
  }

  static List<Element> wpChildren(Element parent, String local) {
    List<Element> found = new ArrayList<>(children(parent, WP_1_2, local));
    found.addAll(children(parent, WP_1_1, local));
    return found;
  }

  /**
   * The raw text of a content child: kept with its whitespace, since blank lines are paragraphs.
   */
  static String body(Element parent, String namespace, String local) {
    List<Element> found = children(parent, namespace, local);
    return found.isEmpty() ? "" : found.get(0).getTextContent();
  }
}
