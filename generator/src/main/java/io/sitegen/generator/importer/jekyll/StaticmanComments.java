package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.html.CommentSanitizer;
import io.sitegen.generator.importer.CommentIds;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.OldDates;
import io.sitegen.generator.importer.PostFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Comments Staticman committed into the site: {@code _data/comments/<post slug>/<entry>.yml} with
 * {@code _id}, {@code name}, {@code email}, {@code url} (often {@code ''}), {@code message}
 * (Markdown) and {@code date}; a reply names its parent's {@code _id} in {@code _parent} or {@code
 * replying_to} (some themes number the comments there instead). The email is left behind (it was
 * never public, often only its hash), and a message holding HTML goes through the build's comment
 * sanitiser before it is written.
 */
final class StaticmanComments {

  static final String FOLDER = "_data/comments";

  private static final Pattern HTML = Pattern.compile("<[a-zA-Z/!]|javascript:|vbscript:");

  private final ZoneId zone;
  private final ImportReport report;
  private final CommentSanitizer sanitizer = new CommentSanitizer();

  StaticmanComments(ZoneId zone, ImportReport report) {
    this.zone = zone;
    this.report = report;
  }

  private record Entry(String file, Map<String, Object> keys, ZonedDateTime date) {}

  /**
   * @param postOfSlug each imported post's slug to its post file ({@code posts/a/b.md})
   */
  void convert(
      Path source, Map<String, String> postOfSlug, PostFiles posts, List<ImportedFile> out) {
    Path folder = source.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return;
    }
    CommentIds ids = new CommentIds();
    for (Path slugFolder : list(folder, Files::isDirectory)) {
      String slug = slugFolder.getFileName().toString();
      List<Entry> entries = new ArrayList<>();
      for (Path file : list(slugFolder, p -> p.toString().matches(".*\\.ya?ml"))) {
        entry(source, file).ifPresent(entries::add);
      }
      String post = postOfSlug.get(slug);
      if (post == null) {
        entries.forEach(e -> report.skipped(e.file(), "no imported post has the slug " + slug));
        continue;
      }
      entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::file));
      Map<String, String> idOf = new HashMap<>();
      List<String> topLevel = new ArrayList<>();
      Map<Entry, String> written = new LinkedHashMap<>();
      for (Entry entry : entries) {
        String id = ids.next(post, entry.date(), author(entry));
        written.put(entry, id);
        JekyllFile.text(entry.keys().get("_id")).ifPresent(i -> idOf.put(i, id));
        if (parentOf(entry).isEmpty()) {
          topLevel.add(id);
        }
      }
      written.forEach(
          (entry, id) -> {
            Map<String, Object> keys = new LinkedHashMap<>();
            keys.put("author", author(entry));
            keys.put("date", entry.date().toOffsetDateTime().toString());
            JekyllFile.text(entry.keys().get("url"))
                .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                .ifPresent(u -> keys.put("url", u));
            parentOf(entry)
                .ifPresent(
                    parent -> {
                      String parentId = idOf.get(parent);
                      if (parentId == null && parent.matches("\\d+")) {
                        // Themes that number the comments: the n-th comment of the post.
                        int n = Integer.parseInt(parent);
                        parentId = n >= 1 && n <= topLevel.size() ? topLevel.get(n - 1) : null;
                      }
                      if (parentId != null && !parentId.equals(id)) {
                        keys.put("parent", parentId);
                      } else {
                        report.unconverted(
                            entry.file(),
                            0,
                            "it answers comment "
                                + parent
                                + ", which is not there: it is shown as a comment of its own");
                      }
                    });
            keys.put("body", body(entry));
            out.add(posts.comment(post, id, keys));
            report.imported("comment");
          });
    }
  }

  private Optional<Entry> entry(Path source, Path file) {
    String relative = source.relativize(file).toString().replace('\\', '/');
    Map<String, Object> keys;
    try {
      keys = JekyllFile.yaml(file, relative);
    } catch (BuildException e) {
      report.skipped(relative, "not a comment file: " + e.getMessage());
      return Optional.empty();
    }
    if (JekyllFile.text(keys.get("message")).isEmpty()) {
      report.skipped(relative, "it has no message");
      return Optional.empty();
    }
    Optional<ZonedDateTime> date = date(keys.get("date"));
    if (date.isEmpty()) {
      report.skipped(relative, "its date '" + keys.get("date") + "' is not a date");
      return Optional.empty();
    }
    return Optional.of(new Entry(relative, keys, date.get()));
  }

  /** Staticman writes {@code {@timestamp}} (milliseconds, or seconds in old setups) or ISO. */
  private Optional<ZonedDateTime> date(Object value) {
    Optional<String> text = JekyllFile.text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().matches("\\d{1,15}")) {
      long number = Long.parseLong(text.get());
      return Optional.of(
          (number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number))
              .atZone(zone));
    }
    return OldDates.parse(text.get(), zone);
  }

  private static Optional<String> parentOf(Entry entry) {
    return JekyllFile.text(entry.keys().get("_parent"))
        .or(() -> JekyllFile.text(entry.keys().get("replying_to")));
  }

  private static String author(Entry entry) {
    return JekyllFile.text(entry.keys().get("name")).orElse("Anonymous");
  }

  /** The Markdown as the reader wrote it; one holding HTML, cleaned as every comment is. */
  private String body(Entry entry) {
    String message = JekyllFile.text(entry.keys().get("message")).orElse("");
    if (!HTML.matcher(message).find()) {
      return message;
    }
    String clean =
        sanitizer
            .clean(message, "comment")
            .replaceAll(
                "\\[([^\\]]*)\\]\\(\\s*(?i:javascript|vbscript):(?:[^()\\s]|\\([^()]*\\))*\\)",
                "$1")
            .replaceAll("(?i)(javascript|vbscript):", "");
    report.unconverted(entry.file(), 0, "its HTML was cleaned as the build cleans comments");
    return clean;
  }

  private static List<Path> list(Path folder, java.util.function.Predicate<Path> which) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(which)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
