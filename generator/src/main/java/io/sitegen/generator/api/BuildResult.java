package io.sitegen.generator.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a successful build produced.
 *
 * @param outputDir the folder that now holds the site
 * @param posts posts published
 * @param pagesRendered HTML pages written from templates (posts, listings, redirects, 404)
 * @param feedsWritten RSS and Atom files written
 * @param filesCopied static and post-folder files, derived images and originals copied
 * @param imagesProcessed photos decoded to make derived images this build
 * @param imagesReused photos whose derived images all came from the cache
 * @param stages timing and summary of each stage, in execution order
 * @param warnings what the user should fix, already said through the listener
 */
public record BuildResult(
    Path outputDir,
    int posts,
    int pagesRendered,
    int feedsWritten,
    int filesCopied,
    int imagesProcessed,
    int imagesReused,
    List<StageTiming> stages,
    List<String> warnings) {

  public BuildResult {
    stages = List.copyOf(stages);
    warnings = List.copyOf(warnings);
  }
}
