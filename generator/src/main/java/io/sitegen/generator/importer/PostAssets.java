package io.sitegen.generator.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files of the old blog that imported posts show or link (images, downloads), copied beside the
 * post: a relative link then finds them on the post's page, listings and feeds, whatever the new
 * blog's base path, and an image a post shows never makes its folder an album. A file shown by
 * several posts of one folder is copied once; two different files of one name get distinct names.
 */
public final class PostAssets {

  private final ImportReport report;
  private final Map<String, Path> placed = new HashMap<>();
  private final List<ImportedFile> files = new ArrayList<>();

  public PostAssets(ImportReport report) {
    this.report = report;
  }

  /**
   * Where the copy of {@code file} is, as a link relative to the post file {@code posts/a/b.md}
   * (its name, percent-encoded where a URL needs it).
   */
  public String place(String postFile, Path file) {
    String folder = postFile.substring(0, postFile.lastIndexOf('/'));
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : stem + "-" + n + extension;
      Path was = placed.putIfAbsent(folder + "/" + candidate, file);
      if (was == null) {
        files.add(ImportedFile.copy(folder + "/" + candidate, file));
        report.imported("file");
      }
      if (was == null || was.equals(file)) {
        return candidate.replace("%", "%25").replace(" ", "%20");
      }
    }
  }

  /** The copies to write. */
  public List<ImportedFile> files() {
    return List.copyOf(files);
  }
}
