package io.sitegen.generator.importer.jekyll;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's permalinks as Jekyll 3 and 4 make them: the built-in styles, the placeholders of a post
 * ({@code :categories}, {@code :year}, {@code :title}, ...) and of a page or collection document,
 * and the URL a template gives ({@code URL#generate_url_from_drop} and {@code sanitize_url}). The
 * URL is returned decoded, as site-gen's aliases are written.
 */
final class JekyllPermalink {

  /** Jekyll's default, when {@code _config.yml} names none. */
  static final String DEFAULT_STYLE = "date";

  private static final Map<String, String> STYLES =
      Map.of(
          "date", "/:categories/:year/:month/:day/:title:output_ext",
          "pretty", "/:categories/:year/:month/:day/:title/",
          "ordinal", "/:categories/:year/:y_day/:title:output_ext",
          "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
          "none", "/:categories/:title:output_ext");

  private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

  private JekyllPermalink() {}

  /** A template that names a placeholder Jekyll does not have for this kind of document. */
  static final class UnknownPlaceholder extends IllegalArgumentException {
    UnknownPlaceholder(String name) {
      super(":" + name);
    }
  }

  /** The template of posts: a built-in style's, or the pattern itself. */
  static String postTemplate(String permalink) {
    return STYLES.getOrDefault(permalink, permalink);
  }

  /**
   * The template of a page or collection document without a {@code permalink:} of its own: its
   * path, ended as the site's style ends (Jekyll's {@code add_permalink_suffix}).
   */
  static String withSuffix(String template, String style) {
    return switch (style) {
      case "pretty" -> template + "/";
      case "date", "ordinal", "none" -> template + ":output_ext";
      default ->
          template
              + (style.endsWith("/") ? "/" : "")
              + (style.endsWith(":output_ext") ? ":output_ext" : "");
    };
  }

  /**
   * @param categories in the order Jekyll has them (folders above {@code _posts}, then front
   *     matter); written in lower case, each once
   * @param slug the file name's slug ({@code 2010-07-21-My-Post.md} gives {@code My-Post}), or the
   *     front matter's {@code slug:}
   * @param date in the zone Jekyll built the site in
   */
  static Map<String, String> ofPost(
      List<String> categories, String slug, String fileStem, ZonedDateTime date) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        "categories",
        String.join(
            "/", categories.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList()));
    values.put("year", String.format("%04d", date.getYear()));
    values.put("month", String.format("%02d", date.getMonthValue()));
    values.put("i_month", Integer.toString(date.getMonthValue()));
    values.put("day", String.format("%02d", date.getDayOfMonth()));
    values.put("i_day", Integer.toString(date.getDayOfMonth()));
    values.put("short_year", String.format("%02d", date.getYear() % 100));
    values.put("hour", String.format("%02d", date.getHour()));
    values.put("minute", String.format("%02d", date.getMinute()));
    values.put("second", String.format("%02d", date.getSecond()));
    values.put("y_day", String.format("%03d", date.getDayOfYear()));
    values.put("short_month", date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    values.put("long_month", date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    values.put("short_day", date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    values.put("long_day", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    values.put("week", String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    values.put("w_year", Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR)));
    values.put("w_day", Integer.toString(date.getDayOfWeek().getValue()));
    values.put("title", slugify(slug, true, true));
    values.put("slug", slugify(slug, false, false));
    values.put("name", slugify(fileStem, false, false));
    values.put("collection", "posts");
    values.put("output_ext", ".html");
    return values;
  }

  /**
   * A page's: {@code :path} is its folder below the site's source ({@code ""} at the top), {@code
   * :basename} its file name without the extension.
   */
  static Map<String, String> ofPage(String folder, String basename) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("path", folder);
    values.put("basename", basename);
    values.put("output_ext", ".html");
    return values;
  }

  /**
   * A collection document's: {@code :path} is its path below the collection's folder, without the
   * extension.
   */
  static Map<String, String> ofDocument(String collection, String path, String basename) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("collection", collection);
    values.put("path", path);
    values.put("name", slugify(basename, false, false));
    values.put("title", slugify(basename, true, true));
    values.put("slug", slugify(basename, false, false));
    values.put("output_ext", ".html");
    return values;
  }

  /**
   * The URL {@code template} gives; {@code :name_} may stand for {@code :name} where a word
   * follows.
   *
   * @throws UnknownPlaceholder for a placeholder not in {@code values}
   */
  static String expand(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String key = values.containsKey(name) ? name : name.replaceAll("_$", "");
      if (!values.containsKey(key)) {
        throw new UnknownPlaceholder(name);
      }
      // The trailing underscore that only ended the name stays in the URL.
      String rest = name.substring(key.length());
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(key) + rest));
    }
    m.appendTail(out);
    return ("/" + out).replace("..", "/").replace("./", "").replaceAll("/{2,}", "/");
  }

  /**
   * Jekyll's {@code Utils.slugify}: the default mode keeps letters and digits, the {@code pretty}
   * mode also {@code ._~!$&'()+,;=@}; every other run of characters is one hyphen.
   */
  static String slugify(String text, boolean pretty, boolean cased) {
    String slug =
        text.replaceAll(pretty ? "[^\\p{L}\\p{N}._~!$&'()+,;=@]+" : "[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    return cased ? slug : slug.toLowerCase(Locale.ROOT);
  }
}
