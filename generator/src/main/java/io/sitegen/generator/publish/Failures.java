package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;

/** The publish stage's errors, in the generator's {@link BuildException} form. */
final class Failures {

  static final String STAGE = "publish";

  private Failures() {}

  /** A mistake the user can fix (a URL, a password, a host key): no cause, so no stack trace. */
  static BuildException problem(String message, String hint) {
    return new BuildException(STAGE, Problem.general(message, hint));
  }

  /** Trouble reading or writing files; the cause is kept for {@code -e} and {@code --verbose}. */
  static BuildException io(String message, String hint, IOException cause) {
    return new BuildException(STAGE, Problem.general(message, hint), cause);
  }
}
