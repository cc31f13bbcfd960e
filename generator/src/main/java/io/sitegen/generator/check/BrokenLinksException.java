package io.sitegen.generator.check;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.util.List;

/**
 * A check that found broken links. {@link #problems()} holds every one; the message lists the first
 * {@value #SHOWN}, because a broken template breaks a link on every page and a thousand lines would
 * bury the first.
 */
final class BrokenLinksException extends BuildException {

  static final int SHOWN = 50;

  BrokenLinksException(String stage, List<Problem> problems) {
    super(stage, problems);
  }

  @Override
  public String getMessage() {
    List<Problem> all = problems();
    if (all.size() <= SHOWN) {
      return super.getMessage();
    }
    StringBuilder message =
        new StringBuilder(stage()).append(": ").append(all.size()).append(" problems");
    for (Problem problem : all.subList(0, SHOWN)) {
      message.append("\n  ").append(problem.describe());
    }
    return message.append("\n  and ").append(all.size() - SHOWN).append(" more").toString();
  }
}
