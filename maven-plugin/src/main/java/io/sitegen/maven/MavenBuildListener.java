package io.sitegen.maven;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildListener;
import org.apache.maven.plugin.logging.Log;

/** Says the generator's events through Maven's log, so {@code -q} and {@code -X} work as usual. */
final class MavenBuildListener implements BuildListener {

  private final Log log;

  MavenBuildListener(Log log) {
    this.log = log;
  }

  @Override
  public void onEvent(BuildEvent event) {
    switch (event.level()) {
      case WARNING -> log.warn(event.message());
      case DEBUG -> log.debug(event.message());
      // A level added to the generator later is still shown rather than lost.
      default -> log.info(event.message());
    }
  }
}
