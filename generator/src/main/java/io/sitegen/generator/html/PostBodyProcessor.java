package io.sitegen.generator.html;

import io.sitegen.generator.html.ProcessedBody.Heading;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Makes a rendered body work wherever it is shown. A post's relative links are written relative to
 * its category folder, but the post appears on its permalink page, on listings and in feeds, so
 * each relative {@code href}/{@code src} is rewritten to a site path ({@code
 * /blog/openstack/x.pdf}); a link to another post's {@code .md} file becomes that post's URL. On
 * listings many posts share one page, so their element ids get a per-post prefix.
 */
public final class PostBodyProcessor {

  // Parsed once: Jsoup parses a selector string on every call.
  private static final Evaluator IMAGE = Selector.evaluatorOf("img[src]");
  private static final Evaluator PARAGRAPH = Selector.evaluatorOf("p:not(:empty)");
  private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
  private static final Evaluator ANY = Selector.evaluatorOf("*");
  private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
  private static final Evaluator FRAGMENT_LINKS = Selector.evaluatorOf("a[href^=#]");

  private static final Pattern MORE =
      Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** The source folders whose files are published at their path below them. */
  private static final Set<String> PUBLISHED_ROOTS = Set.of("posts", "pages");

  private final String basePath;
  private final Map<String, String> postUrlsBySource;

  /**
   * @param basePath the site's path prefix, {@code /} or {@code /blog/}
   * @param postUrlsBySource site URL of every post and page, keyed by its source path in the blog
   *     folder ({@code posts/openstack/tips/x.md}, {@code pages/about.md})
   */
  public PostBodyProcessor(String basePath, Map<String, String> postUrlsBySource) {
    this.basePath = basePath;
    this.postUrlsBySource = postUrlsBySource;
  }

  /**
   * @param html the body as Markdown rendered it
   * @param folder the folder of the post's file in the blog folder, without slashes at the ends
   *     ({@code posts/openstack})
   * @param postUrl the post's own URL, for links from a listing to parts of the body it cuts off
   * @param idPrefix unique per post, prefixed to ids on listings
   */
  public ProcessedBody process(String html, String folder, String postUrl, String idPrefix) {
    // One parse serves both versions: the full body is serialised before the listing edits.
    Document doc = parse(html);
    List<String> missingPosts = new ArrayList<>();
    UrlAttributes.rewrite(doc.body(), relative -> resolve(relative, folder, missingPosts));
    List<Heading> headings = shiftHeadings(doc);
    MarkupFixes.apply(doc.body());
    Element image = doc.body().selectFirst(IMAGE);
    Element paragraph = doc.body().selectFirst(PARAGRAPH);
    String text = doc.body().text();
    int words = Descriptions.words(text);
    String full = doc.body().html();
    boolean truncated = cutAtMore(doc.body());
    prefixIds(doc, idPrefix, postUrl);
    demoteHeadings(doc);
    return new ProcessedBody(
        full,
        doc.body().html(),
        truncated,
        image == null ? "" : image.attr("src"),
        paragraph == null ? "" : paragraph.text(),
        words,
        headings,
        missingPosts);
  }

  /**
   * Gives the body's headings the levels below the post title's {@code h1}, so that no page skips a
   * level: each heading is one level below the nearest earlier heading written at a higher level,
   * so a post that starts at {@code ###}, or goes from {@code #} to {@code ###}, still reads h2,
   * h3.
   */
  private static List<Heading> shiftHeadings(Document doc) {
    List<Heading> headings = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>();
    for (Element heading : doc.body().select(HEADINGS)) {
      int written = heading.tagName().charAt(1) - '0';
      while (!open.isEmpty() && open.peek() >= written) {
        open.pop();
      }
      open.push(written);
      int depth = open.size();
      heading.tagName("h" + Math.min(6, depth + 1));
      if (heading.hasAttr("id")) {
        headings.add(new Heading(depth, heading.id(), heading.text()));
      }
    }
    return headings;
  }

  /**
   * Removes the {@code <!-- more -->} comment and everything after it, at every level up to the
   * body, so the excerpt is well-formed wherever the author put the marker.
   */
  private static boolean cutAtMore(Element body) {
    for (Comment comment : body.select(ANY).comments()) {
      if (MORE.matcher("<!--" + comment.getData() + "-->").matches()) {
        Node node = comment;
        while (node != null && node != body) {
          Node parent = node.parentNode();
          while (node.nextSibling() != null) {
            node.nextSibling().remove();
          }
          if (node == comment) {
            node.remove();
          }
          node = parent;
        }
        return true;
      }
    }
    return false;
  }

  private static Document parse(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc;
  }

  /**
   * On listings a post's title is an h3 under the day's h2, so its body's h2 must become an h4 to
   * keep the heading outline in order.
   */
  private static void demoteHeadings(Document doc) {
    for (Element heading : doc.select(HEADINGS)) {
      int level = heading.tagName().charAt(1) - '0';
      heading.tagName("h" + Math.min(6, level + 2));
    }
  }

  private static void prefixIds(Document doc, String prefix, String postUrl) {
    Set<String> ids = new HashSet<>();
    for (Element element : doc.select(WITH_ID)) {
      ids.add(element.id());
      element.attr("id", prefix + "-" + element.id());
    }
    for (Element link : doc.select(FRAGMENT_LINKS)) {
      String target = link.attr("href").substring(1);
      link.attr(
          "href", ids.contains(target) ? "#" + prefix + "-" + target : postUrl + "#" + target);
    }
  }

  /**
   * A relative URL as a site path; anything else (absolute, fragment, mailto:) as it is. A link to
   * a {@code .md} file that is no post or page is added to {@code missingPosts}.
   */
  private String resolve(String url, String folder, List<String> missingPosts) {
    String trimmed = url.strip();
    if (trimmed.isEmpty()
        || trimmed.startsWith("/")
        || trimmed.startsWith("#")
        || trimmed.startsWith("?")
        || SCHEME.matcher(trimmed).find()) {
      return url;
    }
    try {
      String base = "/" + UrlPaths.encodePath(folder) + "/";
      URI resolved = new URI(base).resolve(new URI(trimmed.replace(" ", "%20")));
      String path = resolved.getPath();
      if (path == null) {
        return url;
      }
      String fragment = resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment();
      String post = postUrlsBySource.get(path.substring(1));
      if (post != null) {
        return post + fragment;
      }
      if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
        missingPosts.add(url);
      }
      String rawPath = resolved.getRawPath();
      int slash = rawPath.indexOf('/', 1);
      if (slash < 0 || !PUBLISHED_ROOTS.contains(rawPath.substring(1, slash))) {
        // Outside posts/ and pages/: nothing is published there.
        return url;
      }
      String query = resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery();
      return basePath + rawPath.substring(slash + 1) + query + fragment;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return url;
    }
  }
}
