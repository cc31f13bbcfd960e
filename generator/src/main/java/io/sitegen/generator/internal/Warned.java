package io.sitegen.generator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A result a preview remembers, with the warnings that making it gave: a later build that reuses it
 * warns of them again, as a full build of the same files would (else {@code --strict} would pass in
 * the preview and fail in {@code build}).
 *
 * @param warnings in the order they were given
 */
public record Warned<T>(T value, List<String> warnings) {

  public Warned {
    warnings = List.copyOf(warnings);
  }

  /** Runs {@code work}, passing each warning it gives on to {@code warn} and keeping it. */
  public static <T> Warned<T> of(Consumer<String> warn, Function<Consumer<String>, T> work) {
    List<String> given = Collections.synchronizedList(new ArrayList<>());
    T value =
        work.apply(
            message -> {
              given.add(message);
              warn.accept(message);
            });
    return new Warned<>(value, given);
  }

  /** The value, reused: its warnings are given again to {@code warn}. */
  public T reuse(Consumer<String> warn) {
    warnings.forEach(warn);
    return value;
  }
}
