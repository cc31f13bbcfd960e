package io.sitegen.generator.api;

import io.sitegen.generator.site.BuildPipeline;

/**
 * The entry point: builds a blog folder into a static site. Front ends (the CLI, the Maven plugin)
 * map their options to {@link BuildOptions}, call {@link #build} and report its events.
 */
public final class SiteGenerator {

  /**
   * Builds the site. On failure the previous output folder is left exactly as it was.
   *
   * @throws BuildException for mistakes in the input, naming the file and line, and for I/O
   *     failures
   */
  public BuildResult build(BuildOptions options, BuildListener listener) {
    return new BuildPipeline(options, listener).run();
  }
}
