package io.sitegen.generator.check;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.check.LinkResolver.External;
import io.sitegen.generator.check.LinkResolver.Internal;
import io.sitegen.generator.check.LinkResolver.Invalid;
import io.sitegen.generator.check.LinkResolver.Skipped;
import io.sitegen.generator.check.LinkResolver.Target;
import io.sitegen.generator.config.ConfigLoader;
import io.sitegen.generator.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Checks a built site: every link, image, stylesheet and script of every page, and the links of its
 * feeds and sitemap, must lead to a file of the site, and a {@code #fragment} to an element of the
 * page it names. Links to other sites are requested only when asked; a dead one is a warning.
 */
public final class LinkChecker {

  static final String STAGE = "check";

  /**
   * One broken link: the page that shows it, as written, why it leads nowhere, and whether it is
   * written in the body of a post (on that post's own page).
   *
   * @param target what the link leads to, the same for the forms in which pages and feeds write it
   *     ({@code /a.html}, {@code https://example.org/a.html})
   */
  record Broken(String page, String link, String target, String reason, boolean inPostBody) {
    static final Comparator<Broken> ORDER =
        Comparator.comparing(Broken::page)
            .thenComparing(Broken::link)
            .thenComparing(Broken::reason);

    Problem problem() {
      return Problem.at(Path.of(page), 0, "broken link \"" + link + "\" (" + reason + ")", "");
    }
  }

  /** What {@link #scan} found, before any external request. */
  record Scan(
      int pages,
      int feeds,
      int links,
      List<Broken> broken,
      SortedMap<String, SortedSet<String>> external) {}

  /**
   * Checks the site.
   *
   * @param listener told of dead external links (warnings) and the summary line
   * @throws BuildException naming every page with a broken link, the link and why; or when the site
   *     folder is missing or cannot be read
   */
  public CheckResult check(CheckOptions options, BuildListener listener) {
    SiteConfig config =
        new ConfigLoader()
            .load(
                options.sourceDir(),
                options.baseUrl(),
                w -> listener.onEvent(BuildEvent.warning(w)));
    Scan scan = scan(options.siteDir(), new LinkResolver(config.baseUrl(), config.basePath()));

    List<String> warnings = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    problems.addAll(problems(scan.broken(), new PostSources(options.sourceDir())));
    if (options.external()) {
      SortedMap<String, String> dead =
          new ExternalLinks(options.externalConcurrency(), options.externalTimeout())
              .failures(scan.external().keySet());
      dead.forEach(
          (url, reason) -> {
            SortedSet<String> pages = scan.external().get(url);
            String warning = url + ": " + reason + " (linked from " + where(pages) + ")";
            warnings.add(warning);
            listener.onEvent(BuildEvent.warning("dead external link " + warning));
            if (options.strict()) {
              for (String page : pages) {
                problems.add(
                    Problem.at(
                        Path.of(page),
                        0,
                        "dead external link \"" + url + "\" (" + reason + ")",
                        ""));
              }
            }
          });
    }
    listener.onEvent(BuildEvent.info(summary(scan, options.external(), warnings.size())));
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparing((Problem p) -> p.file().map(Path::toString).orElse(""))
              .thenComparing(Problem::message));
      throw new BrokenLinksException(STAGE, problems);
    }
    return new CheckResult(
        scan.pages(), scan.feeds(), scan.links(), scan.external().size(), warnings);
  }

  /**
   * One problem per broken link written in a post, named by the post's file (and line) and how many
   * pages show it: a post is shown on its page, listings and feeds, and one typo must not read as
   * dozens. Other broken links (a theme's, a menu's) are named per page, as each page is built from
   * the template that holds them.
   */
  static List<Problem> problems(List<Broken> broken, PostSources sources) {
    Map<List<String>, List<Broken>> byLink = new TreeMap<>(Comparator.comparing(List::toString));
    for (Broken b : broken) {
      byLink.computeIfAbsent(List.of(b.target(), b.reason()), k -> new ArrayList<>()).add(b);
    }
    List<Problem> problems = new ArrayList<>();
    byLink.forEach(
        (key, shown) -> {
          List<Broken> inPosts = shown.stream().filter(Broken::inPostBody).toList();
          if (inPosts.isEmpty()) {
            shown.forEach(b -> problems.add(b.problem()));
            return;
          }
          String link = inPosts.get(0).link();
          String message =
              "broken link \""
                  + link
                  + "\" ("
                  + key.get(1)
                  + ")"
                  + (shown.size() == 1
                      ? ""
                      : " on "
                          + count(shown.size(), "page")
                          + ": the post's page, listings and feeds");
          String fix = "Fix the link in the post, or restore what it leads to";
          for (String post : inPosts.stream().map(Broken::page).distinct().toList()) {
            problems.add(
                sources
                    .find(post, link)
                    .map(source -> Problem.at(source.file(), source.line(), message, fix))
                    .orElseGet(() -> Problem.at(Path.of(post), 0, message, fix)));
          }
        });
    return problems;
  }

  /** {@code Checked 212 pages and 41 feeds: 3140 links, 0 broken}. */
  static String summary(Scan scan, boolean external, int dead) {
    StringBuilder line =
        new StringBuilder("Checked ")
            .append(count(scan.pages(), "page"))
            .append(" and ")
            .append(count(scan.feeds(), "feed"))
            .append(": ")
            .append(count(scan.links(), "link"))
            .append(", ")
            .append(scan.broken().size())
            .append(" broken");
    if (external) {
      line.append("; ")
          .append(count(scan.external().size(), "external URL"))
          .append(", ")
          .append(dead)
          .append(" dead");
    }
    return line.toString();
  }

  /** Reads every page and feed below {@code site} and resolves each of their links. */
  static Scan scan(Path site, LinkResolver resolver) {
    if (!Files.isDirectory(site)) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "there is no built site in " + site,
              "Build the site first (site-gen build), or say where it is with --output"));
    }
    Set<String> files = new HashSet<>();
    Set<String> folders = new HashSet<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.forEach(
          p -> {
            String relative = site.relativize(p).toString().replace('\\', '/');
            (Files.isDirectory(p) ? folders : files).add(relative);
          });
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException(
          STAGE, Problem.general("cannot list " + site + ": " + e, "Check its permissions"), e);
    }
    List<PageLinks> pages =
        files.stream()
            .sorted()
            .parallel()
            .map(path -> read(site, path))
            .flatMap(Stream::ofNullable)
            .toList();
    Map<String, Set<String>> ids = new HashMap<>();
    for (PageLinks page : pages) {
      if (!page.feed()) {
        ids.put(page.path(), page.ids());
      }
    }

    int links = 0;
    List<Broken> broken = new ArrayList<>();
    SortedMap<String, SortedSet<String>> external = new TreeMap<>();
    for (PageLinks page : pages) {
      Set<String> seen = new HashSet<>();
      for (String link : page.links()) {
        Target target = resolver.resolve(page.path(), link);
        if (target instanceof Skipped) {
          continue;
        }
        links++;
        if (target instanceof External e) {
          external.computeIfAbsent(e.url(), url -> new TreeSet<>()).add(page.path());
          continue;
        }
        String reason =
            target instanceof Invalid invalid
                ? invalid.reason()
                : whyBroken((Internal) target, files, folders, ids);
        if (!reason.isEmpty() && seen.add(link)) {
          // Pages and feeds write one target in different forms (/a.html, https://host/a.html).
          String same =
              target instanceof Internal internal
                  ? internal.path() + "#" + internal.fragment()
                  : link;
          broken.add(
              new Broken(page.path(), link, same, reason, page.postBodyLinks().contains(link)));
        }
      }
    }
    broken.sort(Broken.ORDER);
    int feeds = (int) pages.stream().filter(PageLinks::feed).count();
    return new Scan(pages.size() - feeds, feeds, links, broken, external);
  }

  /** Why the link leads nowhere, or empty when it leads to a file (and element) of the site. */
  private static String whyBroken(
      Internal target, Set<String> files, Set<String> folders, Map<String, Set<String>> ids) {
    String path = target.path();
    String file;
    if (path.isEmpty() || path.endsWith("/") || folders.contains(path)) {
      // A server answers a folder with its index.html (after a redirect to add the slash).
      String folder = path.isEmpty() || path.endsWith("/") ? path : path + "/";
      file = folder + "index.html";
      if (!files.contains(file)) {
        return folders.contains(folder.isEmpty() ? "" : folder.substring(0, folder.length() - 1))
            ? "a folder without index.html"
            : "no such file";
      }
    } else if (files.contains(path)) {
      file = path;
    } else {
      return "no such file";
    }
    String fragment = target.fragment();
    Set<String> targetIds = ids.get(file);
    // Only HTML pages are searched for ids: text files and PDFs have none that can be checked.
    if (fragment.isEmpty()
        || targetIds == null
        || targetIds.contains(fragment)
        || fragment.equalsIgnoreCase("top")) {
      // "top" scrolls to the top of any page, with or without such an id.
      return "";
    }
    return "no element with id \"" + fragment + "\"";
  }

  /** The page or feed in {@code path}, or null for a file whose links are not checked. */
  private static PageLinks read(Path site, String path) {
    String name = path.toLowerCase(Locale.ROOT);
    boolean html = name.endsWith(".html") || name.endsWith(".htm");
    boolean xml = name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    if (!html && !xml) {
      return null;
    }
    Path file = site.resolve(path);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (html) {
        return PageLinks.ofHtml(path, Jsoup.parse(text));
      }
      var document = Jsoup.parse(text, "", Parser.xmlParser());
      return PageLinks.isFeed(document) ? PageLinks.ofXml(path, document) : null;
    } catch (IOException e) {
      throw new BuildException(
          STAGE,
          Problem.at(Path.of(path), 0, "cannot read the file: " + e, "Check its permissions"),
          e);
    }
  }

  /** A post rather than a listing, where one links: that is the page to edit. */
  private static String where(SortedSet<String> pages) {
    String shown =
        pages.stream()
            .filter(p -> !p.endsWith("index.html") && !p.endsWith(".rss") && !p.endsWith(".atom"))
            .findFirst()
            .orElse(pages.first());
    int others = pages.size() - 1;
    return shown + (others == 0 ? "" : " and " + others + " other page" + (others == 1 ? "" : "s"));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
