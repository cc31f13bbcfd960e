package io.sitegen.generator.render;

import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.feed.JsonFeedWriter;
import io.sitegen.generator.html.CommentAnchors;
import io.sitegen.generator.html.SiteUrls;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.CategoryPath;
import io.sitegen.generator.model.Comment;
import io.sitegen.generator.model.ImageVariant;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Photo;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.PostComment;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.model.TagInfo;
import io.sitegen.generator.related.RelatedPosts;
import io.sitegen.generator.render.view.AlbumView;
import io.sitegen.generator.render.view.ArticleView;
import io.sitegen.generator.render.view.CategoryView;
import io.sitegen.generator.render.view.CommentView;
import io.sitegen.generator.render.view.FeedLink;
import io.sitegen.generator.render.view.GalleryView;
import io.sitegen.generator.render.view.ImageView;
import io.sitegen.generator.render.view.Link;
import io.sitegen.generator.render.view.PhotoView;
import io.sitegen.generator.render.view.PostView;
import io.sitegen.generator.render.view.SiteView;
import io.sitegen.generator.render.view.TagView;
import io.sitegen.generator.render.view.TocEntry;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Builds every view record once per build: each post's view is shared by its own page and every
 * listing that shows it, so nothing is formatted twice.
 */
public final class Views {

  private static final String RSS_TYPE = "application/rss+xml";
  private static final String ATOM_TYPE = "application/atom+xml";
  private static final int WORDS_PER_MINUTE = 220;
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Site site;
  private final SiteConfig config;
  private final SiteUrls urls;
  private final DateTimeFormatter dayFormat;
  private final DateTimeFormatter timeFormat;
  private final Map<CategoryPath, CategoryView> categories = new HashMap<>();
  private final Map<String, TagView> tags = new HashMap<>();
  private final SiteView siteView;
  private final Map<String, AlbumView> albums = new LinkedHashMap<>();
  private final List<PostView> posts;
  private final List<PostView> listed;

  public Views(Site site, List<Listing> listings, RelatedPosts related) {
    this.site = site;
    this.config = site.config();
    this.urls = new SiteUrls(config.basePath(), config.baseUrl());
    this.dayFormat = DateTimeFormatter.ofPattern(config.dayFormat(), config.locale());
    this.timeFormat = DateTimeFormatter.ofPattern(config.timeFormat(), config.locale());
    List<CategoryView> topLevel = new ArrayList<>();
    for (Listing listing : listings) {
      switch (listing.kind()) {
        case CATEGORY -> {
          CategoryPath path = CategoryPath.parse(listing.key());
          CategoryView view =
              new CategoryView(
                  path.toString(),
                  path.name(),
                  listingUrl(listing.folder(), 1),
                  listing.posts().size());
          categories.put(path, view);
          if (path.depth() == 1) {
            topLevel.add(view);
          }
        }
        case TAG -> {
          TagInfo info = site.tags().get(listing.key());
          tags.put(
              listing.key(),
              new TagView(
                  info.key(),
                  info.title(),
                  info.description(),
                  listingUrl(listing.folder(), 1),
                  listing.posts().size()));
        }
        default -> {}
      }
    }
    categories.put(
        CategoryPath.ROOT, new CategoryView("/", "", href(OutputPaths.HOME), site.posts().size()));
    this.siteView =
        new SiteView(
            config.title(),
            config.description(),
            config.author(),
            config.language(),
            config.basePath(),
            config.baseUrl().orElse(""),
            href(OutputPaths.TAGS_INDEX),
            List.copyOf(topLevel),
            site.posts().size(),
            config.extra(),
            listingUrl(OutputPaths.COMMENTS, 1),
            feedUrl("", OutputPaths.RSS),
            feedUrl("", OutputPaths.ATOM),
            feedUrl("", OutputPaths.JSON),
            feedUrl(OutputPaths.COMMENTS, OutputPaths.RSS),
            site.albums().isEmpty() ? "" : href(OutputPaths.ALBUMS_INDEX),
            site.posts().stream().anyMatch(p -> !p.comments().isEmpty()),
            MenuLinks.of(
                config.menu(), site.pages(), categories, !site.albums().isEmpty(), this::href),
            config.search() ? href(OutputPaths.SEARCH_PAGE) : "");
    for (Album album : site.albums()) {
      albums.put(album.path(), albumView(album));
    }
    PostView[] built = new PostView[site.posts().size()];
    IntStream.range(0, built.length).parallel().forEach(i -> built[i] = postView(i, related));
    this.posts = List.of(built);
    this.listed = posts.stream().map(view -> view.listed(Post.LISTED_TAGS)).toList();
  }

  public SiteView site() {
    return siteView;
  }

  /** Post views in blog order, aligned with {@link Site#posts()}. */
  public List<PostView> posts() {
    return posts;
  }

  /** Post views as listings show them (some of their tags), aligned with {@link #posts()}. */
  public List<PostView> listed() {
    return listed;
  }

