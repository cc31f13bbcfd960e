package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.highlight.CodeHighlighter;
import io.sitegen.generator.write.LiveOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builds one blog again and again in one JVM, as a preview does after each save, reusing what the
 * change cannot have touched. Every build still runs every stage over every post, so nothing can be
 * missed; what is reused is checked by value (a post's text, a page's inputs), and a change that
 * invalidates whole parts (configuration, templates, photos) drops them.
 */
public final class LiveBuild {

  private final BuildOptions options;
  private final LiveOutput output;
  // Outlives the memory, which a site.yaml change replaces: its cache is keyed by everything a
  // block's HTML depends on, the site-wide line numbers included.
  private final CodeHighlighter highlighter = new CodeHighlighter();
  private BuildMemory memory;

  /** Opens the output folder of the preview; the first {@link #build} writes the whole site. */
  public LiveBuild(BuildOptions options) {
    this.options = options;
    this.output = LiveOutput.open(options.outputDir(), options.sourceDir());
    this.memory = BuildMemory.keeping(options, output, highlighter);
  }

  /**
   * What one build did.
   *
   * @param result as from a full build, but counting only the pages and feeds rendered
   * @param changes what the changed files were
   * @param postsParsed posts read from Markdown again (the others were unchanged)
   * @param codeBlocksLexed code blocks highlighted again (the others came from the cache)
   * @param filesWritten files of the output folder written
   * @param filesDeleted files of the output folder deleted
   * @param took the whole build
   */
  public record Rebuild(
      BuildResult result,
      Set<ChangeKind> changes,
      int postsParsed,
      long codeBlocksLexed,
      int filesWritten,
      int filesDeleted,
      Duration took) {}

  /**
   * Builds after {@code changed} files (relative to the blog folder) changed; the first build, or
   * an empty set, builds everything.
   *
   * @throws io.sitegen.generator.api.BuildException as a full build does; the output folder is left
   *     as the last good build made it
   */
  public Rebuild build(Collection<Path> changed, BuildListener listener) {
    long start = System.nanoTime();
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    changed.forEach(path -> kinds.add(ChangeKind.of(path)));
    if (kinds.contains(ChangeKind.CONFIG)) {
      memory = BuildMemory.keeping(options, output, highlighter);
    }
    if (kinds.contains(ChangeKind.TEMPLATE)) {
      memory.forgetTemplates();
    }
    if (kinds.contains(ChangeKind.PHOTOS)) {
      memory.forgetPhotos();
    }
    long lexedBefore = highlighter.lexedBlocks();
    BuildResult result = new BuildPipeline(options, listener, memory).run();
    return new Rebuild(
        result,
        kinds,
        memory.postSources.made(),
        highlighter.lexedBlocks() - lexedBefore,
        result.filesWritten(),
        result.filesDeleted(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
