package io.sitegen.generator.render.view;

import java.util.List;
import java.util.Map;

/**
 * A post as templates see it, on its own page ({@code post}) and in listings.
 *
 * @param title as written; templates escape it
 * @param url its page, ready for {@code href}
 * @param permalink absolute URL when the site has a {@code baseUrl}, else the same as {@code url}
 * @param dateIso ISO 8601 with offset, for {@code <time datetime>}
 * @param day the day header, e.g. {@code Mon, 30 Sep 2013}
 * @param time the posting time, e.g. {@code 04:58}
 * @param category its folder (path {@code /} for posts directly in {@code posts/})
 * @param tags its tags, as written; in listings only the first {@link
 *     io.sitegen.generator.model.Post#LISTED_TAGS}
 * @param moreTags how many tags a listing leaves out of {@code tags} (0 on the post's own page)
 * @param related related posts, best first
 * @param html the full body
 * @param listingHtml the body for listings (see {@code truncated})
 * @param truncated whether {@code listingHtml} stops at {@code <!-- more -->}
 * @param summary the author's summary, or an empty string
 * @param newer the next newer post, or null on the newest
 * @param older the next older post, or null on the oldest
 * @param extra front matter keys site-gen does not know
 * @param comments readers' comments, oldest first, each with its replies
 * @param commentCount all comments, replies included
 * @param commentsUrl the comments section of the post's page
 * @param gallery thumbnails of the post's album, or null when it shows none
 * @param updatedIso when it was last changed, ISO 8601, or empty when the author did not say
 * @param updatedDay the same as a day, e.g. {@code Tue, 1 Oct 2013}, or empty
 * @param readingTime e.g. {@code 3 min read}; empty unless the site asks for reading times
 * @param toc its table of contents; empty when it shows none
 */
public record PostView(
    String title,
    String url,
    String permalink,
    String dateIso,
    String day,
    String time,
    CategoryView category,
    List<TagView> tags,
    int moreTags,
    List<Link> related,
    String html,
    String listingHtml,
    boolean truncated,
    String summary,
    Link newer,
    Link older,
    Map<String, Object> extra,
    List<CommentView> comments,
    int commentCount,
    String commentsUrl,
    GalleryView gallery,
    String updatedIso,
    String updatedDay,
    String readingTime,
    List<TocEntry> toc) {

  /** This post as a listing shows it: at most {@code max} of its tags. */
  public PostView listed(int max) {
    if (tags.size() <= max) {
      return this;
    }
    return new PostView(
        title,
        url,
        permalink,
        dateIso,
        day,
        time,
        category,
        tags.subList(0, max),
        tags.size() - max,
        related,
        html,
        listingHtml,
        truncated,
        summary,
        newer,
        older,
        extra,
        comments,
        commentCount,
        commentsUrl,
        gallery,
        updatedIso,
        updatedDay,
        readingTime,
        toc);
  }
}
