package io.sitegen.generator.importer.wordpress;

import io.sitegen.generator.importer.BodyLinks;
import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportReport;
import io.sitegen.generator.importer.PostAssets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wp-content/uploads} folder given with {@code --uploads}: every file of it a post shows
 * or links (its {@code src}, the full size it links to, each {@code srcset} size) is copied beside
 * the post and linked there. A size WordPress made ({@code cup-300x200.jpg}) that is not in the
 * folder is replaced by its original; a file not there at all keeps its link and is reported.
 */
final class Uploads {

  /** An uploaded file's URL, on any host (a CDN too) or from the site root. */
  private static final Pattern UPLOAD =
      Pattern.compile("(?:(?:https?:)?//[^/]+)?(?:/[^?#]*)?/wp-content/uploads/([^?#]+)([?#].*)?");

  /** WordPress names the sizes it makes of {@code cup.jpg} {@code cup-300x200.jpg}. */
  private static final Pattern SIZE = Pattern.compile("(.+)-\\d+x\\d+(\\.[A-Za-z0-9]+)");

  private final Path folder;
  private final PostAssets assets;
  private final ImportReport report;
  private final Set<Path> shown = new HashSet<>();

  private Uploads(Path folder, PostAssets assets, ImportReport report) {
    this.folder = folder;
    this.assets = assets;
    this.report = report;
  }

  /**
   * @param given {@code wp-content/uploads} itself, or a folder holding {@code wp-content/uploads}
   */
  static Uploads of(Path given, PostAssets assets, ImportReport report) {
    for (Path candidate : new Path[] {given.resolve("wp-content/uploads"), given}) {
      if (Files.isDirectory(candidate)) {
        return new Uploads(candidate.toAbsolutePath().normalize(), assets, report);
      }
    }
    throw new ImportException(
        given
            + " is not a folder: point --uploads at a copy of the old server's"
            + " wp-content/uploads folder");
  }

  /**
   * @param postFile the file of the post in the new blog, which the copies go beside
   * @param name the post in the report ({@code post 'Title'})
   */
  String relink(String html, String postFile, String name) {
    return BodyLinks.rewrite(html, (target, line) -> target(target, postFile, name));
  }

  private String target(String target, String postFile, String name) {
    Matcher upload = UPLOAD.matcher(target.strip());
    if (!upload.matches()) {
      return target;
    }
    String suffix = upload.group(2) == null ? "" : upload.group(2);
    Optional<Path> file = file(upload.group(1));
    if (file.isEmpty()) {
      return target;
    }
    if (Files.isRegularFile(file.get())) {
      shown.add(file.get());
      return assets.place(postFile, file.get()) + suffix;
    }
    Matcher size = SIZE.matcher(file.get().getFileName().toString());
    Path original =
        size.matches() ? file.get().resolveSibling(size.group(1) + size.group(2)) : file.get();
    String missing =
        "wp-content/uploads/" + folder.relativize(file.get()).toString().replace('\\', '/');
    if (size.matches() && Files.isRegularFile(original)) {
      report.unconverted(
          name,
          0,
          missing + " is not in --uploads: the original " + original.getFileName() + " is shown");
      shown.add(original);
      return assets.place(postFile, original) + suffix;
    }
    report.unconverted(name, 0, missing + " is not in --uploads: the link is left as it was");
    return target;
  }

  /** Whether a post showed the file of this URL, so it was copied. */
  boolean shown(String url) {
    Matcher upload = UPLOAD.matcher(url.strip());
    return upload.matches() && file(upload.group(1)).filter(shown::contains).isPresent();
  }

  /** The file of an upload path below the folder; none for one that would leave it. */
  private Optional<Path> file(String path) {
    try {
      Path file =
          folder
              .resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
              .normalize();
      return file.startsWith(folder) ? Optional.of(file) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
