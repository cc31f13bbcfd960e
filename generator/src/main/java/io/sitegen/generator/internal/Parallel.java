package io.sitegen.generator.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Work on all cores that ends as a whole before the caller goes on. */
public final class Parallel {

  private Parallel() {}

  /**
   * Runs {@code work} on every item on all cores and returns only when every task has ended. A
   * parallel stream rethrows the first failure while other tasks still write, and the staging
   * folder would be deleted under their feet; here the first failure stops the tasks not yet
   * started, and is rethrown once all have stopped.
   */
  public static <T> void forEach(List<T> items, Consumer<T> work) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    items.parallelStream()
        .forEach(
            item -> {
              if (failure.get() != null) {
                return;
              }
              try {
                work.accept(item);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
