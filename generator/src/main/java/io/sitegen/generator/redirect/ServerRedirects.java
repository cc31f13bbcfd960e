package io.sitegen.generator.redirect;

import io.sitegen.generator.config.RedirectFormat;
import io.sitegen.generator.html.UrlPaths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Old URLs as real {@code 301 Moved Permanently} answers, in the rule files of the servers blogs
 * are hosted on. Each file lists the redirects sorted by old path, so the same aliases give the
 * same bytes; a redirect never points at another old path, because an alias that is some page's
 * path stops the build first.
 */
public final class ServerRedirects {

  /** Apache's per-folder configuration, honoured by most shared hosts. */
  public static final String HTACCESS = ".htaccess";

  /** An nginx {@code map}, for the {@code http} block. */
  public static final String NGINX = "nginx-redirects.conf";

  /** Netlify's and Cloudflare Pages' redirect list. */
  public static final String NETLIFY = "_redirects";

  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|]");

  private ServerRedirects() {}

  /**
   * The rule file of each format asked for, by name; {@code html} is pages, not a file.
   *
   * @param ownFile the text the blog already has under a file name (its {@code static/} file), kept
   *     above the rules so its own come first; empty if none
   */
  public static Map<String, String> files(
      Set<RedirectFormat> formats, List<Redirect> redirects, UnaryOperator<String> ownFile) {
    Map<String, String> files = new TreeMap<>();
    for (RedirectFormat format : formats) {
      switch (format) {
        case HTML -> {}
        case HTACCESS -> files.put(HTACCESS, htaccess(redirects, ownFile.apply(HTACCESS)));
        case NGINX -> files.put(NGINX, ownFile.apply(NGINX) + nginx(redirects));
        case NETLIFY -> files.put(NETLIFY, ownFile.apply(NETLIFY) + netlify(redirects));
      }
    }
    return files;
  }

  /**
   * mod_alias rules. {@code RedirectMatch} rather than {@code Redirect}: the latter matches
   * prefixes, so an alias {@code /a} would also redirect {@code /about/}.
   *
   * @param prefix the blog's own {@code .htaccess}, kept above the rules (empty if none)
   */
  static String htaccess(List<Redirect> redirects, String prefix) {
    StringBuilder out = new StringBuilder(prefix);
    if (!prefix.isEmpty() && !prefix.endsWith("\n")) {
      out.append('\n');
    }
    out.append("# Old URLs of posts (their aliases), written by site-gen.\n");
    out.append("<IfModule mod_alias.c>\n");
    for (Redirect redirect : sorted(redirects)) {
      out.append("RedirectMatch 301 ")
          .append(apacheQuoted("^" + folderTolerant(redirect) + "$"))
          .append(' ')
          .append(apacheQuoted(redirect.to()))
          .append('\n');
    }
    return out.append("</IfModule>\n").toString();
  }

  /**
   * A map from request path to new URL; the server block answers with it. Exact keys, not regular
   * expressions: nginx looks those up in a hash, so a blog with thousands of old URLs costs
   * nothing.
   */
  static String nginx(List<Redirect> redirects) {
    StringBuilder out = new StringBuilder();
    out.append("# Old URLs of posts (their aliases), written by site-gen.\n");
    out.append("# Include this file in the http block, and in the blog's server block add:\n");
    out.append("#   if ($sitegen_redirect) { return 301 $sitegen_redirect; }\n");
    out.append("map $uri $sitegen_redirect {\n");
    out.append("    default \"\";\n");
    for (Redirect redirect : sorted(redirects)) {
      for (String path : redirect.requestPaths()) {
        out.append("    ")
            .append(nginxQuoted(path))
            .append(' ')
            .append(nginxQuoted(redirect.to()))
            .append(";\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** One line per old URL; these hosts ignore a trailing slash when matching. */
  static String netlify(List<Redirect> redirects) {
    StringBuilder out =
        new StringBuilder("# Old URLs of posts (their aliases), written by site-gen.\n");
    for (Redirect redirect : sorted(redirects)) {
      out.append(UrlPaths.encodePath(redirect.from()))
          .append(' ')
          .append(redirect.to())
          .append(" 301\n");
    }
    return out.toString();
  }

  private static List<Redirect> sorted(List<Redirect> redirects) {
    return redirects.stream().sorted(Comparator.comparing(Redirect::from)).toList();
  }

  /** The regular expression of every request path of a redirect. */
  private static String folderTolerant(Redirect redirect) {
    List<String> paths = redirect.requestPaths();
    if (paths.size() == 1) {
      return regexQuoted(paths.get(0));
    }
    String folder = paths.get(0).equals("/") ? "" : paths.get(0);
    return regexQuoted(folder) + "(/|/index\\.html)" + (folder.isEmpty() ? "" : "?");
  }

  private static String regexQuoted(String text) {
    return REGEX_SPECIAL.matcher(text).replaceAll("\\\\$0");
  }

  /** Apache unescapes only a quote in a quoted word: a regex's backslashes stay as they are. */
  private static String apacheQuoted(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }

  /** nginx unescapes backslashes and quotes in a quoted string. */
  private static String nginxQuoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
