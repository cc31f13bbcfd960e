package io.sitegen.generator.importer.wordpress;

import io.sitegen.generator.importer.CommentIds;
import io.sitegen.generator.importer.CommentText;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.PostFiles;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * An item's {@code <wp:comment>} entries as comment files on its post: approved ones only (spam,
 * trash and those awaiting moderation were never shown), with their threading. The reader's email
 * and IP address stay behind: they were never public.
 */
final class WxrComments {

  private final ZoneId zone;
  private final ImportReport report;
  private final CommentIds ids = new CommentIds();

  WxrComments(ZoneId zone, ImportReport report) {
    this.zone = zone;
    this.report = report;
  }

  /**
   * @param title the post's title, naming it in the report
   * @param post the post file the comments belong to
   */
  void convert(Element item, String title, String post, PostFiles posts, List<ImportedFile> out) {
    List<Element> comments = Wxr.wpChildren(item, "comment");
    // Ids first: a reply may come before the comment it answers in the file.
    Map<String, String> idOfComment = new HashMap<>();
    Map<Element, ZonedDateTime> dates = new LinkedHashMap<>();
    for (Element comment : comments) {
      String wpId = Wxr.wp(comment, "comment_id");
      String approved = Wxr.wp(comment, "comment_approved");
      if (!approved.equals("1")) {
        report.skipped(
            "comment " + wpId + " on '" + title + "'",
            switch (approved) {
              case "spam" -> "spam";
              case "trash" -> "in the trash";
              default -> "never approved";
            });
        continue;
      }
      Optional<ZonedDateTime> date = date(comment);
      if (date.isEmpty()) {
        report.skipped("comment " + wpId + " on '" + title + "'", "it has no date");
        continue;
      }
      dates.put(comment, date.get());
      idOfComment.put(wpId, ids.next(post, date.get(), author(comment)));
    }
    for (Map.Entry<Element, ZonedDateTime> entry : dates.entrySet()) {
      Element comment = entry.getKey();
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("author", author(comment));
      keys.put("date", entry.getValue().toOffsetDateTime().toString());
      String url = Wxr.wp(comment, "comment_author_url");
      if (url.startsWith("http://") || url.startsWith("https://")) {
        keys.put("url", url);
      }
      String parent = Wxr.wp(comment, "comment_parent");
      if (!parent.isEmpty() && !parent.equals("0")) {
        String parentId = idOfComment.get(parent);
        if (parentId != null) {
          keys.put("parent", parentId);
        } else {
          report.unconverted(
              post,
              0,
              "comment "
                  + Wxr.wp(comment, "comment_id")
                  + " answers comment "
                  + parent
                  + ", which is not imported: it is shown as a comment of its own");
        }
      }
      keys.put("body", CommentText.markdown(Wxr.wp(comment, "comment_content")));
      out.add(posts.comment(post, idOfComment.get(Wxr.wp(comment, "comment_id")), keys));
      report.imported("comment");
    }
  }

  private static String author(Element comment) {
    String author = Wxr.wp(comment, "comment_author");
    return author.isEmpty() ? "Anonymous" : author;
  }

  /** {@code comment_date_gmt} is UTC; an old export may only have the blog's local time. */
  private Optional<ZonedDateTime> date(Element comment) {
    return WordPressImporter.date(
        Wxr.wp(comment, "comment_date_gmt"), Wxr.wp(comment, "comment_date"), zone);
  }
}
