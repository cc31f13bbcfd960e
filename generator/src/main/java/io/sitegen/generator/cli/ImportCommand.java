package io.sitegen.generator.cli;

import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportOptions;
import io.sitegen.generator.importer.ImportPlan;
import io.sitegen.generator.importer.ImportWriter;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.Importers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code site-gen import}: an old blog into a site-gen blog folder, never overwriting a file. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Imports an old blog into a site-gen blog folder (files that exist are kept).")
final class ImportCommand implements Callable<Integer> {

  @Option(
      names = "--from",
      required = true,
      description = "The old blog's engine: pyblosxom, wordpress, jekyll.")
  String from;

  @Option(
      names = "--source",
      required = true,
      description = "The old blog: a PyBlosxom datadir, a WordPress export file, a Jekyll site.")
  Path source;

  @Option(names = "--target", required = true, description = "The site-gen blog folder to write.")
  Path target;

  @Option(names = "--dry-run", description = "Report what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--uploads",
      paramLabel = "DIR",
      description =
          "WordPress only: a copy of wp-content/uploads; the files posts show are copied beside"
              + " them.")
  Path uploads;

  @Option(
      names = "--timezone",
      description = "The zone dates are written in. Default: this machine's (${DEFAULT-VALUE})",
      defaultValue = "${sys:user.timezone}")
  String timezone;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zone;
    try {
      zone = ImportOptions.zone("--timezone", timezone);
    } catch (ImportException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    try {
      ImportOptions options = new ImportOptions(source, target, zone, dryRun);
      ImportPlan plan =
          Importers.plan(from, uploads == null ? options : options.withUploads(uploads));
      plan.report().lines().forEach(out::println);
      if (dryRun) {
        List<ImportedFile> missing = ImportWriter.missing(plan, target);
        out.printf(
            "dry run: would write %s into %s (%d already there would be kept)%n",
            SiteGenCommand.count(missing.size(), "file"),
            target,
            plan.files().size() - missing.size());
        missing.stream().map(ImportedFile::path).forEach(p -> out.println("  " + p));
        out.println("old URLs and where they answer:");
        plan.report().oldUrlLines().forEach(u -> out.println("  " + u));
        return 0;
      }
      ImportWriter.Written written = ImportWriter.write(plan, target);
      out.printf(
          "wrote %s into %s, kept %s already there; build it with: site-gen build --source %s%n",
          SiteGenCommand.count(written.written(), "file"),
          target,
          SiteGenCommand.count(written.kept(), "file"),
          target);
      return 0;
    } catch (ImportException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
