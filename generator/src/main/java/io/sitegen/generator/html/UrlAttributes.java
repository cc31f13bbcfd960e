package io.sitegen.generator.html;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * Every attribute of a body that holds a URL ({@code href}, {@code src}, {@code srcset}, ...), so
 * the same rules move links for listings (site paths) and for feeds (absolute URLs).
 */
public final class UrlAttributes {

  private static final Map<String, List<String>> BY_ELEMENT =
      Map.of(
          "a", List.of("href"),
          "img", List.of("src"),
          "source", List.of("src"),
          "video", List.of("src", "poster"),
          "audio", List.of("src"),
          "iframe", List.of("src"),
          "embed", List.of("src"),
          "object", List.of("data"),
          "track", List.of("src"));

  private UrlAttributes() {}

  /** Passes every URL below {@code root} through {@code rewrite}, in one walk over the elements. */
  public static void rewrite(Element root, UnaryOperator<String> rewrite) {
    for (Element element : root.getAllElements()) {
      for (String attribute : BY_ELEMENT.getOrDefault(element.normalName(), List.of())) {
        if (element.hasAttr(attribute)) {
          element.attr(attribute, rewrite.apply(element.attr(attribute)));
        }
      }
      if (element.hasAttr("srcset")) {
        element.attr("srcset", rewriteSrcset(element.attr("srcset"), rewrite));
      }
    }
  }

  private static String rewriteSrcset(String srcset, UnaryOperator<String> rewrite) {
    StringBuilder out = new StringBuilder();
    for (String candidate : srcset.split(",")) {
      String trimmed = candidate.strip();
      int space = trimmed.indexOf(' ');
      String url = space < 0 ? trimmed : trimmed.substring(0, space);
      String descriptor = space < 0 ? "" : trimmed.substring(space);
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(rewrite.apply(url)).append(descriptor);
    }
    return out.toString();
  }
}
