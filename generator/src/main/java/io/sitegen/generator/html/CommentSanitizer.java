package io.sitegen.generator.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans a reader's comment to text formatting and links: no scripts, event handlers, styles,
 * frames, images or {@code javascript:} URLs. Links get {@code rel="nofollow ugc"} so the blog
 * lends no search ranking to whatever a commenter links.
 */
public final class CommentSanitizer {

  private final Safelist safelist =
      Safelist.basic()
          .removeProtocols("a", "href", "ftp")
          .addTags("del", "s")
          .addEnforcedAttribute("a", "rel", "nofollow ugc")
          // A long line scrolls the block: keyboard users must be able to focus it to scroll.
          .addEnforcedAttribute("pre", "tabindex", "0");

  private final Document.OutputSettings output =
      new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

  /** Safe HTML for a comment body; safe to share between threads (Jsoup's cleaner is). */
  public String clean(String html) {
    return Jsoup.clean(html, "", safelist, output);
  }
}
