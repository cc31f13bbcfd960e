package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import org.junit.jupiter.api.Test;

class MavenBuildListenerTest {

  @Test
  void eachLevelGoesToTheMatchingLogMethod() {
    RecordingLog log = new RecordingLog();
    MavenBuildListener listener = new MavenBuildListener(log);

    listener.onEvent(BuildEvent.info("load: 3 posts"));
    listener.onEvent(BuildEvent.debug("parsed posts/a.md"));
    listener.onEvent(BuildEvent.warning("posts/a.md:4: unknown key 'tilte'"));

    assertThat(log.lines)
        .containsExactly(
            "[info] load: 3 posts",
            "[debug] parsed posts/a.md",
            "[warn] posts/a.md:4: unknown key 'tilte'");
  }

  @Test
  void debugEventsAreDroppedWhenMavenRunsWithoutDashX() {
    RecordingLog log = new RecordingLog(false);

    new MavenBuildListener(log).onEvent(BuildEvent.debug("parsed posts/a.md"));

    assertThat(log.lines).isEmpty();
  }
}
