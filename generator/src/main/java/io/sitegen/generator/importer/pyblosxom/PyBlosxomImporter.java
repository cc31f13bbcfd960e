package io.sitegen.generator.importer.pyblosxom;

import io.sitegen.generator.importer.BlogImporter;
import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportOptions;
import io.sitegen.generator.importer.ImportPlan;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.ImportedHtml;
import io.sitegen.generator.importer.OldDates;
import io.sitegen.generator.importer.PostFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PyBlosxom (or Blosxom) {@code datadir}: entries ({@code .txt}, and {@code .html} or {@code .md}
 * where a renderer plugin used them) in category folders, comments of the comments plugin ({@code
 * .cmt}) in its {@code comments/} folder. Each entry keeps its file name, so its old URL {@code
 * /category/entry.html} is the new one under site-gen's default permalink.
 */
public final class PyBlosxomImporter implements BlogImporter {

  private static final Set<String> ENTRY_EXTENSIONS = Set.of("txt", "html", "htm", "md");

  /** A comment file is named after its entry and the second it was posted: entry-1095285722.34. */
  private static final Pattern COMMENT_NAME = Pattern.compile("(.+)-(\\d+(?:\\.\\d+)?)\\.cmt");

  /** Our own typed keys: a meta line of that name means something else, so it is renamed. */
  private static final Set<String> OUR_KEYS =
      Set.of("title", "date", "draft", "aliases", "slug", "gallery", "summary");

  @Override
  public ImportPlan plan(ImportOptions options) {
    Path datadir = options.source();
    if (!Files.isDirectory(datadir)) {
      throw new ImportException(
          datadir
              + " is not a folder: point --source at the PyBlosxom datadir (the folder config.py's"
              + " py[\"datadir\"] names)");
    }
    ImportReport report = new ImportReport();
    PostFiles posts = PostFiles.forTarget(options.target(), options.zone());
    List<ImportedFile> files = new ArrayList<>();
    Map<String, String> postOfEntry = new TreeMap<>();
    List<Path> comments = new ArrayList<>();
    for (Path file : list(datadir)) {
      String relative = datadir.relativize(file).toString().replace('\\', '/');
      String extension = extension(relative);
      if (extension.equals("cmt")) {
        comments.add(file);
      } else if (ENTRY_EXTENSIONS.contains(extension)) {
        entry(file, relative, posts, options, report)
            .ifPresent(
                post -> {
                  files.add(post);
                  postOfEntry.put(stripExtension(relative), post.path());
                });
      } else {
        report.skipped(relative, "not an entry (." + extension + "), left in the datadir");
      }
    }
    new CommentImport(datadir, options.zone(), report).convert(comments, postOfEntry, posts, files);
    files.addAll(posts.siteFiles(BlogConfig.read(datadir), report));
    return new ImportPlan(files, report);
  }

  private Optional<ImportedFile> entry(
      Path file, String relative, PostFiles posts, ImportOptions options, ImportReport report) {
    Entry entry = Entry.parse(read(file));
    if (entry.title().isEmpty()) {
      report.skipped(relative, "the first line (the title) is empty");
      return Optional.empty();
    }
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("title", entry.title());
    keys.put("date", date(file, relative, entry, options, report).toOffsetDateTime().toString());
    Entry.Meta tags = entry.meta().get("tags");
    if (tags != null) {
      List<String> list =
          Stream.of(tags.value().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
      if (!list.isEmpty()) {
        keys.put("tags", list);
      }
    }
    for (Map.Entry<String, Entry.Meta> meta : entry.meta().entrySet()) {
      String key = meta.getKey();
      if (key.equals("tags") || key.equals("published") || key.equals("date")) {
        continue;
      }
      if (OUR_KEYS.contains(key)) {
        report.unconverted(
            relative, meta.getValue().line(), "#" + key + " kept as pyblosxom-" + key);
        key = "pyblosxom-" + key;
      }
      keys.put(key, meta.getValue().value());
    }
    String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
    String stem = stripExtension(relative.substring(relative.lastIndexOf('/') + 1));
    boolean markdown = extension(relative).equals("md");
    String body = entry.body();
    if (!markdown) {
      ImportedHtml.Cleaned cleaned = ImportedHtml.clean(body);
      cleaned
          .removed()
          .forEach(r -> report.unconverted(relative, entry.bodyLine(), "removed " + r));
      body = cleaned.html();
    }
    report.imported("post");
    String oldUrl = "/" + (folder.isEmpty() ? "" : folder + "/") + stem + ".html";
    return Optional.of(posts.post(folder, stem, markdown, oldUrl, keys, body, report));
  }

  private static ZonedDateTime date(
      Path file, String relative, Entry entry, ImportOptions options, ImportReport report) {
    for (String key : List.of("published", "date")) {
      Entry.Meta meta = entry.meta().get(key);
      if (meta != null) {
        Optional<ZonedDateTime> parsed = OldDates.parse(meta.value(), options.zone());
        if (parsed.isPresent()) {
          return parsed.get();
        }
        report.unconverted(
            relative,
            meta.line(),
            "#" + key + " '" + meta.value() + "' is not a date; the file's time is used");
      }
    }
    try {
      // Git keeps no file times: this is the last moment the date is known, so it is written down.
      return Files.getLastModifiedTime(file).toInstant().atZone(options.zone());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      // Old blogs predate UTF-8 everywhere: undecodable bytes become U+FFFD rather than failing.
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !dir.relativize(p).toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot < name.lastIndexOf('/')
        ? ""
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot < name.lastIndexOf('/') ? name : name.substring(0, dot);
  }

  /** {@code comments/a/b-1095285722.34.cmt} is a comment on the entry {@code a/b}. */
  static Optional<String> entryOfComment(String relative) {
    String path =
        relative.startsWith("comments/") ? relative.substring("comments/".length()) : relative;
    Matcher m = COMMENT_NAME.matcher(path);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
