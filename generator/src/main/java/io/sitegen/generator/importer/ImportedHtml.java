package io.sitegen.generator.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** A runnable element in Markdown, with its content up to its end tag, or standing alone. */
  private static final Pattern RUNNABLE_IN_TEXT =
      Pattern.compile(
          "(?is)<(script|iframe|object|embed)\\b[^>]*>(?:.*?</\\1\\s*>)?|</(?:script|iframe|object|embed)\\s*>");

  private static final Pattern START_TAG =
      Pattern.compile(
          "<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)(\\s*/?)>");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s+([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

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
        Optional<String> why =
            runnable(element.normalName(), attribute.getKey(), attribute.getValue());
        if (why.isPresent()) {
          removed.add(why.get());
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

  /**
   * The same cleaning for the raw HTML inside a Markdown body, done on the text: writing Markdown
   * out of an HTML parser would escape its quote markers and ampersands, so only the offending
   * elements and attributes are cut out.
   */
  public static Cleaned cleanMarkdown(String markdown) {
    List<String> removed = new ArrayList<>();
    Matcher runnable = RUNNABLE_IN_TEXT.matcher(markdown);
    StringBuilder kept = new StringBuilder();
    while (runnable.find()) {
      if (runnable.group(1) != null) {
        removed.add("<" + runnable.group(1).toLowerCase(Locale.ROOT) + ">");
      }
      runnable.appendReplacement(kept, "");
    }
    runnable.appendTail(kept);
    Matcher tag = START_TAG.matcher(kept);
    StringBuilder out = new StringBuilder();
    while (tag.find()) {
      String element = tag.group(1).toLowerCase(Locale.ROOT);
      StringBuilder attributes = new StringBuilder();
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String value =
            attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
        Optional<String> why = runnable(element, attribute.group(1), value);
        why.ifPresentOrElse(removed::add, () -> attributes.append(attribute.group()));
      }
      tag.appendReplacement(
          out, Matcher.quoteReplacement("<" + tag.group(1) + attributes + tag.group(3) + ">"));
    }
    tag.appendTail(out);
    return new Cleaned(removed.isEmpty() ? markdown : out.toString(), removed);
  }

  /**
   * Why an attribute would run code in a reader's browser, as the report names it; empty if not.
   */
  private static Optional<String> runnable(String element, String attribute, String value) {
    String name = attribute.toLowerCase(Locale.ROOT);
    String scheme = value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
    if (name.startsWith("on")) {
      return Optional.of(name + " on <" + element + ">");
    }
    if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:")) {
      return Optional.of(name + "=\"javascript:…\" on <" + element + ">");
    }
    return Optional.empty();
  }
}
