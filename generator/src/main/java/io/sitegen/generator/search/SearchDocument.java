package io.sitegen.generator.search;

import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Post;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One thing a reader can find: a post or a static page.
 *
 * @param url its link, with the site's base path
 * @param title shown as the result's link; weighs most
 * @param date {@code yyyy-MM-dd}, or empty for undated pages
 * @param category shown beside the date, may be empty
 * @param tags weigh like the title
 * @param summary weighs between title and body
 * @param body plain text, markup removed
 */
public record SearchDocument(
    String url,
    String title,
    String date,
    String category,
    List<String> tags,
    String summary,
    String body) {

  public SearchDocument {
    tags = List.copyOf(tags);
  }

  /** A post as found at {@code url}; its body's HTML is reduced to its text. */
  public static SearchDocument ofPost(Post post, String url) {
    return new SearchDocument(
        url,
        post.title(),
        post.date().format(DateTimeFormatter.ISO_LOCAL_DATE),
        post.category().relative(),
        post.tags(),
        post.summary().orElse(""),
        HtmlText.of(post.html()));
  }

  /** A page of {@code pages/}: undated, in no category, with no tags. */
  public static SearchDocument ofPage(Page page, String url) {
    return new SearchDocument(
        url, page.title(), "", "", List.of(), page.summary().orElse(""), HtmlText.of(page.html()));
  }
}
