package io.sitegen.generator.importer;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The file names of imported comments: when and by whom ({@code 2004-05-01-200000-jane-reader}),
 * made unique per post, so a reply's {@code parent:} can name the comment it answers.
 */
public final class CommentIds {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

  private final Set<String> ids = new HashSet<>();

  /**
   * @param post the post file the comment belongs to
   */
  public String next(String post, ZonedDateTime date, String author) {
    String id = date.format(ID_TIME) + "-" + slug(author);
    String unique = id;
    for (int n = 2; !ids.add(post + "/" + unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private static String slug(String author) {
    String slug =
        author.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "reader" : slug;
  }
}
