package io.sitegen.generator.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a successful build produced.
 *
 * @param outputDir the folder that now holds the site
 * @param posts posts published
 * @param pagesRendered HTML pages rendered from templates (posts, listings, redirects, 404); a
 *     build that reuses an earlier build's output renders only pages whose inputs changed
 * @param feedsWritten RSS, Atom and JSON Feed files written
 * @param filesCopied static and post-folder files, derived images and originals copied
 * @param imagesProcessed photos decoded to make derived images this build
 * @param imagesReused photos whose derived images all came from the cache (after no change at all:
 *     were in the output folder already)
 * @param filesWritten files of the output folder written by this build (with the build cache, only
 *     those whose bytes changed)
 * @param filesUnchanged files of the output folder kept as the previous build left them
 * @param filesDeleted files of the output folder deleted because the blog no longer makes them
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
    int filesWritten,
    int filesUnchanged,
    int filesDeleted,
    List<StageTiming> stages,
    List<String> warnings) {

  public BuildResult {
    stages = List.copyOf(stages);
    warnings = List.copyOf(warnings);
  }
}
