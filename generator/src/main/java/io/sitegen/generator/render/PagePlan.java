package io.sitegen.generator.render;

import io.sitegen.generator.index.Listing;
import io.sitegen.generator.index.Listing.Kind;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.CategoryPath;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Photo;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.render.view.AlbumView;
import io.sitegen.generator.render.view.ArchiveView;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides every page of the site and its template variables: a page per post, the pages of every
 * listing, the tag index, the 404 page and a redirect per alias.
 */
public final class PagePlan {

  /** The template of an alias's redirect page. */
  public static final String REDIRECT_TEMPLATE = "redirect";

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
                      postPage(
                          i,
                          view,
                          views.feeds(post.category().relative(), post.category().toString())),
                  "post", view)));
      addRedirects(jobs, post.aliases(), post.source().toString(), view.permalink());
    }
    addPages(jobs);
    if (MenuLinks.linksArchives(site.config().menu())) {
      addArchives(jobs, listings);
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
            OutputPaths.TAGS_INDEX,
            "tag index",
            "tags",
            Map.of(
                "site", views.site(),
                "page",
                    page("Tags — " + siteTitle, OutputPaths.TAGS_INDEX, "", views.feeds("", "")),
                "tags", views.tags())));
    jobs.add(
        new PageJob(
            OutputPaths.NOT_FOUND,
            "404 page",
            "404",
            Map.of(
                "site",
                views.site(),
                "page",
                page(
                    "Page not found — " + siteTitle,
                    OutputPaths.NOT_FOUND,
                    "",
                    views.feeds("", "")))));
    if (site.config().search()) {
      jobs.add(
          new PageJob(
              OutputPaths.SEARCH_PAGE,
              "search page",
              "search",
              Map.of(
                  "site",
                  views.site(),
                  "page",
                  page(
                      "Search — " + siteTitle, OutputPaths.SEARCH_PAGE, "", views.feeds("", "")))));
    }
    addComments(jobs);
    addAlbums(jobs);
    return jobs;
  }

  /** A redirect page for each alias of the post or page in {@code source}. */
  private void addRedirects(List<PageJob> jobs, List<String> aliases, String source, String to) {
    for (String alias : aliases) {
      String path = OutputPaths.alias(alias);
      jobs.add(
          new PageJob(
              path,
              "alias " + alias + " of " + source,
              REDIRECT_TEMPLATE,
              Map.of(
                  "site", views.site(),
                  "page", page("Redirecting…", path, "", List.of()),
                  "target", to)));
    }
  }

  /** The pages of {@code pages/}, with the {@code page} template. */
  private void addPages(List<PageJob> jobs) {
    for (Page p : site.pages()) {
      jobs.add(
          new PageJob(
              p.outputPath(),
              "page " + p.source().toString().replace('\\', '/'),
              "page",
              Map.of(
                  "site", views.site(),
                  "page",
                      page(
                          p.title() + " — " + siteTitle,
                          p.outputPath(),
                          p.summary().orElse(""),
                          views.feeds("", "")),
                  "article", views.article(p))));
      addRedirects(jobs, p.aliases(), p.source().toString(), views.absolute(p.outputPath()));
    }
  }

  /** Every year with its months, newest first, linking their listings. */
  private void addArchives(List<PageJob> jobs, List<Listing> listings) {
    var locale = site.config().locale();
    DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    Map<String, List<ArchiveView>> months = new TreeMap<>();
    for (Listing listing : listings) {
      if (listing.kind() == Kind.MONTH) {
        months
            .computeIfAbsent(listing.key().substring(0, 4), k -> new ArrayList<>())
            .add(
                new ArchiveView(
                    monthName.format(YearMonth.parse(listing.key())),
                    views.listingUrl(listing.folder(), 1),
                    listing.posts().size(),
                    List.of()));
      }
    }
    List<ArchiveView> years = new ArrayList<>();
    for (Listing listing : listings) {
      if (listing.kind() == Kind.YEAR) {
        List<ArchiveView> ofYear = new ArrayList<>(months.getOrDefault(listing.key(), List.of()));
        ofYear.sort(Comparator.comparing(ArchiveView::url).reversed());
        years.add(
            new ArchiveView(
                listing.key(),
                views.listingUrl(listing.folder(), 1),
                listing.posts().size(),
                List.copyOf(ofYear)));
      }
    }
    years.sort(Comparator.comparing(ArchiveView::title).reversed());
    jobs.add(
        new PageJob(
            OutputPaths.ARCHIVES,
            "archives page",
            "archives",
            Map.of(
                "site", views.site(),
                "page",
                    page("Archives — " + siteTitle, OutputPaths.ARCHIVES, "", views.feeds("", "")),
                "years", List.copyOf(years))));
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
      String path = OutputPaths.listing(listing.folder(), number);
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
                  "site",
                  views.site(),
                  "page",
                  listing.kind() == Kind.HOME && number == 1
                      ? frontPage(title, path, feeds(listing, heading))
                      : page(title, path, description, feeds(listing, heading)),
                  "listing",
                  view)));
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
      group.add(views.listed().get(index));
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
    String folder = OutputPaths.COMMENTS;
    for (int number = 1; number <= pages; number++) {
      List<CommentView> slice =
          all.subList(
              Math.min(all.size(), (number - 1) * COMMENTS_PER_PAGE),
              Math.min(all.size(), number * COMMENTS_PER_PAGE));
      PagerView pager = pager(folder, number, pages);
      String path = OutputPaths.listing(folder, number);
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
            OutputPaths.ALBUMS_INDEX,
            "albums index",
            "albums",
            Map.of(
                "site", views.site(),
                "page", page("Photos — " + siteTitle, OutputPaths.ALBUMS_INDEX, "", feeds),
                "albums", albums)));
    int size = site.config().gallery().photosPerPage();
    for (Album album : site.albums()) {
      AlbumView view = views.album(album.path());
      List<PhotoView> photos = view.photos();
      int pages = Math.max(1, (photos.size() + size - 1) / size);
      for (int number = 1; number <= pages; number++) {
        String path = OutputPaths.listing(album.folder(), number);
        String title =
            view.title() + " — " + siteTitle + (number > 1 ? " (page " + number + ")" : "");
        jobs.add(
            new PageJob(
                path,
                "album " + album.path() + " page " + number,
                "album",
                Map.of(
                    "site", views.site(),
                    "page",
                        page(
                            title,
                            path,
                            view.description(),
                            feeds,
                            views.absoluteUrl(view.cover().web().src())),
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
                        feeds,
                        views.absoluteUrl(photoView.web().src())),
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
    return page(title, outputPath, description, feeds, views.defaultImage());
  }

  /** A page that is no post: {@code og:type} website, the site's picture unless it has its own. */
  private PageView page(
      String title, String outputPath, String description, List<FeedLink> feeds, String image) {
    return new PageView(
        title,
        views.href(outputPath),
        views.absolute(outputPath),
        orSiteDescription(description, title),
        feeds,
        "website",
        image,
        twitterCard(image),
        "",
        "",
        List.of(),
        "");
  }

  /** The front page, which describes the blog as a whole. */
  private PageView frontPage(String title, String outputPath, List<FeedLink> feeds) {
    String description = orSiteDescription("", title);
    String image = views.defaultImage();
    String url = views.absolute(outputPath);
    return new PageView(
        title,
        views.href(outputPath),
        url,
        description,
        feeds,
        "website",
        image,
        twitterCard(image),
        "",
        "",
        List.of(),
        StructuredData.blog(site.config(), url, description, image));
  }

  private PageView postPage(int index, PostView view, List<FeedLink> feeds) {
    Post post = site.posts().get(index);
    String image = views.image(index);
    String published = view.dateIso();
    String modified = view.updatedIso().isEmpty() ? published : view.updatedIso();
    List<String> tags = view.tags().stream().map(TagView::title).toList();
    String description = orSiteDescription(post.description(), post.title());
    return new PageView(
        post.title() + " — " + siteTitle,
        view.url(),
        view.permalink(),
        description,
        feeds,
        "article",
        image,
        twitterCard(image),
        published,
        modified,
        tags,
        StructuredData.blogPosting(
            site.config(),
            post.title(),
            view.permalink(),
            description,
            image,
            published,
            modified,
            tags));
  }

  /** Every page has a description: its own, else the blog's, else its title. */
  private String orSiteDescription(String description, String title) {
    if (!description.isEmpty()) {
      return description;
    }
    return site.config().description().isEmpty() ? title : site.config().description();
  }

  private static String twitterCard(String image) {
    return image.isEmpty() ? "summary" : "summary_large_image";
  }
}
