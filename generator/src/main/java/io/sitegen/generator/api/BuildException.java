package io.sitegen.generator.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The build stopped because of the user's input or a failure to read or write files. Carries every
 * problem found, so a user fixes all of them in one round; the previous output is left untouched.
 */
public class BuildException extends RuntimeException {

  private final String stage;
  private final List<Problem> problems;

  public BuildException(String stage, List<Problem> problems) {
    super(format(stage, problems));
    this.stage = stage;
    this.problems = List.copyOf(problems);
  }

  public BuildException(String stage, Problem problem, Throwable cause) {
    super(format(stage, List.of(problem)), cause);
    this.stage = stage;
    this.problems = List.of(problem);
  }

  public BuildException(String stage, Problem problem) {
    this(stage, List.of(problem));
  }

  /** The pipeline stage that failed ({@code load}, {@code render}, ...). */
  public String stage() {
    return stage;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String format(String stage, List<Problem> problems) {
    if (problems.size() == 1) {
      return stage + ": " + problems.get(0).describe();
    }
    return stage
        + ": "
        + problems.size()
        + " problems\n"
        + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
  }
}
