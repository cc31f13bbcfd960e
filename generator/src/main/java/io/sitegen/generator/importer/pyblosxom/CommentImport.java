package io.sitegen.generator.importer.pyblosxom;

import io.sitegen.generator.importer.CommentIds;
import io.sitegen.generator.importer.CommentText;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.PostFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.SAXException;

/**
 * The comments plugin's {@code .cmt} files as comment files on their posts. The reader's email and
 * IP address stay behind: they were never public.
 */
final class CommentImport {

  private final Path datadir;
  private final ZoneId zone;
  private final ImportReport report;

  CommentImport(Path datadir, ZoneId zone, ImportReport report) {
    this.datadir = datadir;
    this.zone = zone;
    this.report = report;
  }

  /**
   * @param postOfEntry each imported entry's path without extension to its post file
   */
  void convert(
      List<Path> comments,
      Map<String, String> postOfEntry,
      PostFiles posts,
      List<ImportedFile> out) {
    CommentIds ids = new CommentIds();
    for (Path file : comments) {
      String relative = datadir.relativize(file).toString().replace('\\', '/');
      Optional<String> entry = PyBlosxomImporter.entryOfComment(relative);
      String post = entry.map(postOfEntry::get).orElse(null);
      if (post == null) {
        report.skipped(
            relative, "no imported entry " + entry.orElse(relative) + " for this comment");
        continue;
      }
      CommentFile comment;
      try {
        comment = CommentFile.read(file);
      } catch (IOException | SAXException e) {
        report.skipped(relative, "not a comment file: " + e.getMessage());
        continue;
      }
      ZonedDateTime date = comment.date().atZone(zone);
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("author", comment.author());
      keys.put("date", date.toOffsetDateTime().toString());
      if (comment.link().startsWith("http://") || comment.link().startsWith("https://")) {
        keys.put("url", comment.link());
      }
      keys.put("body", CommentText.markdown(comment.description()));
      String id = ids.next(post, date, comment.author());
      out.add(posts.comment(post, id, keys));
      report.imported("comment");
    }
  }
}
