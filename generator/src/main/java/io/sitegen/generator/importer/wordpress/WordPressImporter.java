package io.sitegen.generator.importer.wordpress;

import io.sitegen.generator.importer.BlogImporter;
import io.sitegen.generator.importer.BlogSettings;
import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportOptions;
import io.sitegen.generator.importer.ImportPlan;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.ImportedHtml;
import io.sitegen.generator.importer.OldDates;
import io.sitegen.generator.importer.PostAssets;
import io.sitegen.generator.importer.PostFiles;
import io.sitegen.generator.importer.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A WordPress export file (WXR, Tools → Export): posts into their category folders, pages into
 * {@code pages/}, approved comments with their threading, each old permalink kept as an alias.
 * Uploaded files posts show are copied beside them from the folder given as {@code --uploads};
 * without it, and for attachments no post shows, they are listed.
 */
public final class WordPressImporter implements BlogImporter {

  /** WordPress writes this for a date it does not have (a draft's GMT date). */
  private static final String NO_DATE = "0000-00-00 00:00:00";

  @Override
  public ImportPlan plan(ImportOptions options) {
    Element channel = channel(options.source());
    ImportReport report = new ImportReport();
    PostFiles posts = PostFiles.forTarget(options.target(), options.zone());
    Categories categories = Categories.of(channel);
    WxrComments comments = new WxrComments(options.zone(), report);
    PostAssets assets = new PostAssets(report);
    Optional<Uploads> uploads = options.uploads().map(dir -> Uploads.of(dir, assets, report));
    List<String> attachments = new ArrayList<>();
    Set<String> paths = new LinkedHashSet<>();
    List<ImportedFile> files = new ArrayList<>();
    for (Element item : Wxr.children(channel, null, "item")) {
      String title = Wxr.text(item, null, "title");
      String type = Wxr.wp(item, "post_type");
      String status = Wxr.wp(item, "status");
      String name = "'" + title + "'";
      switch (type) {
        case "post", "page" -> {
          if (status.equals("trash")) {
            report.skipped(type + " " + name, "in the trash");
            continue;
          }
          Optional<ImportedFile> file =
              type.equals("post")
                  ? post(item, title, categories, posts, options.zone(), uploads, report)
                  : page(item, title, posts, options.zone(), uploads, report);
          if (file.isEmpty()) {
            continue;
          }
          if (!paths.add(file.get().path())) {
            report.skipped(type + " " + name, "another item is already " + file.get().path());
            continue;
          }
          files.add(file.get());
          report.imported(type);
          if (type.equals("post")) {
            comments.convert(item, title, file.get().path(), posts, files);
          } else if (!Wxr.wpChildren(item, "comment").isEmpty()) {
            report.skipped("comments on page " + name, "pages have no comments here");
          }
        }
        case "attachment" -> attachments.add(Wxr.wp(item, "attachment_url"));
        default -> report.skipped(type + " " + name, "this kind of item is not imported");
      }
    }
    for (String attachment : attachments) {
      if (uploads.isEmpty()) {
        report.skipped(
            "attachment " + attachment,
            "files are not imported without --uploads: give it a copy of wp-content/uploads");
      } else if (!uploads.get().shown(attachment)) {
        report.skipped(
            "attachment " + attachment, "no imported post shows it, so it is not copied");
      }
    }
    files.addAll(assets.files());
    files.addAll(posts.siteFiles(settings(channel), report));
    return new ImportPlan(files, report);
  }