  public CategoryView category(CategoryPath path) {
    return categories.get(path);
  }

  public TagView tag(String key) {
    return tags.get(key);
  }

  /** Every tag by key. */
  public List<TagView> tags() {
    return site.tags().keySet().stream().map(tags::get).toList();
  }

  public String day(Post post) {
    return dayFormat.format(post.date());
  }

  /** The URL of page {@code page} of a listing whose first page is in {@code folder}. */
  public String listingUrl(String folder, int page) {
    return href(OutputPaths.listing(folder, page));
  }

  /** The URL of an output file. */
  public String href(String outputPath) {
    return urls.href(outputPath);
  }

  /** The absolute URL of an output file when the site has a base URL, else its URL path. */
  public String absolute(String outputPath) {
    return urls.absolute(outputPath);
  }

  /** The URLs of the site's output files. */
  public SiteUrls urls() {
    return urls;
  }

  private PostView postView(int i, RelatedPosts related) {
    List<Post> all = site.posts();
    Post post = all.get(i);
    List<Link> relatedLinks = new ArrayList<>();
    for (int r : related.of(i)) {
      relatedLinks.add(link(all.get(r)));
    }
    return new PostView(
        post.title(),
        href(post.outputPath()),
        absolute(post.outputPath()),
        post.date().toOffsetDateTime().toString(),
        dayFormat.format(post.date()),
        // No "00:00" for a post whose author gave only a day.
        post.timed() ? timeFormat.format(post.date()) : "",
        categories.get(post.category()),
        post.tags().stream().map(tags::get).toList(),
        0,
        List.copyOf(relatedLinks),
        post.html(),
        post.listingHtml(),
        post.truncated(),
        post.summary().orElse(""),
        i > 0 ? link(all.get(i - 1)) : null,
        i < all.size() - 1 ? link(all.get(i + 1)) : null,
        post.extra(),
        threads(post),
        post.comments().size(),
        href(post.outputPath()) + "#reader_comments",
        post.gallery().map(albums::get).map(this::strip).orElse(null),
        post.updated().map(d -> d.toOffsetDateTime().toString()).orElse(""),
        post.updated().map(dayFormat::format).orElse(""),
        config.readingTime() ? readingTime(post.words()) : "",
        post.toc().stream().map(h -> new TocEntry(h.text(), "#" + h.id(), h.depth())).toList());
  }

