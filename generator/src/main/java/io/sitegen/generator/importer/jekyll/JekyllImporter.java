package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.importer.BlogImporter;
import io.sitegen.generator.importer.BodyLinks;
import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportOptions;
import io.sitegen.generator.importer.ImportPlan;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.ImportedHtml;
import io.sitegen.generator.importer.PostAssets;
import io.sitegen.generator.importer.PostFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Jekyll site: posts of every {@code _posts} folder (a folder above one gives its posts a
 * category) and {@code _drafts} as drafts, pages ({@code _pages/} and the top level) and the
 * documents of collections Jekyll wrote pages for into {@code pages/}, Staticman's comments. Every
 * old URL, computed from the site's permalink as Jekyll computed it, keeps answering; Liquid and
 * links to posts, pages and files of the site are converted (see {@link Liquid}), and the files
 * posts show are copied beside them.
 */
public final class JekyllImporter implements BlogImporter {

  private static final Pattern POST_NAME =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)\\.(?i:md|markdown|mkd|html|htm)");

  private static final Pattern DOCUMENT = Pattern.compile("(?i).+\\.(md|markdown|mkd|html|htm)");

  /** Folders no Jekyll site keeps content in (the built site, installed gems and packages). */
  private static final Set<String> NOT_CONTENT =
      Set.of("_site", "node_modules", "vendor", ".jekyll-cache", ".sass-cache");

  /** Theme layouts of pages that list posts: site-gen makes its own listings. */
  private static final Set<String> LISTING_LAYOUTS =
      Set.of(
          "home",
          "archive",
          "archive-taxonomy",
          "posts",
          "categories",
          "category",
          "tags",
          "tag",
          "collection",
          "search",
          "paginate",
          "blog");

  private static final Pattern KRAMDOWN_ATTRIBUTES =
      Pattern.compile("(?m)^[ \\t]*(\\{:[^}\\n]*\\})[ \\t]*$");

  /**
   * A file to import, once its place in the new blog is decided.
   *
   * @param target its file in the new blog ({@code posts/tech/x.md}, {@code pages/about.md})
   */
  record Planned(
      JekyllFile file,
      JekyllFrontMatter front,
      boolean post,
      String target,
      Map<String, Object> keys,
      Optional<String> oldUrl) {

    Planned {
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    String targetFolder() {
      return target.substring(0, target.lastIndexOf('/'));
    }
  }

  @Override
  public ImportPlan plan(ImportOptions options) {
    Path site = options.source();
    if (!Files.isDirectory(site)) {
      throw new ImportException(
          site + " is not a folder: point --source at the Jekyll site (the folder of _config.yml)");
    }
    ImportReport report = new ImportReport();
    JekyllConfig config = JekyllConfig.read(site, options.zone(), report);
    Path source = config.source();
    if (!Files.isDirectory(source)) {
      throw new ImportException(
          site
              + "/_config.yml names source: "
              + site.relativize(source)
              + ", which is not a folder");
    }
    List<Path> files = list(source);
    if (!Files.isRegularFile(site.resolve(JekyllConfig.FILE))
        && files.stream().noneMatch(f -> inFolder(source, f, "_posts"))) {
      throw new ImportException(
          site + " is not a Jekyll site: it has neither _config.yml nor a _posts folder");
    }
    PostFiles posts = PostFiles.forTarget(options.target(), config.zone());
    Map<String, Planned> planned = new TreeMap<>();
    Map<String, Planned> byTarget = new HashMap<>();
    for (Path file : files) {
      String relative = source.relativize(file).toString().replace('\\', '/');
      plan(file, relative, config, report)
          .ifPresent(
              p -> {
                Planned was = byTarget.putIfAbsent(p.target(), p);
                if (was != null) {
                  report.skipped(
                      relative,
                      "it would be "
                          + p.target()
                          + ", as "
                          + was.file().relative()
                          + " is already");
                } else {
                  planned.put(relative, p);
                }
              });
    }
    List<ImportedFile> out = new ArrayList<>();
    PostAssets assets = new PostAssets(report);
    Relinks relinks = new Relinks(config, planned.values().stream().toList(), assets, report);
    Map<String, String> postOfSlug = new HashMap<>();
    for (Planned p : planned.values()) {
      String body = body(p, config, relinks, report);
      String folder = p.targetFolder();
      Map<String, Object> keys = new LinkedHashMap<>(p.keys());
      p.front().image().ifPresent(image -> keys.put("image", relinks.link(p, image, 0)));
      if (p.post()) {
        String stem = p.target().substring(folder.length() + 1, p.target().lastIndexOf('.'));
        out.add(
            posts.post(
                folder.substring("posts".length()).replaceFirst("^/", ""),
                stem,
                p.file().markdown(),
                p.oldUrl(),
                keys,
                body,
                report));
        postOfSlug.putIfAbsent(p.front().slug().orElse(slugOfName(p.file())), p.target());
        report.imported("post");
      } else {
        String slug = p.target().substring("pages/".length(), p.target().lastIndexOf('.'));
        out.add(posts.page(slug, p.file().markdown(), p.oldUrl(), keys, body, report));
        report.imported("page");
      }
    }
    new StaticmanComments(config.zone(), report).convert(source, postOfSlug, posts, out);
    out.addAll(assets.files());
    out.addAll(posts.siteFiles(config.settings(), report));
    return new ImportPlan(out, report);
  }

  /** What {@code file} becomes, if anything; the reason in the report where it is nothing. */
  private Optional<Planned> plan(
      Path file, String relative, JekyllConfig config, ImportReport report) {
    List<String> parts = Arrays.asList(relative.split("/"));
    if (config.exclude().stream().anyMatch(e -> relative.equals(e) || relative.startsWith(e + "/"))
        || !DOCUMENT.matcher(parts.get(parts.size() - 1)).matches()) {
      return Optional.empty();
    }
    int posts = parts.indexOf("_posts");
    int drafts = parts.indexOf("_drafts");
    String top = parts.get(0);
    boolean collection = top.startsWith("_") && config.collections().containsKey(top.substring(1));
    boolean page = parts.size() == 1 ? !top.startsWith("_") : top.equals("_pages");
    if (posts < 0 && drafts < 0 && !page && !collection) {
      // A theme's _layouts and _includes, _data, and folders Jekyll copied as they are.
      return Optional.empty();
    }
    if (collection && !config.collections().get(top.substring(1)).output()) {
      report.skipped(
          relative,
          "collection "
              + top.substring(1)
              + " has no output: true, so Jekyll wrote no page for it");
      return Optional.empty();
    }
    Optional<JekyllFile> read;
    try {
      read = JekyllFile.read(config.source(), file);
    } catch (BuildException e) {
      report.skipped(relative, "its front matter is not YAML: " + e.getMessage());
      return Optional.empty();
    }
    if (read.isEmpty()) {
      report.skipped(
          relative,
          "it has no front matter, so Jekyll copied it as it is: copy it into static/ if you need it");
      return Optional.empty();
    }
    JekyllFile jekyll = read.get();
    JekyllFrontMatter front = JekyllFrontMatter.of(jekyll, config.zone(), report);
    if (posts >= 0 || drafts >= 0) {
      int at = posts >= 0 ? posts : drafts;
      return post(jekyll, front, parts.subList(0, at), drafts >= 0, config, report);
    }
    return page(
        jekyll,
        front,
        collection ? Optional.of(top.substring(1)) : Optional.empty(),
        config,
        report);
  }

  private Optional<Planned> post(
      JekyllFile file,
      JekyllFrontMatter front,
      List<String> folders,
      boolean draftFolder,
      JekyllConfig config,
      ImportReport report) {
    String name = file.relative().substring(file.relative().lastIndexOf('/') + 1);
    Matcher named = POST_NAME.matcher(name);
    if (!named.matches() && !draftFolder) {
      report.skipped(
          file.relative(), "not named YYYY-MM-DD-title.md, so Jekyll did not publish it");
      return Optional.empty();
    }
    String fileSlug = named.matches() ? named.group(4) : file.stem();
    String slug = front.slug().filter(s -> !s.contains("/")).orElse(fileSlug);
    boolean hasTime = front.date().isPresent() && front.hasTime();
    ZonedDateTime date =
        front
            .date()
            .orElseGet(
                () ->
                    named.matches()
                        ? LocalDate.of(
                                Integer.parseInt(named.group(1)),
                                Integer.parseInt(named.group(2)),
                                Integer.parseInt(named.group(3)))
                            .atStartOfDay(config.zone())
                        : modified(file, config));
    hasTime = hasTime || (front.date().isEmpty() && !named.matches());
    List<String> categories = new ArrayList<>(folders);
    front.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
    boolean draft = draftFolder || front.unpublished() || front.draft().orElse(false);
    Optional<String> oldUrl = Optional.empty();
    if (!draft) {
      String template = front.permalink().orElse(config.postTemplate());
      try {
        oldUrl =
            Optional.of(
                JekyllPermalink.expand(
                    template, JekyllPermalink.ofPost(categories, slug, file.stem(), date)));
      } catch (JekyllPermalink.UnknownPlaceholder e) {
        report.unconverted(
            file.relative(),
            0,
            "permalink "
                + template
                + " has "
                + e.getMessage()
                + ", which Jekyll has not for posts: its old URL is unknown");
      }
    }
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("title", front.title().orElse(titleOf(fileSlug)));
    keys.put("date", hasTime ? date.toOffsetDateTime().toString() : date.toLocalDate().toString());
    front.updated().ifPresent(u -> keys.put("updated", u.toOffsetDateTime().toString()));
    if (!front.tags().isEmpty()) {
      keys.put("tags", front.tags());
    }
    front.summary().ifPresent(s -> keys.put("summary", s));
    if (draft) {
      keys.put("draft", true);
    }
    if (!front.aliases().isEmpty()) {
      keys.put("aliases", front.aliases());
    }
    keys.putAll(front.extra());
    String folder =
        categories.stream()
            .map(c -> JekyllPermalink.slugify(c, false, false))
            .filter(c -> !c.isEmpty())
            .collect(Collectors.joining("/"));
    String target =
        "posts/"
            + (folder.isEmpty() ? "" : folder + "/")
            + slug.strip().replaceAll("\\s+", "-")
            + (file.markdown() ? ".md" : ".html");
    return Optional.of(new Planned(file, front, true, target, keys, oldUrl));
  }

  private Optional<Planned> page(
      JekyllFile file,
      JekyllFrontMatter front,
      Optional<String> collection,
      JekyllConfig config,
      ImportReport report) {
    Optional<String> layout = JekyllFile.text(front.extra().get("layout"));
    if (file.stem().equals("index") && collection.isEmpty()) {
      report.skipped(file.relative(), "the front page: site-gen makes its own");
      return Optional.empty();
    }
    if (file.stem().equals("404")
        || front.permalink().filter(p -> p.matches("/?404(\\.html|/)?")).isPresent()) {
      report.skipped(file.relative(), "the theme's 404 page: site-gen makes its own");
      return Optional.empty();
    }
    if (layout.isPresent() && LISTING_LAYOUTS.contains(layout.get())) {
      report.skipped(
          file.relative(),
          "a listing of posts (layout: " + layout.get() + "): site-gen makes its own listings");
      return Optional.empty();
    }
    String folder = file.folder();
    Map<String, String> values;
    String template;
    if (collection.isPresent()) {
      String path = file.relative().substring(collection.get().length() + 2);
      path = path.substring(0, path.lastIndexOf('.'));
      values = JekyllPermalink.ofDocument(collection.get(), path, file.stem());
      template =
          config
              .collections()
              .get(collection.get())
              .permalink()
              .orElse(JekyllPermalink.withSuffix("/:collection/:path", config.style()));
    } else {
      // Pages in _pages/ are placed by their permalink:, as themes write them; without one they
      // are taken to have sat at the top.
      values =
          JekyllPermalink.ofPage(
              folder.equals("_pages") || folder.startsWith("_pages/")
                  ? folder.substring("_pages".length()).replaceFirst("^/", "")
                  : folder,
              file.stem());
      template = JekyllPermalink.withSuffix("/:path/:basename", config.style());
    }
    String oldUrl;
    try {
      oldUrl = JekyllPermalink.expand(front.permalink().orElse(template), values);
    } catch (JekyllPermalink.UnknownPlaceholder e) {
      report.unconverted(
          file.relative(),
          0,
          "permalink has "
              + e.getMessage()
              + ", which Jekyll has not for pages: its old URL is unknown");
      oldUrl = JekyllPermalink.expand(template, values);
    }
    String slug = oldUrl.replaceAll("(/index)?\\.html?$", "").replaceAll("^/+|/+$", "");
    slug =
        Arrays.stream(slug.split("/"))
            .map(s -> JekyllPermalink.slugify(s, true, false))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("/"));
    if (slug.isEmpty()) {
      slug = JekyllPermalink.slugify(file.stem(), true, false);
    }
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("title", front.title().orElse(titleOf(file.stem())));
    front.summary().ifPresent(s -> keys.put("summary", s));
    front.date().ifPresent(d -> keys.put("date", d.toOffsetDateTime().toString()));
    front.updated().ifPresent(u -> keys.put("updated", u.toOffsetDateTime().toString()));
    if (!front.tags().isEmpty()) {
      keys.put("tags", front.tags());
    }
    if (front.unpublished() || front.draft().orElse(false)) {
      keys.put("draft", true);
    }
    if (!front.aliases().isEmpty()) {
      keys.put("aliases", front.aliases());
    }
    keys.putAll(front.extra());
    boolean published = !keys.containsKey("draft");
    return Optional.of(
        new Planned(
            file,
            front,
            false,
            "pages/" + slug + (file.markdown() ? ".md" : ".html"),
            keys,
            published ? Optional.of(oldUrl) : Optional.empty()));
  }

  /** The body with its Liquid converted, its links and files moved, its gallery shown, cleaned. */
  private static String body(Planned p, JekyllConfig config, Relinks relinks, ImportReport report) {
    JekyllFile file = p.file();
    Liquid.Links links = relinks.liquidLinks(p);
    Liquid.Converted liquid =
        new Liquid(file.markdown(), links, config.url(), config.baseurl())
            .convert(file.body(), file.bodyLine());
    liquid.left().forEach(l -> report.unconverted(file.relative(), l.line(), l.what()));
    String body =
        BodyLinks.rewrite(
            liquid.body(), (target, line) -> relinks.link(p, target, file.bodyLine() - 1 + line));
    if (!p.front().gallery().isEmpty()) {
      body = body.stripTrailing() + "\n\n" + relinks.gallery(p, p.front().gallery()) + "\n";
    }
    if (file.markdown()) {
      Matcher kramdown = KRAMDOWN_ATTRIBUTES.matcher(body);
      while (kramdown.find()) {
        report.unconverted(
            file.relative(),
            file.bodyLine() - 1 + BodyLinks.lineAt(body, kramdown.start()),
            "kramdown attribute list " + kramdown.group(1) + " left as text");
      }
    }
    ImportedHtml.Cleaned cleaned =
        file.markdown() ? ImportedHtml.cleanMarkdown(body) : ImportedHtml.clean(body);
    cleaned
        .removed()
        .forEach(r -> report.unconverted(file.relative(), lineOfRemoved(file, r), "removed " + r));
    return cleaned.html();
  }

  /**
   * The line of the file where a removed construct ({@code <script>}, {@code onclick on <p>}) is
   * first written; the body's first line if it cannot be found.
   */
  private static int lineOfRemoved(JekyllFile file, String removed) {
    String needle = removed.startsWith("<") ? removed.replace(">", "") : removed.split("[ =]")[0];
    Matcher at =
        Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE).matcher(file.body());
    return at.find()
        ? file.bodyLine() - 1 + BodyLinks.lineAt(file.body(), at.start())
        : file.bodyLine();
  }

  /** Jekyll's {@code page.slug} of a post, which Staticman files its comments under. */
  private static String slugOfName(JekyllFile file) {
    Matcher named =
        POST_NAME.matcher(file.relative().substring(file.relative().lastIndexOf('/') + 1));
    return named.matches() ? named.group(4) : file.stem();
  }

  /** Jekyll's title for a post without one: the slug's words, capitalised. */
  private static String titleOf(String slug) {
    return Arrays.stream(slug.split("-"))
        .filter(w -> !w.isEmpty())
        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
        .collect(Collectors.joining(" "));
  }

  /** A draft without a date is dated, as Jekyll dated it, by its file's time. */
  private static ZonedDateTime modified(JekyllFile file, JekyllConfig config) {
    try {
      return Files.getLastModifiedTime(file.path())
          .toInstant()
          .truncatedTo(ChronoUnit.SECONDS)
          .atZone(config.zone());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean inFolder(Path source, Path file, String folder) {
    return source.relativize(file).toString().replace('\\', '/').matches("(.*/)?" + folder + "/.*");
  }

  private static List<Path> list(Path source) {
    try (Stream<Path> walk = Files.walk(source)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                for (Path part : source.relativize(p)) {
                  String name = part.toString();
                  if (NOT_CONTENT.contains(name) || name.startsWith(".")) {
                    return false;
                  }
                }
                return true;
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + source, e);
    }
  }
}
