package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.api.StageTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a stage, times it and reports one line: {@code load: 40 posts, 14 categories (31 ms)}. */
final class StageTimer {

  private final BuildListener listener;
  private final List<StageTiming> timings = new ArrayList<>();

  StageTimer(BuildListener listener) {
    this.listener = listener;
  }

  <T> T run(String stage, Supplier<T> work, Function<T, String> summary) {
    long start = System.nanoTime();
    T result;
    try {
      result = work.get();
    } catch (BuildException e) {
      throw e;
    } catch (RuntimeException e) {
      // A bug, not the user's mistake: keep the cause for the stack trace.
      throw new BuildException(
          stage,
          Problem.general("unexpected failure: " + e, "Please report this with the stack trace"),
          e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String text = summary.apply(result);
    timings.add(new StageTiming(stage, took, text));
    listener.onEvent(
        BuildEvent.info(String.format("%-9s %s (%d ms)", stage + ":", text, took.toMillis())));
    return result;
  }

  List<StageTiming> timings() {
    return List.copyOf(timings);
  }
}
