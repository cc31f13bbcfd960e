package io.sitegen.generator.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans a reader's comment to text formatting, tables, footnotes and links: no scripts, event
 * handlers, styles, frames, images or {@code javascript:} URLs. Links get {@code rel="nofollow
 * ugc"} so the blog lends no search ranking to whatever a commenter links.
 *
 * <p>Footnotes keep their ids and in-page links, renamed below the comment's own anchor: a comment
 * can neither point at nor clash with an id of the page, the post or another comment. Every other
 * id and in-page link is dropped.
 */
public final class CommentSanitizer {

  /**
   * The ids Flexmark gives a footnote ({@code fn-1}) and its mark ({@code fnref-1}, {@code -2}).
   */
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

  private final Safelist safelist =
      Safelist.basic()
          .removeProtocols("a", "href", "ftp")
          .addProtocols("a", "href", "#")
          .addTags("del", "s", "table", "thead", "tbody", "tfoot", "tr", "th", "td")
          .addAttributes("th", "align")
          .addAttributes("td", "align")
          .addAttributes("sup", "id")
          .addAttributes("li", "id")
          .addEnforcedAttribute("a", "rel", "nofollow ugc")
          // A long line scrolls the block: keyboard users must be able to focus it to scroll.
          .addEnforcedAttribute("pre", "tabindex", "0");

  private final Document.OutputSettings output =
      new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

  /**
   * Safe HTML for a comment body; safe to share between threads (Jsoup's cleaner is).
   *
   * @param anchor the comment's own anchor ({@link CommentAnchors#of}), which prefixes the ids of
   *     its footnotes
   */
  public String clean(String html, String anchor) {
    Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, ""));
    for (Element element : clean.select("[id]")) {
      if (FOOTNOTE_ID.matcher(element.id()).matches()) {
        element.id(anchor + "-" + element.id());
      } else {
        element.removeAttr("id");
      }
    }
    for (Element link : clean.select("a[href^=#]")) {
      String target = link.attr("href").substring(1);
      if (FOOTNOTE_ID.matcher(target).matches()) {
        link.attr("href", "#" + anchor + "-" + target);
      } else {
        link.removeAttr("href");
      }
    }
    clean.outputSettings(output);
    return clean.body().html();
  }
}
