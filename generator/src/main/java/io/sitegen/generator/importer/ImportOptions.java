package io.sitegen.generator.importer;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * What to import and where.
 *
 * @param source the old blog: a PyBlosxom datadir, a WordPress export file, a Jekyll site
 * @param target the site-gen blog folder to write into (created if missing; never overwritten)
 * @param zone the zone dates are written in, and of old dates written without one
 * @param dryRun report what would be written, write nothing
 */
public record ImportOptions(Path source, Path target, ZoneId zone, boolean dryRun) {}
