package io.sitegen.generator.model;

/**
 * Where each file of the built site goes below the site root: the one place output paths are
 * spelled. The stages that write files (render, feeds, search, write) and the ones that link to
 * them take their paths from here, so a page and the links to it cannot disagree.
 */
public final class OutputPaths {

  public static final String HOME = "index.html";
  public static final String NOT_FOUND = "404.html";
  public static final String TAGS_INDEX = "tags/index.html";

  /** The archives page, made only when the menu links it. */
  public static final String ARCHIVES = "archives/index.html";

  public static final String SEARCH_PAGE = "search/index.html";

  /** The folder of the search index; its client finds it there. */
  public static final String SEARCH_INDEX = "search/";

  /** The page listing every album. */
  public static final String ALBUMS_INDEX = "photos/index.html";

  /** Where the comments feed and the recent-comments pages live. */
  public static final String COMMENTS = "comments";

  public static final String SITEMAP = "sitemap.xml";
  public static final String ROBOTS = "robots.txt";

  /** The feed files of a folder, one per format. */
  public static final String RSS = "index.rss";

  public static final String ATOM = "index.atom";
  public static final String JSON = "index.json";

  private OutputPaths() {}

  /** The file a site URL path ({@code /a/b.html}, {@code /about/}) is served from. */
  public static String fileOf(String urlPath) {
    String path = urlPath.substring(1);
    return path.isEmpty() || path.endsWith("/") ? path + HOME : path;
  }

  /**
   * The redirect page of an old URL: {@code /old/} and {@code /old} become {@code old/index.html},
   * {@code /old.html} stays a file.
   */
  public static String alias(String alias) {
    String path = alias.substring(1);
    if (path.isEmpty() || path.endsWith("/")) {
      return path + HOME;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".") ? path : path + "/" + HOME;
  }

  /** Page {@code page} (from 1) of a listing whose first page is in {@code folder}. */
  public static String listing(String folder, int page) {
    String prefix = folder.isEmpty() ? "" : folder + "/";
    return page == 1 ? prefix + HOME : prefix + "page/" + page + "/" + HOME;
  }

  /** The feed file {@code name} ({@link #RSS}, {@link #ATOM}, {@link #JSON}) of a folder. */
  public static String feed(String folder, String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  /** The folder of a tag's listing. */
  public static String tagFolder(String key) {
    return "tags/" + key;
  }

  /** The folder of an album's pages, its photos' pages and images. */
  public static String albumFolder(String albumPath) {
    return "photos/" + albumPath;
  }

  /** A file of an album's folder: a photo's page or one of its images. */
  public static String inAlbum(String albumPath, String fileName) {
    return albumFolder(albumPath) + "/" + fileName;
  }
}
