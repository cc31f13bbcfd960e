package io.sitegen.generator.api;

/**
 * One thing the build has to say: a stage summary, progress, or a warning the user should act on.
 *
 * @param level how loudly to say it
 * @param message one line, already phrased for the user
 */
public record BuildEvent(Level level, String message) {

  /** How a front end (Maven log, CLI) should show an event. */
  public enum Level {
    /** Stage summaries and results. */
    INFO,
    /** Details only wanted when debugging a build. */
    DEBUG,
    /** Something the user should fix; the build still succeeds. */
    WARNING
  }

  public static BuildEvent info(String message) {
    return new BuildEvent(Level.INFO, message);
  }

  public static BuildEvent warning(String message) {
    return new BuildEvent(Level.WARNING, message);
  }

  public static BuildEvent debug(String message) {
    return new BuildEvent(Level.DEBUG, message);
  }
}
