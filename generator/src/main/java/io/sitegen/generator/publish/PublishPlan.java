package io.sitegen.generator.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a publish does, worked out from two manifests before anything on the target is touched: the
 * files to upload, in an order that keeps the live site consistent, then the files to delete.
 *
 * @param uploads new and changed files: assets, posts, listings, feeds, then the front page
 * @param deletes files of the last publish that the site no longer has, by path
 * @param unchanged how many files are already on the target as they are in the site
 */
record PublishPlan(List<Action> uploads, List<Action> deletes, int unchanged) {

  /** Whether an action sends a file or removes one. */
  enum Kind {
    UPLOAD,
    DELETE
  }

  /**
   * One file to upload or delete, and why.
   *
   * @param size bytes to upload; for a delete, the size it had
   * @param reason {@code new}, {@code changed (size 120 -> 133)}, {@code changed content} or {@code
   *     removed from site}
   */
  record Action(Kind kind, String path, long size, String reason) {

    /** {@code upload tips/hello.html: new}, one line of a dry run. */
    String describe() {
      return kind.name().toLowerCase(Locale.ROOT) + " " + path + ": " + reason;
    }
  }

  /**
   * The upload groups in upload order. A page goes up only after what it shows (images, styles) and
   * a listing only after the posts it links to, so a reader following a link never lands on a page
   * that is not there yet; the front page, the most visited, changes last.
   */
  enum Group {
    ASSET,
    POST,
    LISTING,
    FEED,
    FRONT_PAGE;

    static Group of(String path) {
      String name = TargetPaths.name(path).toLowerCase(Locale.ROOT);
      if (path.equals("index.html")) {
        return FRONT_PAGE;
      }
      if (name.equals("index.html")) {
        return LISTING;
      }
      if (name.endsWith(".html")) {
        return POST;
      }
      if (name.endsWith(".xml")
          || name.endsWith(".rss")
          || name.endsWith(".atom")
          || name.endsWith(".txt")) {
        return FEED;
      }
      return ASSET;
    }
  }

  private static final Comparator<Action> UPLOAD_ORDER =
      Comparator.comparing((Action a) -> Group.of(a.path())).thenComparing(Action::path);

  PublishPlan {
    uploads = List.copyOf(uploads);
    deletes = List.copyOf(deletes);
  }

  /**
   * Compares the site with the last publish. Only files the last publish put there are ever
   * deleted: a file on the target that is in neither manifest is never touched.
   *
   * @param local the built site
   * @param remote the manifest found on the target, empty for a first publish
   */
  static PublishPlan of(Manifest local, Manifest remote) {
    List<Action> uploads = new ArrayList<>();
    List<Action> deletes = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, Manifest.Entry> file : local.entries().entrySet()) {
      Manifest.Entry now = file.getValue();
      Manifest.Entry before = remote.entries().get(file.getKey());
      if (now.equals(before)) {
        unchanged++;
      } else {
        uploads.add(new Action(Kind.UPLOAD, file.getKey(), now.size(), uploadReason(before, now)));
      }
    }
    remote
        .entries()
        .forEach(
            (path, before) -> {
              if (!local.entries().containsKey(path)) {
                deletes.add(new Action(Kind.DELETE, path, before.size(), "removed from site"));
              }
            });
    uploads.sort(UPLOAD_ORDER);
    return new PublishPlan(uploads, deletes, unchanged);
  }

  private static String uploadReason(Manifest.Entry before, Manifest.Entry now) {
    if (before == null) {
      return "new";
    }
    if (before.size() != now.size()) {
      return "changed (size " + before.size() + " -> " + now.size() + ")";
    }
    return "changed content";
  }

  /** True when the plan deletes more files than {@code maxDeletes} allows. */
  boolean exceeds(int maxDeletes) {
    return deletes.size() > maxDeletes;
  }

  boolean isEmpty() {
    return uploads.isEmpty() && deletes.isEmpty();
  }

  long uploadBytes() {
    return uploads.stream().mapToLong(Action::size).sum();
  }

  /** Uploads, then deletes: the order they are carried out in. */
  List<Action> actions() {
    List<Action> all = new ArrayList<>(uploads);
    all.addAll(deletes);
    return all;
  }
}