  private static Element channel(Path source) {
    if (!Files.isRegularFile(source)) {
      throw new ImportException(
          source
              + " is not a file: point --source at the export file WordPress wrote (Tools →"
              + " Export → All content)");
    }
    Document doc;
    try (InputStream in = Files.newInputStream(source)) {
      doc = SafeXml.parse(in);
    } catch (SAXParseException e) {
      if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
        throw new ImportException(
            source
                + " holds a DOCTYPE, which WordPress never writes into an export, so it is refused"
                + " (its entities could read files or the network). Export again from WordPress, or"
                + " remove the <!DOCTYPE ...> declaration");
      }
      throw new ImportException(
          source
              + ":"
              + e.getLineNumber()
              + ": not well-formed XML ("
              + e.getMessage()
              + "). Export again from WordPress");
    } catch (SAXException | IOException e) {
      throw new ImportException(source + " cannot be read: " + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    List<Element> channels = Wxr.children(root, null, "channel");
    if (!root.getLocalName().equals("rss") || channels.isEmpty()) {
      throw new ImportException(
          source + " is not a WordPress export (no <rss><channel>): use Tools → Export");
    }
    return channels.get(0);
  }

  private static Optional<ImportedFile> post(
      Element item,
      String title,
      Categories categories,
      PostFiles posts,
      ZoneId zone,
      Optional<Uploads> uploads,
      ImportReport report) {
    Optional<ZonedDateTime> date =
        date(Wxr.wp(item, "post_date_gmt"), Wxr.wp(item, "post_date"), zone);
    if (date.isEmpty()) {
      report.skipped("post '" + title + "'", "it has no date (wp:post_date)");
      return Optional.empty();
    }
    List<String> inCategories = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> tags = new LinkedHashSet<>();
    for (Element category : Wxr.children(item, null, "category")) {
      String nicename = category.getAttribute("nicename");
      String text = category.getTextContent().strip();
      if (category.getAttribute("domain").equals("category")
          && !nicename.equals(Categories.UNCATEGORIZED)) {
        inCategories.add(nicename);
        names.add(text);
      } else if (category.getAttribute("domain").equals("post_tag")) {
        tags.add(text);
      }
    }
    String deepest = categories.deepest(inCategories);
    List<String> folderPath = categories.path(deepest);
    List<String> asTags = new ArrayList<>();
    for (int i = 0; i < inCategories.size(); i++) {
      // The folder's parents are in its path already; only the others are lost as folders.
      if (!folderPath.contains(inCategories.get(i))) {
        asTags.add(names.get(i));
      }
    }
    if (!asTags.isEmpty()) {
      report.unconverted(
          "post '" + title + "'", 0, "categories " + String.join(", ", asTags) + " kept as tags");
    }
    Set<String> allTags = new LinkedHashSet<>(asTags);
    allTags.addAll(tags);
    Map<String, Object> keys = frontMatter(item, title, zone, report);
    keys.put("date", date.get().toOffsetDateTime().toString());
    if (!allTags.isEmpty()) {
      keys.put("tags", List.copyOf(allTags));
    }
    moveDraft(keys);
    String folder = String.join("/", folderPath);
    String slug = slug(item, title);
    String name = "post '" + title + "'";
    String file = "posts/" + (folder.isEmpty() ? "" : folder + "/") + slug + ".html";
    String body = body(item, name, file, uploads, report);
    return Optional.of(
        posts.post(folder, slug, false, oldUrl(item, name, report), keys, body, report));
  }

  private static Optional<ImportedFile> page(
      Element item,
      String title,
      PostFiles posts,
      ZoneId zone,
      Optional<Uploads> uploads,
      ImportReport report) {
    Map<String, Object> keys = frontMatter(item, title, zone, report);
    String slug = slug(item, title);
    String name = "page '" + title + "'";
    return Optional.of(
        posts.page(
            slug,
            oldUrl(item, name, report),
            keys,
            body(item, name, "pages/" + slug + ".html", uploads, report),
            report));
  }

  /** Title, summary and draft, in that order; the caller adds the rest. */
  private static Map<String, Object> frontMatter(
      Element item, String title, ZoneId zone, ImportReport report) {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("title", title.isEmpty() ? "(untitled)" : title);
    String excerpt = Wxr.text(item, Wxr.EXCERPT_1_2, "encoded");
    if (excerpt.isEmpty()) {
      excerpt = Wxr.text(item, Wxr.EXCERPT_1_1, "encoded");
    }
    if (!excerpt.isEmpty()) {
      keys.put("summary", excerpt);
    }
    if (!Wxr.wp(item, "status").equals("publish")) {
      // Drafts, posts pending review and private posts were not public: they stay unpublished.
      keys.put("draft", true);
    }
    return keys;
  }

  /** {@code draft:} after the date and tags, where a reader of the file looks for it. */
  private static void moveDraft(Map<String, Object> keys) {
    Object draft = keys.remove("draft");
    if (draft != null) {
      keys.put("draft", draft);
    }
  }

  /**
   * @param name the item in the report ({@code post 'Title'})
   * @param file the item's file in the new blog, which uploaded files it shows go beside
   */
  private static String body(
      Element item, String name, String file, Optional<Uploads> uploads, ImportReport report) {
    RenderedContent.Rendered rendered = RenderedContent.of(Wxr.body(item, Wxr.CONTENT, "encoded"));
    rendered
        .unconverted()
        .forEach(
            u ->
                report.unconverted(name, 0, u + " left as text (WordPress ran a plugin or embed)"));
    ImportedHtml.Cleaned cleaned = ImportedHtml.clean(rendered.html());
    cleaned.removed().forEach(r -> report.unconverted(name, 0, "removed " + r));
    return uploads.map(u -> u.relink(cleaned.html(), file, name)).orElse(cleaned.html());
  }

  /** {@code wp:post_name}, as WordPress put it in the URL; a draft may have none yet. */
  private static String slug(Element item, String title) {
    String name = URLDecoder.decode(Wxr.wp(item, "post_name"), StandardCharsets.UTF_8);
    String slug = (name.isBlank() ? title : name).toLowerCase(Locale.ROOT);
    slug = slug.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "post-" + Wxr.wp(item, "post_id") : slug;
  }

  /** The path of the item's {@code <link>}, the URL readers and search engines know. */
  private static Optional<String> oldUrl(Element item, String name, ImportReport report) {
    String link = Wxr.text(item, null, "link");
    if (link.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(link);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null && path.equals("/")) {
        report.unconverted(
            name,
            0,
            "old URL "
                + path
                + "?"
                + uri.getRawQuery()
                + " has only a query: no alias can answer it");
        return Optional.empty();
      }
      return Optional.of(URLDecoder.decode(path, StandardCharsets.UTF_8));
    } catch (URISyntaxException e) {
      report.unconverted(name, 0, "old URL '" + link + "' is not a URL");
      return Optional.empty();
    }
  }

  /**
   * @param gmt the date in UTC, as WordPress writes it beside the local one
   * @param local the same date in the blog's zone, used where the export has no GMT date
   */
  static Optional<ZonedDateTime> date(String gmt, String local, ZoneId zone) {
    if (!gmt.isEmpty() && !gmt.equals(NO_DATE)) {
      Optional<ZonedDateTime> utc = OldDates.parse(gmt, ZoneOffset.UTC);
      if (utc.isPresent()) {
        return Optional.of(utc.get().withZoneSameInstant(zone));
      }
    }
    return local.isEmpty() || local.equals(NO_DATE)
        ? Optional.empty()
        : OldDates.parse(local, zone);
  }

  private static BlogSettings settings(Element channel) {
    String link = Wxr.text(channel, null, "link");
    return new BlogSettings(
        nonEmpty(Wxr.text(channel, null, "title")),
        nonEmpty(Wxr.text(channel, null, "description")),
        Optional.empty(),
        nonEmpty(link).map(l -> l.endsWith("/") ? l : l + "/"));
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
