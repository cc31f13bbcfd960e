package io.sitegen.generator.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One mistake in the user's input: where it is, what is wrong and what to do about it.
 *
 * @param file the file at fault, relative to the blog folder where possible
 * @param line 1-based line in that file, or 0 when no line applies
 * @param message what is wrong
 * @param hint what to do about it
 */
public record Problem(Optional<Path> file, int line, String message, String hint) {

  public static Problem at(Path file, int line, String message, String hint) {
    return new Problem(Optional.of(file), line, message, hint);
  }

  public static Problem general(String message, String hint) {
    return new Problem(Optional.empty(), 0, message, hint);
  }

  /** {@code file:line: message (hint)}, the form compilers use so editors can jump to it. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    file.ifPresent(
        f -> {
          out.append(f.toString().replace('\\', '/'));
          if (line > 0) {
            out.append(':').append(line);
          }
          out.append(": ");
        });
    out.append(message);
    if (!hint.isEmpty()) {
      out.append(message.endsWith(".") ? " " : ". ").append(hint);
    }
    return out.toString();
  }
}
