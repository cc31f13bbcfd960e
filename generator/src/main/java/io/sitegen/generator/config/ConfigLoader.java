package io.sitegen.generator.config;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.KeySpelling;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.internal.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@code site.yaml}, checks every known key and fills in defaults. */
public final class ConfigLoader {

  public static final String FILE_NAME = "site.yaml";
  private static final String STAGE = "configure";
  private static final List<String> KNOWN_KEYS =
      List.of(
          "title",
          "author",
          "description",
          "baseUrl",
          "timezone",
          "language",
          "postsPerPage",
          "permalink",
          "pagePermalink",
          "menu",
          "relatedPosts",
          "dayFormat",
          "timeFormat",
          "feedItems",
          "feedContent",
          "thumbnailSize",
          "thumbnailCrop",
          "photoSize",
          "galleryThumbnails",
          "photosPerPage",
          "publishOriginals",
          "maxImagePixels",
          "redirects",
          "image",
          "toc",
          "readingTime",
          "lineNumbers",
          "search");

  private final YamlReader yaml = new YamlReader();

  /**
   * Loads the configuration of the blog in {@code sourceDir}; a missing {@code site.yaml} gives all
   * defaults.
   *
   * @param baseUrlOverride replaces {@code baseUrl} from the file (command line, Maven)
   * @param warn told of keys that look like misspelt known keys
   */
  public SiteConfig load(Path sourceDir, Optional<String> baseUrlOverride, Consumer<String> warn) {
    Path file = sourceDir.resolve(FILE_NAME);
    Path shown = Path.of(FILE_NAME);
    String text = Files.isRegularFile(file) ? SourceFiles.readUtf8(STAGE, file, shown) : "";
    Keys keys = new Keys(yaml.readMap(STAGE, text, shown, 1), text, shown);
    String fallbackTitle =
        sourceDir.getFileName() == null ? "My blog" : sourceDir.getFileName().toString();
    String title = keys.string("title", fallbackTitle);
    String author = keys.string("author", "");
    String description = keys.string("description", "");
    Optional<String> baseUrl =
        baseUrlOverride.or(() -> Optional.ofNullable(keys.stringOrNull("baseUrl")));
    baseUrl = baseUrl.map(url -> keys.checkBaseUrl(url));
    ZoneId zone = keys.zone("timezone");
    String language = keys.string("language", "en");
    if (!isKnownLanguage(language)) {
      keys.fail(
          "language",
          "'" + language + "' is not a language tag of a known language",
          "Write a BCP 47 tag such as en, en-AU, de-CH or pt-BR");
    }
    int postsPerPage = keys.positiveInt("postsPerPage", 10);
    String permalink = keys.string("permalink", "/{category}/{slug}.html");
    String permalinkError = PermalinkPattern.validate(permalink);
    if (!permalinkError.isEmpty()) {
      keys.fail(
          "permalink", "'" + permalink + "' " + permalinkError, "e.g. /{category}/{slug}.html");
    }
    String pagePermalink = keys.string("pagePermalink", "/{slug}/");
    if (!pagePermalink.startsWith("/")
        || !pagePermalink.replace("{slug}", "").matches("[^{}]*")
        || !pagePermalink.contains("{slug}")) {
      keys.fail(
          "pagePermalink",
          "'" + pagePermalink + "' must start with '/' and contain {slug} and no other placeholder",
          "e.g. /{slug}/ (pages/about.md becomes /about/) or /{slug}.html");
    }
    List<MenuEntry> menu = MenuEntries.read(keys.get("menu"), text, shown, keys::failAt);
    int related = keys.nonNegativeInt("relatedPosts", 6);
    // Zero-padded, as the seed blog writes its day headers: "Wed, 04 Sep 2013".
    String dayFormat = keys.datePattern("dayFormat", "EEE, dd MMM yyyy");
    String timeFormat = keys.datePattern("timeFormat", "HH:mm");
    int feedItems = keys.positiveInt("feedItems", 20);
    String feedContent = keys.string("feedContent", "full");
    if (!feedContent.equals("full") && !feedContent.equals("summary")) {
      keys.fail(
          "feedContent",
          "'" + feedContent + "' is neither 'full' nor 'summary'",
          "Write 'feedContent: full' for whole posts in feeds, 'summary' for summaries");
    }
    GalleryConfig gallery = gallery(keys);
    Set<RedirectFormat> redirects = keys.redirectFormats("redirects");
    Optional<String> image =
        Optional.ofNullable(keys.stringOrNull("image"))
            .map(String::strip)
            .filter(i -> !i.isEmpty());
    boolean toc = keys.bool("toc", false);
    boolean readingTime = keys.bool("readingTime", false);
    boolean search = keys.bool("search", true);
    // Misspelt keys first: a failed build still shows them, and a typo may be why it failed.
    for (String key : keys.unused().keySet()) {
      KeySpelling.probablyMeant(key, KNOWN_KEYS)
          .ifPresent(
              known ->
                  warn.accept(
                      FILE_NAME
                          + ":"
                          + YamlReader.lineOf(text, key, 1)
                          + ": unknown key '"
                          + key
                          + "': did you mean '"
                          + known
                          + "'? (unknown keys only reach templates as site.extra)"));
    }
    keys.throwIfProblems();
    return new SiteConfig(
        title,
        author,
        description,
        baseUrl,
        zone,
        language,
        postsPerPage,
        new PermalinkPattern(permalink),
        new PermalinkPattern(pagePermalink),
        related,
        dayFormat,
        timeFormat,
        feedItems,
        feedContent.equals("full"),
        gallery,
        menu,
        redirects,
        image,
        toc,
        readingTime,
        keys.bool("lineNumbers", false),
        search,
        keys.unused());
  }

