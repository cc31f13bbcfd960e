package io.sitegen.generator.feed;

import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.html.CommentAnchors;
import io.sitegen.generator.html.Descriptions;
import io.sitegen.generator.html.UrlAttributes;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.Comment;
import io.sitegen.generator.model.ImageVariant;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Photo;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.PostComment;
import io.sitegen.generator.model.Site;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Decides the site's feeds: the whole blog, every category (with its sub-folders' posts), every
 * tag, and the comments. A post's feed entry is made once, however many feeds carry it.
 */
public final class SiteFeeds {

  private static final int SUMMARY_LENGTH = 300;
  private static final Evaluator CODE_SPANS = QueryParser.parse("pre.code span");

  private final Site site;
  private final SiteConfig config;
  private final UnaryOperator<String> absolute;
  private final AtomicReferenceArray<FeedEntry> entries;
  private final Memo<EntryInputs, FeedEntry> memo;
  private final Map<String, Album> albums = new HashMap<>();

  /**
   * All a post's entry is made from besides the site's settings (the memo's version). Making one
   * parses the post's HTML twice (to make links absolute and to summarise), so a preview reuses the
   * entry of an unchanged post.
   */
  public record EntryInputs(Post post, List<String> tagTitles, Optional<Album> album) {}

  /**
   * @param absolute the absolute URL of an output path ({@code a/b.html}, {@code a/index.html})
   * @param memo entries made by earlier builds
   */
  public SiteFeeds(Site site, UnaryOperator<String> absolute, Memo<EntryInputs, FeedEntry> memo) {
    this.site = site;
    this.config = site.config();
    this.absolute = absolute;
    this.entries = new AtomicReferenceArray<>(site.posts().size());
    this.memo = memo;
    site.albums().forEach(album -> albums.put(album.path(), album));
  }

  /** What the entries of a listing's feed are made from: equal inputs make equal entries. */
  List<EntryInputs> inputs(Listing listing) {
    return newest(listing).stream().map(this::inputs).toList();
  }

  private List<Integer> newest(Listing listing) {
    return listing.posts().subList(0, Math.min(config.feedItems(), listing.posts().size()));
  }

  /** The feed of each listing that has one (front page, categories, tags). */
  public Feed of(Listing listing, String title, String description) {
    List<FeedEntry> items = new ArrayList<>();
    for (int index : newest(listing)) {
      items.add(entry(index));
    }
    String pageUrl = absolute.apply(OutputPaths.listing(listing.folder(), 1));
    return new Feed(listing.folder(), title, description, pageUrl, items);
  }

  /** The newest comments of the whole blog. */
  public Feed comments() {
    List<PostComment> all = site.commentsNewestFirst();
    List<FeedEntry> items = new ArrayList<>();
    for (PostComment located : all.subList(0, Math.min(config.feedItems(), all.size()))) {
      Post post = located.post();
      Comment comment = located.comment();
      String link = absolute.apply(post.outputPath()) + "#" + CommentAnchors.of(comment.id());
      String html = absolutise(comment.html(), link);
      items.add(
          new FeedEntry(
              "Comment on " + post.title() + " by " + comment.author(),
              link,
              link,
              comment.date(),
              comment.date(),
              comment.author(),
              List.of(),
              config.fullContentFeeds() ? html : "",
              summary(html),
              ""));
    }
    return new Feed(
        OutputPaths.COMMENTS,
        config.title() + " — comments",
        "The newest comments on " + config.title(),
        absolute.apply(OutputPaths.listing(OutputPaths.COMMENTS, 1)),
        items);
  }

  private FeedEntry entry(int index) {
    FeedEntry entry = entries.get(index);
    if (entry == null) {
      EntryInputs inputs = inputs(index);
      entry = memo.get(inputs, () -> newEntry(inputs.post(), inputs.tagTitles(), inputs.album()));
      entries.compareAndSet(index, null, entry);
    }
    return entry;
  }

