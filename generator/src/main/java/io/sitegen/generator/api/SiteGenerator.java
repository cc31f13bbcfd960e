package io.sitegen.generator.api;

import io.sitegen.generator.site.BuildPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

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

  /**
   * This generator's version, from a resource Maven filters at build time, so a 0.1.0-SNAPSHOT jar
   * never claims to be 0.1.0.
   */
  public static String version() {
    try (InputStream in =
        SiteGenerator.class.getResourceAsStream("/io/sitegen/generator/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the site-gen jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
