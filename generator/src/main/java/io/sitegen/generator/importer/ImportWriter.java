package io.sitegen.generator.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a plan's files into the target blog, each only if it does not exist: a user's file is
 * never overwritten, and a second run writes only what the first did not.
 */
public final class ImportWriter {

  /** How many files were written, and how many were already there and kept. */
  public record Written(int written, int kept) {}

  private ImportWriter() {}

  /** The files of a plan that are not in the target yet: what a run would write. */
  public static List<ImportedFile> missing(ImportPlan plan, Path target) {
    return plan.files().stream().filter(f -> !Files.exists(target.resolve(f.path()))).toList();
  }

  public static Written write(ImportPlan plan, Path target) {
    int written = 0;
    int kept = 0;
    for (ImportedFile file : plan.files()) {
      Path path = target.resolve(file.path());
      if (!path.normalize().startsWith(target.normalize())) {
        throw new IllegalStateException("import path leaves the target: " + file.path());
      }
      try {
        Files.createDirectories(path.getParent());
        // CREATE_NEW (and a copy without REPLACE_EXISTING): the check and the creation are one
        // step, so nothing is ever replaced.
        if (file.copyOf().isPresent()) {
          Files.copy(file.copyOf().get(), path);
        } else {
          Files.writeString(
              path, file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        written++;
      } catch (FileAlreadyExistsException e) {
        kept++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path, e);
      }
    }
    return new Written(written, kept);
  }
}
