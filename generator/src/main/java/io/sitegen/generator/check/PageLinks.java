package io.sitegen.generator.check;

import io.sitegen.generator.html.UrlAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of one built file, as written, and the fragment targets it offers (ids and {@code <a
 * name>}).
 *
 * @param path relative to the site root, {@code /}-separated
 * @param feed true for feeds and sitemaps, false for HTML pages
 * @param links every URL the file refers to, in document order, repeats kept
 * @param ids what {@code #fragment} links to this file may name
 * @param postBodyLinks the links written inside a post's body ({@code .post-body} of a post page):
 *     their source is the post's file, wherever else the post is shown
 */
record PageLinks(
    String path, boolean feed, List<String> links, Set<String> ids, Set<String> postBodyLinks) {

  private static final Pattern REFRESH_URL =
      Pattern.compile(
          "(?i)^\\s*\\d*(?:\\.\\d*)?\\s*[;,]\\s*url\\s*=\\s*['\"]?([^'\"]*)['\"]?\\s*$");

  /** Link relations that name a host to warm up, not a page to read. */
  private static final Set<String> HINTS = Set.of("preconnect", "dns-prefetch");

  PageLinks {
    links = List.copyOf(links);
    ids = Set.copyOf(ids);
    postBodyLinks = Set.copyOf(postBodyLinks);
  }

  static PageLinks ofHtml(String path, Document page) {
    Set<String> ids = new HashSet<>();
    for (Element element : page.getAllElements()) {
      if (element.hasAttr("id")) {
        ids.add(element.attr("id"));
      }
      if (element.normalName().equals("a") && element.hasAttr("name")) {
        ids.add(element.attr("name"));
      }
    }
    Set<String> postBodyLinks = new HashSet<>();
    for (Element body : page.select(".post-body")) {
      postBodyLinks.addAll(htmlLinks(body));
    }
    return new PageLinks(path, false, htmlLinks(page), ids, postBodyLinks);
  }

  /**
   * The links of an RSS or Atom feed or a sitemap: {@code <link>}, {@code <loc>}, {@code
   * <comments>}, enclosures, and the links inside the HTML of each entry. Empty for other XML.
   */
  static PageLinks ofXml(String path, Document xml) {
    List<String> links = new ArrayList<>();
    for (Element element : xml.getAllElements()) {
      String name = element.normalName();
      String type = element.attr("type").toLowerCase(Locale.ROOT);
      if (name.equals("link") || name.endsWith(":link")) {
        links.add(element.hasAttr("href") ? element.attr("href") : element.text());
      } else if (name.equals("loc") || name.equals("comments")) {
        links.add(element.text());
      } else if (name.equals("enclosure")) {
        links.add(element.attr("url"));
      } else if (name.equals("description")
          || name.equals("content:encoded")
          || ((name.equals("content") || name.equals("summary")) && type.equals("html"))) {
        links.addAll(htmlLinks(Jsoup.parseBodyFragment(element.text())));
      }
    }
    links.removeIf(String::isBlank);
    return new PageLinks(path, true, links, Set.of(), Set.of());
  }

  /** True for the roots of the XML files whose links are checked. */
  static boolean isFeed(Document xml) {
    Element root = xml.children().first();
    if (root == null) {
      return false;
    }
    String name = root.normalName();
    return name.equals("rss") || name.equals("feed") || name.equals("urlset");
  }

  private static List<String> htmlLinks(Element root) {
    List<String> links = new ArrayList<>();
    // UrlAttributes knows every URL attribute a post body may hold; reading through its rewrite
    // keeps that list in one place. The rewrite returns each URL unchanged.
    UrlAttributes.rewrite(
        root,
        url -> {
          links.add(url);
          return url;
        });
    // Then what only a page's head and templates hold.
    for (Element element : root.getAllElements()) {
      switch (element.normalName()) {
        case "link" -> {
          if (element.hasAttr("href")
              && !HINTS.contains(element.attr("rel").toLowerCase(Locale.ROOT))) {
            links.add(element.attr("href"));
          }
        }
        case "script" -> {
          if (element.hasAttr("src")) {
            links.add(element.attr("src"));
          }
        }
        case "area" -> {
          if (element.hasAttr("href")) {
            links.add(element.attr("href"));
          }
        }
        case "meta" -> {
          Matcher refresh = REFRESH_URL.matcher(element.attr("content"));
          if (element.attr("http-equiv").equalsIgnoreCase("refresh") && refresh.matches()) {
            links.add(refresh.group(1));
          }
        }
        default -> {}
      }
    }
    return links;
  }
}
