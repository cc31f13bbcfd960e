package io.sitegen.maven;

import io.sitegen.generator.importer.ImportException;
import io.sitegen.generator.importer.ImportOptions;
import io.sitegen.generator.importer.ImportPlan;
import io.sitegen.generator.importer.ImportWriter;
import io.sitegen.generator.importer.ImportedFile;
import io.sitegen.generator.importer.Importers;
import java.io.File;
import java.time.ZoneId;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports an old blog into a site-gen blog folder: goal {@code import}, e.g. {@code mvn
 * site-gen:import -Dsitegen.from=pyblosxom -Dsitegen.source=../old/datadir -Dsitegen.target=.}.
 * Never overwrites a file; needs no POM, since the blog folder may not exist yet.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

  /** The old blog's engine: {@code pyblosxom}, {@code wordpress} or {@code jekyll}. */
  @Parameter(property = "sitegen.from", required = true)
  String from;

  /** The old blog: a PyBlosxom datadir, a WordPress export file, a Jekyll site's folder. */
  @Parameter(property = "sitegen.source", required = true)
  File source;

  /** The site-gen blog folder to write into; the current folder by default. */
  @Parameter(property = "sitegen.target", defaultValue = "${user.dir}")
  File target;

  /** The zone dates are written in; this machine's by default. */
  @Parameter(property = "sitegen.timezone")
  String timezone;

  /**
   * WordPress only: a copy of the old server's {@code wp-content/uploads}; the files posts show are
   * copied beside them.
   */
  @Parameter(property = "sitegen.uploads")
  File uploads;

  /** Report what would be written, write nothing. */
  @Parameter(property = "sitegen.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ZoneId zone;
    try {
      zone = ImportOptions.zone("sitegen.timezone", timezone);
    } catch (ImportException e) {
      throw MojoSupport.userMistake(e.getMessage());
    }
    ImportOptions plain = new ImportOptions(source.toPath(), target.toPath(), zone, dryRun);
    ImportOptions options = uploads == null ? plain : plain.withUploads(uploads.toPath());
    ImportPlan plan = MojoSupport.call(getLog(), () -> Importers.plan(from, options));
    List<String> lines = plan.report().lines();
    getLog().info(lines.get(0));
    lines.subList(1, lines.size()).forEach(getLog()::warn);
    if (dryRun) {
      List<ImportedFile> missing = ImportWriter.missing(plan, target.toPath());
      getLog().info("Dry run: would write " + missing.size() + " files into " + target);
      missing.forEach(f -> getLog().info("  " + f.path()));
      getLog().info("Old URLs and where they answer:");
      plan.report().oldUrlLines().forEach(u -> getLog().info("  " + u));
      return;
    }
    ImportWriter.Written written =
        MojoSupport.call(getLog(), () -> ImportWriter.write(plan, target.toPath()));
    getLog()
        .info(
            "Wrote "
                + written.written()
                + " files into "
                + target
                + ", kept "
                + written.kept()
                + " already there");
  }
}