  private EntryInputs inputs(int index) {
    Post post = site.posts().get(index);
    List<String> tagTitles =
        post.tags().stream()
            .limit(Post.LISTED_TAGS)
            .map(key -> site.tags().get(key).title())
            .toList();
    return new EntryInputs(post, tagTitles, post.gallery().map(albums::get));
  }

  private FeedEntry newEntry(Post post, List<String> tagTitles, Optional<Album> album) {
    String permalink = absolute.apply(post.outputPath());
    String html = "";
    String summary = post.summary().orElse(null);
    if (config.fullContentFeeds()) {
      Element body = absolutised(post.html(), permalink);
      // Readers drop the theme's gallery strip with the page around it, so the feed carries it;
      // a summary-only feed stays a summary (its entries still name the album's cover as image).
      html = body.html() + album.map(this::thumbnails).orElse("");
      if (summary == null && !post.truncated()) {
        // The listing body's text is the full body's unless it is cut short: one parse, not two.
        summary = Descriptions.shorten(body.text(), SUMMARY_LENGTH);
      }
    }
    if (summary == null) {
      summary = summary(post.listingHtml());
    }
    String image =
        post.image().isEmpty()
            ? album
                .map(a -> absolute.apply(a.photos().get(a.cover()).web().outputPath()))
                .orElse("")
            : resolve(post.image(), permalink);
    return new FeedEntry(
        post.title(),
        permalink,
        permalink,
        post.date(),
        post.modified(),
        config.author().isEmpty() ? config.title() : config.author(),
        tagTitles,
        html,
        summary,
        image);
  }

  /** The album's first thumbnails as the post's page shows them, every URL absolute. */
  private String thumbnails(Album album) {
    StringBuilder html = new StringBuilder("<div class=\"gallery\">");
    List<Photo> photos = album.photos();
    int shown = Math.min(config.gallery().postThumbnails(), photos.size());
    for (int i = 0; i < shown; i++) {
      Photo photo = photos.get(i);
      ImageVariant thumb = photo.thumbnail();
      String alt =
          photo.caption().isEmpty()
              ? "Photo " + (i + 1) + " of " + photos.size() + " in " + album.title()
              : photo.caption();
      html.append("<a href=\"")
          .append(Entities.escape(absolute.apply(photo.pagePath())))
          .append("\"><img src=\"")
          .append(Entities.escape(absolute.apply(thumb.outputPath())))
          .append("\" width=\"")
          .append(thumb.width())
          .append("\" height=\"")
          .append(thumb.height())
          .append("\" alt=\"")
          .append(Entities.escape(alt))
          .append("\"></a> ");
    }
    return html.append("<a href=\"")
        .append(Entities.escape(absolute.apply(OutputPaths.listing(album.folder(), 1))))
        .append("\">")
        .append(Entities.escape(album.title()))
        .append("</a></div>")
        .toString();
  }

  /**
   * Makes every URL in {@code html} absolute against {@code page}, so feed readers show images, and
   * unwraps the token and line spans of highlighted code: readers drop classes, so they would only
   * be bytes in every feed that carries the post; the code's text is kept as it is.
   */
  static String absolutise(String html, String page) {
    return absolutised(html, page).html();
  }

  private static Element absolutised(String html, String page) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    doc.select(CODE_SPANS).unwrap();
    UrlAttributes.rewrite(doc.body(), url -> resolve(url, page));
    return doc.body();
  }

  /** {@code url} made absolute against {@code page}; left as it is when it is no URL. */
  static String resolve(String url, String page) {
    try {
      String trimmed = url.strip();
      // java.net.URI follows RFC 2396 here; browsers (RFC 3986) keep the page's path.
      if (trimmed.isEmpty()) {
        return page;
      }
      if (trimmed.startsWith("?")) {
        return page.replaceAll("[?#].*$", "") + trimmed;
      }
      return URI.create(page).resolve(trimmed.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** The first words of {@code html} as plain text, cut at a word. */
  static String summary(String html) {
    return Descriptions.shorten(Jsoup.parseBodyFragment(html).text(), SUMMARY_LENGTH);
  }
}
