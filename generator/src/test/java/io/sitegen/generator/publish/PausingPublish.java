package io.sitegen.generator.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A publish to a folder, run as its own process by {@link PublishKillIT} so that it can be killed
 * for real: once the file named by the third argument is in place it prints {@value #PAUSED} and
 * waits until it is killed, with everything after that file (listings, the manifest) not done.
 *
 * <p>Arguments: the built site, the target folder, the path to stop after.
 */
final class PausingPublish {

  static final String PAUSED = "paused";

  private PausingPublish() {}

  public static void main(String[] args) {
    Path site = Path.of(args[0]);
    String target = "file://" + Path.of(args[1]).toAbsolutePath();
    String stopAfter = args[2];
    new Publisher((options, listener) -> new Pausing(Targets.open(options, listener), stopAfter))
        .publish(site, PublishOptions.of(target), event -> {});
    System.out.println("finished without reaching " + stopAfter);
  }

  /** Records as usual, and sleeps for good after renaming a file into {@code stopAfter}. */
  private static final class Pausing extends RecordingTarget {

    private final String stopAfter;

    Pausing(PublishTarget target, String stopAfter) {
      super(target);
      this.stopAfter = stopAfter;
    }

    @Override
    public void rename(String from, String to) throws IOException {
      super.rename(from, to);
      if (to.equals(stopAfter)) {
        System.out.println(PAUSED);
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
