package io.sitegen.generator.render;

import io.sitegen.generator.feed.SiteFeeds;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.index.Listing.Kind;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.CategoryPath;
import io.sitegen.generator.model.Photo;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.render.view.AlbumView;
import io.sitegen.generator.render.view.CategoryView;
import io.sitegen.generator.render.view.CommentView;
import io.sitegen.generator.render.view.DayView;
import io.sitegen.generator.render.view.FeedLink;
import io.sitegen.generator.render.view.ListingView;
import io.sitegen.generator.render.view.PageView;
import io.sitegen.generator.render.view.PagerView;
import io.sitegen.generator.render.view.PhotoView;
import io.sitegen.generator.render.view.PostView;
import io.sitegen.generator.render.view.TagView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides every page of the site and its template variables: a page per post, the pages of every
 * listing, the tag index, the 404 page and a redirect per alias.
 */
public final class PagePlan {

  private static final int COMMENTS_PER_PAGE = 50;

  private final Site site;
  private final Views views;
  private final String siteTitle;

  private PagePlan(Site site, Views views) {
    this.site = site;
    this.views = views;
    this.siteTitle = site.config().title();
  }

  /** Every page of the site, in a fixed order. */
  public static List<PageJob> of(Site site, List<Listing> listings, Views views) {
    return new PagePlan(site, views).jobs(listings);
  }

  private List<PageJob> jobs(List<Listing> listings) {
    List<PageJob> jobs = new ArrayList<>();
    List<PostView> postViews = views.posts();
    for (int i = 0; i < site.posts().size(); i++) {
      Post post = site.posts().get(i);
      PostView view = postViews.get(i);
      jobs.add(
          new PageJob(
              post.outputPath(),
              "post " + post.source(),
              "post",
              Map.of(
                  "site", views.site(),
                  "page",
                      page(
                          post.title() + " — " + siteTitle,
                          post.outputPath(),
                          view.summary(),
                          views.feeds(post.category().relative(), post.category().toString())),
                  "post", view)));
      for (String alias : post.aliases()) {
        String path = aliasPath(alias);
        jobs.add(
            new PageJob(
                path,
                "alias " + alias + " of " + post.source(),
                "redirect",
                Map.of(
                    "site", views.site(),
                    "page", page("Redirecting…", path, "", List.of()),
                    "target", view.permalink())));
      }
    }
    Map<CategoryPath, List<CategoryView>> children = new TreeMap<>();
    for (Listing listing : listings) {
      if (listing.kind() == Kind.CATEGORY) {
        CategoryPath path = CategoryPath.parse(listing.key());
        children.computeIfAbsent(path.parent(), k -> new ArrayList<>()).add(views.category(path));
      }
    }
    for (Listing listing : listings) {
      addListing(jobs, listing, children);
    }
    jobs.add(
        new PageJob(
            "tags/index.html",
            "tag index",
            "tags",
            Map.of(
                "site", views.site(),
                "page", page("Tags — " + siteTitle, "tags/index.html", "", views.feeds("", "")),
                "tags", views.tags())));
    jobs.add(
        new PageJob(
            "404.html",
            "404 page",
            "404",
            Map.of(
                "site",
                views.site(),
                "page",
                page("Page not found — " + siteTitle, "404.html", "", views.feeds("", "")))));
    if (site.config().search()) {
      jobs.add(
          new PageJob(
              Views.SEARCH_PAGE,
              "search page",
              "search",
              Map.of(
                  "site",
                  views.site(),
                  "page",
                  page("Search — " + siteTitle, Views.SEARCH_PAGE, "", views.feeds("", "")))));
    }
    addComments(jobs);
    addAlbums(jobs);
    return jobs;
  }

  private void addListing(
      List<PageJob> jobs, Listing listing, Map<CategoryPath, List<CategoryView>> children) {
    int size = site.config().postsPerPage();
    int total = listing.posts().size();
    int pages = Math.max(1, (total + size - 1) / size);
    String heading = heading(listing);
    String description = description(listing);
    List<CategoryView> parents = List.of();
    List<CategoryView> subfolders = List.of();
    if (listing.kind() == Kind.CATEGORY) {
      CategoryPath path = CategoryPath.parse(listing.key());
      List<CategoryView> ancestors = new ArrayList<>();
      for (CategoryPath c : path.parent().selfAndAncestors()) {
        ancestors.add(0, views.category(c));
      }
      parents = List.copyOf(ancestors);
      subfolders = List.copyOf(children.getOrDefault(path, List.of()));
    }
    for (int number = 1; number <= pages; number++) {
      List<Integer> slice =
          listing
              .posts()
              .subList(Math.min(total, (number - 1) * size), Math.min(total, number * size));
      PagerView pager = pager(listing.folder(), number, pages);
      ListingView view =
          new ListingView(
              listing.kind().templateName(),
              heading,
              description,
              days(slice),
              pager,
              parents,
              subfolders,
              total);
      String path = Views.listingPath(listing.folder(), number);
      String title = heading.isEmpty() ? siteTitle : heading + " — " + siteTitle;
      if (number > 1) {
        title = title + " (page " + number + ")";
      }
      jobs.add(
          new PageJob(
              path,
              listing.kind().templateName()
                  + " listing "
                  + (listing.key().isEmpty() ? "/" : listing.key()),
              "list",
              Map.of(
                  "site", views.site(),
                  "page",
                      page(
                          title,
                          path,
                          listing.kind() == Kind.HOME ? site.config().description() : description,
                          feeds(listing, heading)),
                  "listing", view)));
    }
  }