  /** At about 220 words a minute, never less than a minute. */
  static String readingTime(int words) {
    return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)) + " min read";
  }

  /**
   * A URL of {@code site.yaml} or the body as an absolute URL: one with a scheme as it is, a site
   * path ({@code /blog/x.png}) on the base URL's host, anything else below the site root.
   */
  public String absoluteUrl(String url) {
    if (SCHEME.matcher(url).find()) {
      return url;
    }
    if (url.startsWith("/")) {
      return config.baseUrl().map(base -> URI.create(base).resolve(url).toString()).orElse(url);
    }
    return absolute(url);
  }

  /** The site's picture for pages without one: {@code image:} of {@code site.yaml}, or empty. */
  public String defaultImage() {
    return config.image().map(this::absoluteUrl).orElse("");
  }

  /**
   * The picture that stands for post {@code i}: its own ({@code image:} or the body's first image),
   * else its album's cover, else the site's.
   */
  public String image(int i) {
    Post post = site.posts().get(i);
    if (!post.image().isEmpty()) {
      if (SCHEME.matcher(post.image()).find() || post.image().startsWith("/")) {
        return absoluteUrl(post.image());
      }
      // A relative image: beside the post, like the body's links.
      return URI.create(absolute(post.outputPath())).resolve(post.image()).toString();
    }
    return post.gallery()
        .map(albums::get)
        .map(album -> absoluteUrl(album.cover().web().src()))
        .orElseGet(this::defaultImage);
  }

  /** A page of {@code pages/} as its template sees it. */
  public ArticleView article(Page page) {
    return new ArticleView(
        page.title(),
        href(page.outputPath()),
        page.html(),
        page.summary().orElse(""),
        page.extra());
  }

  /** Every album, by path. */
  public List<AlbumView> albums() {
    return List.copyOf(albums.values());
  }

  public AlbumView album(String path) {
    return albums.get(path);
  }

  private GalleryView strip(AlbumView album) {
    int shown = Math.min(config.gallery().postThumbnails(), album.photos().size());
    return new GalleryView(
        new Link(album.title(), album.url()),
        album.photos().subList(0, shown),
        album.photos().size());
  }

  private AlbumView albumView(Album album) {
    Link albumLink = new Link(album.title(), listingUrl(album.folder(), 1));
    List<Photo> photos = album.photos();
    List<PhotoView> views = new ArrayList<>();
    for (int i = 0; i < photos.size(); i++) {
      Photo photo = photos.get(i);
      views.add(
          new PhotoView(
              photo.caption().isEmpty() ? photo.fileName() : photo.caption(),
              photo.caption(),
              href(photo.pagePath()),
              image(photo.thumbnail()),
              image(photo.thumbnail2x()),
              image(photo.web()),
              photo.original().map(this::href).orElse(""),
              photo.taken().map(t -> dayFormat.format(t) + ", " + timeFormat.format(t)).orElse(""),
              photo.camera(),
              albumLink,
              i > 0 ? photoLink(photos.get(i - 1)) : null,
              i < photos.size() - 1 ? photoLink(photos.get(i + 1)) : null,
              i + 1,
              photos.size(),
              photo.caption().isEmpty()
                  ? "Photo " + (i + 1) + " of " + photos.size() + " in " + album.title()
                  : photo.caption()));
    }
    return new AlbumView(
        album.path(),
        album.title(),
        album.description(),
        album.date().map(dayFormat::format).orElse(""),
        albumLink.url(),
        views.get(album.cover()),
        List.copyOf(views));
  }

  private ImageView image(ImageVariant variant) {
    return new ImageView(href(variant.outputPath()), variant.width(), variant.height());
  }

  private Link photoLink(Photo photo) {
    return new Link(
        photo.caption().isEmpty() ? photo.fileName() : photo.caption(), href(photo.pagePath()));
  }

  /** Every comment of the blog, newest first, for the recent-comments pages. */
  public List<CommentView> commentsNewestFirst() {
    List<PostComment> all = site.commentsNewestFirst();
    // Ids on that page must be unique though comment ids repeat between posts.
    return IntStream.range(0, all.size())
        .mapToObj(
            i ->
                commentView(
                    all.get(i).post(), all.get(i).comment(), "recent_" + (i + 1), List.of()))
        .toList();
  }

  /** Top-level comments with their replies; the model already points every reply at the top. */
  private List<CommentView> threads(Post post) {
    Map<String, List<CommentView>> replies = new HashMap<>();
    for (Comment comment : post.comments()) {
      comment
          .parentId()
          .ifPresent(
              parent ->
                  replies
                      .computeIfAbsent(parent, k -> new ArrayList<>())
                      .add(commentView(post, comment, CommentAnchors.of(comment.id()), List.of())));
    }
    List<CommentView> threads = new ArrayList<>();
    for (Comment comment : post.comments()) {
      if (comment.parentId().isEmpty()) {
        threads.add(
            commentView(
                post,
                comment,
                CommentAnchors.of(comment.id()),
                List.copyOf(replies.getOrDefault(comment.id(), List.of()))));
      }
    }
    return List.copyOf(threads);
  }

  /**
   * A comment as the post's page and the recent-comments page show it.
   *
   * @param id the element id on the page showing it
   */
  private CommentView commentView(
      Post post, Comment comment, String id, List<CommentView> replies) {
    String anchor = CommentAnchors.of(comment.id());
    return new CommentView(
        id,
        comment.author(),
        comment.url().orElse(""),
        dayFormat.format(comment.date()),
        timeFormat.format(comment.date()),
        comment.date().toOffsetDateTime().toString(),
        comment.html(),
        link(post),
        href(post.outputPath()) + "#" + anchor,
        replies);
  }

  /**
   * The feeds of the listing in {@code folder} (none for an empty folder), then the whole blog's;
   * nothing when the site has no base URL, since feeds need absolute links.
   */
  public List<FeedLink> feeds(String folder, String what) {
    if (config.baseUrl().isEmpty()) {
      return List.of();
    }
    List<FeedLink> links = new ArrayList<>();
    if (!folder.isEmpty()) {
      links.add(
          new FeedLink(
              config.title() + " — " + what + " (RSS)",
              RSS_TYPE,
              feedUrl(folder, OutputPaths.RSS)));
      links.add(
          new FeedLink(
              config.title() + " — " + what + " (Atom)",
              ATOM_TYPE,
              feedUrl(folder, OutputPaths.ATOM)));
      links.add(
          new FeedLink(
              config.title() + " — " + what + " (JSON Feed)",
              JsonFeedWriter.TYPE,
              feedUrl(folder, OutputPaths.JSON)));
    }
    links.add(new FeedLink(config.title() + " (RSS)", RSS_TYPE, feedUrl("", OutputPaths.RSS)));
    links.add(new FeedLink(config.title() + " (Atom)", ATOM_TYPE, feedUrl("", OutputPaths.ATOM)));
    links.add(
        new FeedLink(
            config.title() + " (JSON Feed)", JsonFeedWriter.TYPE, feedUrl("", OutputPaths.JSON)));
    return List.copyOf(links);
  }

  private String feedUrl(String folder, String name) {
    return config.baseUrl().isEmpty() ? "" : absolute(OutputPaths.feed(folder, name));
  }

  private Link link(Post post) {
    return new Link(post.title(), href(post.outputPath()));
  }
}