  private static GalleryConfig gallery(Keys keys) {
    GalleryConfig d = GalleryConfig.DEFAULTS;
    String crop = keys.string("thumbnailCrop", d.squareThumbnails() ? "square" : "fit");
    if (!crop.equals("fit") && !crop.equals("square")) {
      keys.fail(
          "thumbnailCrop",
          "'" + crop + "' is neither 'fit' nor 'square'",
          "'fit' keeps each photo's shape, 'square' crops to the middle");
    }
    return new GalleryConfig(
        keys.positiveInt("thumbnailSize", d.thumbnailSize()),
        crop.equals("square"),
        keys.positiveInt("photoSize", d.photoSize()),
        keys.nonNegativeInt("galleryThumbnails", d.postThumbnails()),
        keys.positiveInt("photosPerPage", d.photosPerPage()),
        keys.bool("publishOriginals", d.publishOriginals()),
        keys.positiveLong("maxImagePixels", d.maxPixels()));
  }

  /** The path of an absolute URL, always ending in {@code /}. */
  /**
   * A well-formed BCP 47 tag whose language is an ISO 639 one: {@code xx-bogus} would otherwise
   * reach {@code <html lang>} and silently give English month names.
   */
  private static boolean isKnownLanguage(String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      return false;
    }
    return Set.of(Locale.getISOLanguages()).contains(locale.getLanguage());
  }

  static String pathOf(String baseUrl) {
    String path = URI.create(baseUrl).getRawPath();
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  /** Typed access to the raw map that remembers which keys were used and what was wrong. */
  private static final class Keys {
    private final Map<String, Object> raw;
    private final Map<String, Object> unused;
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    private final String text;

    Keys(Map<String, Object> raw, String text, Path file) {
      this.raw = raw;
      this.text = text;
      this.unused = new LinkedHashMap<>(raw);
      this.file = file;
    }

    Object get(String key) {
      unused.remove(key);
      return raw.get(key);
    }

    String stringOrNull(String key) {
      Object value = get(key);
      if (value == null) {
        return null;
      }
      if (value instanceof Map || value instanceof List) {
        fail(key, "must be a single value", "Write it on one line as '" + key + ": value'");
        return null;
      }
      return String.valueOf(value);
    }

    String string(String key, String fallback) {
      String value = stringOrNull(key);
      return value == null ? fallback : value;
    }

    int positiveInt(String key, int fallback) {
      return intAtLeast(key, fallback, 1);
    }

    int nonNegativeInt(String key, int fallback) {
      return intAtLeast(key, fallback, 0);
    }

    private int intAtLeast(String key, int fallback, int min) {
      Object value = get(key);
      if (value == null) {
        return fallback;
      }
      if (value instanceof Integer i && i >= min) {
        return i;
      }
      fail(
          key,
          "must be a whole number of at least " + min + ", not '" + value + "'",
          "e.g. '" + key + ": " + fallback + "'");
      return fallback;
    }

    boolean bool(String key, boolean fallback) {
      Object value = get(key);
      if (value == null) {
        return fallback;
      }
      if (value instanceof Boolean b) {
        return b;
      }
      fail(
          key,
          "must be true or false, not '" + value + "'",
          "e.g. '" + key + ": " + fallback + "'");
      return fallback;
    }

    long positiveLong(String key, long fallback) {
      Object value = get(key);
      if (value == null) {
        return fallback;
      }
      if (value instanceof Number n && n.longValue() > 0 && !(value instanceof Double)) {
        return n.longValue();
      }
      fail(
          key,
          "must be a whole number above 0, not '" + value + "'",
          "e.g. '" + key + ": " + fallback + "'");
      return fallback;
    }

    ZoneId zone(String key) {
      String value = string(key, "UTC");
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        fail(
            key,
            "'" + value + "' is not a time zone",
            "Use a name such as Australia/Sydney or UTC");
        return ZoneId.of("UTC");
      }
    }

    String datePattern(String key, String fallback) {
      String value = string(key, fallback);
      try {
        DateTimeFormatter.ofPattern(value);
      } catch (IllegalArgumentException e) {
        fail(
            key,
            "'" + value + "' is not a date pattern: " + e.getMessage(),
            "See java.time.format.DateTimeFormatter; the default is '" + fallback + "'");
      }
      return value;
    }

    /** A list of redirect formats, or one; an empty list is refused: old URLs would not answer. */
    Set<RedirectFormat> redirectFormats(String key) {
      Object value = get(key);
      List<?> names =
          value instanceof List<?> list ? list : value == null ? List.of("html") : List.of(value);
      Set<RedirectFormat> formats = EnumSet.noneOf(RedirectFormat.class);
      for (Object name : names) {
        Optional<RedirectFormat> format = RedirectFormat.of(String.valueOf(name));
        if (format.isEmpty()) {
          fail(
              key,
              "'" + name + "' is not a redirect format",
              "Use one or more of html, htaccess, nginx, netlify, e.g. 'redirects: [html, htaccess]'");
        }
        format.ifPresent(formats::add);
      }
      if (names.isEmpty()) {
        fail(key, "is empty, so old URLs would not answer", "e.g. 'redirects: [html]'");
      }
      return formats.isEmpty() ? EnumSet.of(RedirectFormat.HTML) : formats;
    }

    String checkBaseUrl(String url) {
      try {
        URI uri = new URI(url);
        if (uri.getScheme() == null
            || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
            || uri.getHost() == null) {
          fail(
              "baseUrl",
              "'" + url + "' is not an absolute http(s) URL",
              "e.g. https://blog.example.org/");
          return url;
        }
      } catch (URISyntaxException e) {
        fail("baseUrl", "'" + url + "' is not a URL", "e.g. https://blog.example.org/");
        return url;
      }
      return url.endsWith("/") ? url : url + "/";
    }

    void fail(String key, String message, String hint) {
      failAt(YamlReader.lineOf(text, key, 1), key + ": " + message, hint);
    }

    void failAt(int line, String message, String hint) {
      problems.add(Problem.at(file, line, message, hint));
    }

    void throwIfProblems() {
      if (!problems.isEmpty()) {
        throw new BuildException(STAGE, problems);
      }
    }

    Map<String, Object> unused() {
      return unused;
    }
  }
}
