package io.sitegen.generator.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An imported HTML body, kept byte for byte unless it holds something that would run in a reader's
 * browser: scripts, event handlers, {@code javascript:} URLs. Those are removed (and the body then
 * re-serialised), and each removal is named so the report can list it.
 */
public final class ImportedHtml {

  private static final List<String> RUNNABLE = List.of("script", "iframe", "object", "embed");

  private ImportedHtml() {}

  /**
   * @param html the body as written
   * @param removed the removed constructs, named ({@code <script>}, {@code onclick on <a>})
   */
  public record Cleaned(String html, List<String> removed) {}

  public static Cleaned clean(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    List<String> removed = new ArrayList<>();
    for (Element element : doc.body().getAllElements()) {
      if (RUNNABLE.contains(element.normalName())) {
        removed.add("<" + element.normalName() + ">");
        element.remove();
        continue;
      }
      for (Attribute attribute : List.copyOf(element.attributes().asList())) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "");
        if (name.startsWith("on")) {
          removed.add(name + " on <" + element.normalName() + ">");
          element.removeAttr(attribute.getKey());
        } else if (value.toLowerCase(Locale.ROOT).startsWith("javascript:")
            || value.toLowerCase(Locale.ROOT).startsWith("vbscript:")) {
          removed.add(name + "=\"javascript:…\" on <" + element.normalName() + ">");
          element.removeAttr(attribute.getKey());
        }
      }
    }
    if (removed.isEmpty()) {
      return new Cleaned(html, List.of());
    }
    doc.outputSettings().prettyPrint(false);
    return new Cleaned(doc.body().html(), removed);
  }
}
