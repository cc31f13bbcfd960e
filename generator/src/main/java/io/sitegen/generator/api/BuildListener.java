package io.sitegen.generator.api;

/** Receives the build's events; the generator never logs by itself. */
@FunctionalInterface
public interface BuildListener {

  void onEvent(BuildEvent event);

  /** A listener that drops everything. */
  static BuildListener ignoring() {
    return event -> {};
  }
}
