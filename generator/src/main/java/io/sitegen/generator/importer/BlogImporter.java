package io.sitegen.generator.importer;

/** Reads an old blog of one engine into the files of a site-gen blog. Reads only; never writes. */
public interface BlogImporter {

  /**
   * @throws ImportException when the source cannot be read at all (a missing folder, not an export
   *     file); problems with single items go into the plan's report instead
   */
  ImportPlan plan(ImportOptions options);
}
