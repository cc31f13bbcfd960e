package io.sitegen.generator.publish;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a publish did, or for a dry run would have done.
 *
 * @param target the target as the user wrote it, without credentials
 * @param dryRun true when nothing on the target was changed
 * @param uploaded files uploaded (to upload, for a dry run)
 * @param bytesUploaded their total size
 * @param unchanged files already on the target as they are in the site
 * @param deleted files of the last publish removed (to remove, for a dry run)
 * @param elapsed wall time, from hashing the site to writing the manifest
 * @param actions one line per file in the order carried out, e.g. {@code upload a.html: new}
 */
public record PublishResult(
    String target,
    boolean dryRun,
    int uploaded,
    long bytesUploaded,
    int unchanged,
    int deleted,
    Duration elapsed,
    List<String> actions) {

  public PublishResult {
    actions = List.copyOf(actions);
  }

  /**
   * The one line to look for afterwards: {@code Published to sftp://host/blog: 12 uploaded (340
   * KB), 803 unchanged, 1 deleted (2.1 s)}, or for a dry run {@code Dry run for ...: 12 to upload
   * ...; nothing was changed (0.3 s)}.
   */
  public String summary() {
    // The same counts in the same order, worded for what happened or would have.
    String pattern =
        dryRun
            ? "Dry run for %s: %d to upload (%s), %d unchanged, %d to delete; nothing was changed"
            : "Published to %s: %d uploaded (%s), %d unchanged, %d deleted";
    return String.format(
        Locale.ROOT,
        pattern + " (%.1f s)",
        target,
        uploaded,
        bytes(bytesUploaded),
        unchanged,
        deleted,
        elapsed.toMillis() / 1000.0);
  }

  /** {@code 512 B}, {@code 340 KB}, {@code 2.1 MB}: binary units, as file managers show them. */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = n / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
  }
}
