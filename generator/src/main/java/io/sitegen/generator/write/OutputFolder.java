package io.sitegen.generator.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the render and write stages put the site's files. A full build writes every file into a
 * staging folder ({@link SiteOutput}); a preview writes only what changed ({@link LiveOutput}).
 * Nothing is visible in the output folder before {@link #commit}.
 */
public interface OutputFolder extends AutoCloseable {

  /** Writes a file; safe to call from several threads for different paths. */
  void write(String outputPath, byte[] bytes);

  default void write(String outputPath, String text) {
    write(outputPath, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Publishes a file as it is. */
  void copy(Path source, String outputPath);

  /**
   * Keeps the file the previous build wrote at this path, which the caller knows would come out the
   * same. Only a folder that outlives one build can keep anything.
   *
   * @return false when there is nothing to keep (a fresh folder, a file deleted from the folder
   *     since, or one a failed commit left unknown): the caller must write the file
   */
  boolean keep(String outputPath);

  /** Makes this build's files the output folder's content. */
  Changes commit();

  /** Drops whatever was not committed. */
  @Override
  void close();
}
