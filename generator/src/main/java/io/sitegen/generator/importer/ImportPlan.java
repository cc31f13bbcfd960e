package io.sitegen.generator.importer;

import java.util.List;

/**
 * Everything an import would write, decided before anything is: a dry run prints it, a real run
 * writes the files that do not exist yet.
 */
public record ImportPlan(List<ImportedFile> files, ImportReport report) {

  public ImportPlan {
    files = List.copyOf(files);
  }
}
