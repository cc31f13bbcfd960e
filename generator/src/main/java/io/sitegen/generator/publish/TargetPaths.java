package io.sitegen.generator.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths on a target: always relative, {@code /}-separated and inside the target folder, plus the
 * names site-gen keeps there for itself.
 */
final class TargetPaths {

  /** Ends the name a file is uploaded under before it is renamed over the real one. */
  static final String TEMP_SUFFIX = ".sitegen-tmp";

  /**
   * Lists the files a publish is uploading while it runs, so a publish that is killed and then run
   * again can remove the temporary files the first one left behind.
   */
  static final String PENDING_FILE = ".sitegen-pending";

  /**
   * The marker the build writes into its output folder ({@code write/SiteOutput.MARKER}, which this
   * package does not see): it says the folder is site-gen's, and is no page of the site.
   */
  static final String OUTPUT_MARKER = ".sitegen-output";

  private TargetPaths() {}

  /**
   * The path itself when it stays inside the target folder, because a manifest read from the target
   * must never make site-gen delete or write elsewhere.
   *
   * @throws IllegalArgumentException for an absolute path, {@code .} or {@code ..} segments, empty
   *     segments, backslashes or line breaks
   */
  static String checked(String path) {
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || path.contains("\n")
        || path.contains("\r")) {
      throw new IllegalArgumentException("'" + path + "' is not a relative path");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("'" + path + "' is not a plain relative path");
      }
    }
    return path;
  }

  /** True for the names site-gen keeps for itself: never uploaded, and a site file may not take. */
  static boolean isReserved(String path) {
    return path.equals(Manifest.FILE_NAME)
        || path.equals(PENDING_FILE)
        || path.equals(OUTPUT_MARKER)
        || name(path).endsWith(TEMP_SUFFIX);
  }

  /** {@code a/b/.page.html.sitegen-tmp} for {@code a/b/page.html}: same folder, hidden name. */
  static String temporary(String path) {
    String parent = parent(path);
    return (parent.isEmpty() ? "" : parent + "/") + "." + name(path) + TEMP_SUFFIX;
  }

  /** The folder holding {@code path}, {@code ""} for the root. */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * {@code a}, {@code a/b} for {@code a/b/c.html}: every folder above the file, outermost first.
   */
  static List<String> folders(String path) {
    List<String> folders = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      folders.add(path.substring(0, slash));
    }
    return folders;
  }
}