  /** Groups consecutive posts of one local day under that day's header. */
  private List<DayView> days(List<Integer> slice) {
    List<DayView> days = new ArrayList<>();
    LocalDate current = null;
    List<PostView> group = new ArrayList<>();
    for (int index : slice) {
      Post post = site.posts().get(index);
      LocalDate date = post.date().toLocalDate();
      if (!date.equals(current) && !group.isEmpty()) {
        days.add(dayView(current, group));
        group = new ArrayList<>();
      }
      current = date;
      group.add(views.posts().get(index));
    }
    if (!group.isEmpty()) {
      days.add(dayView(current, group));
    }
    return List.copyOf(days);
  }

  private static DayView dayView(LocalDate date, List<PostView> posts) {
    return new DayView(posts.get(0).day(), date.toString(), List.copyOf(posts));
  }

  private String heading(Listing listing) {
    var locale = site.config().locale();
    return switch (listing.kind()) {
      case HOME -> "";
      case CATEGORY -> listing.key();
      case TAG -> views.tag(listing.key()).title();
      case YEAR -> listing.key();
      case MONTH ->
          DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(YearMonth.parse(listing.key()));
      case DAY ->
          DateTimeFormatter.ofPattern(site.config().dayFormat(), locale)
              .format(LocalDate.parse(listing.key()));
    };
  }

  private String description(Listing listing) {
    if (listing.kind() == Kind.TAG) {
      TagView tag = views.tag(listing.key());
      return tag.description();
    }
    return "";
  }

  /** Front page, categories and tags have feeds of their own; archives only the blog's. */
  private List<FeedLink> feeds(Listing listing, String heading) {
    return switch (listing.kind()) {
      case CATEGORY -> views.feeds(listing.folder(), heading);
      case TAG -> views.feeds(listing.folder(), "tagged " + heading);
      default -> views.feeds("", "");
    };
  }

  /** The recent-comments pages: every comment, newest first, {@link #COMMENTS_PER_PAGE} a page. */
  private void addComments(List<PageJob> jobs) {
    List<CommentView> all = views.commentsNewestFirst();
    int pages = Math.max(1, (all.size() + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE);
    String folder = SiteFeeds.COMMENTS_FOLDER;
    for (int number = 1; number <= pages; number++) {
      List<CommentView> slice =
          all.subList(
              Math.min(all.size(), (number - 1) * COMMENTS_PER_PAGE),
              Math.min(all.size(), number * COMMENTS_PER_PAGE));
      PagerView pager = pager(folder, number, pages);
      String path = Views.listingPath(folder, number);
      String title =
          "Recent comments — " + siteTitle + (number > 1 ? " (page " + number + ")" : "");
      jobs.add(
          new PageJob(
              path,
              "recent comments page " + number,
              "comments",
              Map.of(
                  "site", views.site(),
                  "page", page(title, path, "", views.feeds(folder, "comments")),
                  "comments", List.copyOf(slice),
                  "pager", pager,
                  "total", all.size())));
    }
  }

  /** The albums index, each album's pages of thumbnails and a page per photo. */
  private void addAlbums(List<PageJob> jobs) {
    List<AlbumView> albums = views.albums();
    if (albums.isEmpty()) {
      return;
    }
    List<FeedLink> feeds = views.feeds("", "");
    jobs.add(
        new PageJob(
            Views.ALBUMS_INDEX,
            "albums index",
            "albums",
            Map.of(
                "site", views.site(),
                "page", page("Photos — " + siteTitle, Views.ALBUMS_INDEX, "", feeds),
                "albums", albums)));
    int size = site.config().gallery().photosPerPage();
    for (Album album : site.albums()) {
      AlbumView view = views.album(album.path());
      List<PhotoView> photos = view.photos();
      int pages = Math.max(1, (photos.size() + size - 1) / size);
      for (int number = 1; number <= pages; number++) {
        String path = Views.listingPath(album.folder(), number);
        String title =
            view.title() + " — " + siteTitle + (number > 1 ? " (page " + number + ")" : "");
        jobs.add(
            new PageJob(
                path,
                "album " + album.path() + " page " + number,
                "album",
                Map.of(
                    "site", views.site(),
                    "page", page(title, path, view.description(), feeds),
                    "album", view,
                    "photos",
                        photos.subList((number - 1) * size, Math.min(photos.size(), number * size)),
                    "pager", pager(album.folder(), number, pages))));
      }
      for (int i = 0; i < photos.size(); i++) {
        Photo photo = album.photos().get(i);
        PhotoView photoView = photos.get(i);
        jobs.add(
            new PageJob(
                photo.pagePath(),
                "photo " + photo.source(),
                "photo",
                Map.of(
                    "site",
                    views.site(),
                    "page",
                    page(
                        photoView.title() + " — " + view.title() + " — " + siteTitle,
                        photo.pagePath(),
                        photoView.caption(),
                        feeds),
                    "photo",
                    photoView,
                    "album",
                    view)));
      }
    }
  }

  /**
   * Where page {@code number} of {@code pages} sits, for a listing whose first page is in {@code
   * folder}.
   */
  private PagerView pager(String folder, int number, int pages) {
    return new PagerView(
        number,
        pages,
        number > 1 ? views.listingUrl(folder, number - 1) : "",
        number < pages ? views.listingUrl(folder, number + 1) : "");
  }

  private PageView page(String title, String outputPath, String description, List<FeedLink> feeds) {
    return new PageView(
        title, views.href(outputPath), views.absolute(outputPath), description, feeds);
  }

  /** The output file of an alias: {@code /old/} and {@code /old} become {@code old/index.html}. */
  static String aliasPath(String alias) {
    String path = alias.substring(1);
    if (path.isEmpty() || path.endsWith("/")) {
      return path + "index.html";
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".") ? path : path + "/index.html";
  }
}
