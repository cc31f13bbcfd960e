package io.sitegen.generator.importer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file an import writes: text it made, or a file of the old blog copied as it is (an image a post
 * shows).
 *
 * @param path relative to the target blog folder, {@code /}-separated ({@code posts/a/b.html})
 * @param text its content; empty for a copy
 * @param copyOf the old blog's file whose bytes it gets, for a copy
 */
public record ImportedFile(String path, String text, Optional<Path> copyOf) {

  public ImportedFile(String path, String text) {
    this(path, text, Optional.empty());
  }

  public static ImportedFile copy(String path, Path from) {
    return new ImportedFile(path, "", Optional.of(from));
  }
}
