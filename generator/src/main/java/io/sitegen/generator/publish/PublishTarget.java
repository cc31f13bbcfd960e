package io.sitegen.generator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where a site is published: the few file operations {@link Publisher} needs, on paths relative to
 * the target folder (checked by {@link TargetPaths#checked}). Atomic replacement is built by the
 * publisher from {@link #write} and {@link #rename}, so every target gets it the same way.
 */
interface PublishTarget extends AutoCloseable {

  /** The target as the user wrote it, without credentials, for messages. */
  String describe();

  /** The file's bytes, or empty when there is no such file. */
  Optional<byte[]> read(String path) throws IOException;

  /** Writes the file, replacing it, and creates the folders above it that are missing. */
  void write(String path, InputStream content) throws IOException;

  /** Moves {@code from} to {@code to}, replacing {@code to} in one step where the target can. */
  void rename(String from, String to) throws IOException;

  /** Deletes the file; false when there was none. */
  boolean delete(String path) throws IOException;

  /** Removes the folder if it is empty; false when it still holds something or is not there. */
  boolean removeEmptyFolder(String path) throws IOException;

  /** Ends the session; never fails, since everything that mattered was already written. */
  @Override
  void close();
}
