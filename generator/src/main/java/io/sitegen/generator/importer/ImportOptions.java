package io.sitegen.generator.importer;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What to import and where.
 *
 * @param source the old blog: a PyBlosxom datadir, a WordPress export file, a Jekyll site
 * @param target the site-gen blog folder to write into (created if missing; never overwritten)
 * @param zone the zone dates are written in, and of old dates written without one
 * @param dryRun report what would be written, write nothing
 * @param uploads WordPress's {@code wp-content/uploads} folder, copied from the old server, whose
 *     files posts show are imported with them
 */
public record ImportOptions(
    Path source, Path target, ZoneId zone, boolean dryRun, Optional<Path> uploads) {

  public ImportOptions(Path source, Path target, ZoneId zone, boolean dryRun) {
    this(source, target, zone, dryRun, Optional.empty());
  }

  /**
   * The zone a user named, or this machine's when none is named; the CLI and the goal both read
   * their option through this so the two cannot disagree.
   *
   * @param option how the user spells the option, for the message ({@code --timezone})
   * @throws ImportException naming the option and what a zone looks like
   */
  public static ZoneId zone(String option, String name) {
    if (name == null || name.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException e) {
      throw new ImportException(
          option
              + " '"
              + name
              + "' is not a time zone: give a region such as Australia/Sydney,"
              + " or an offset such as +02:00");
    }
  }

  public ImportOptions withUploads(Path folder) {
    return new ImportOptions(source, target, zone, dryRun, Optional.of(folder));
  }
}
