package io.sitegen.generator.serve;

import io.sitegen.generator.api.BuildOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a preview.
 *
 * @param build what to build; its {@code baseUrl} is replaced by the preview's own address
 * @param host the address to listen on; {@code 127.0.0.1} unless the user asks for another
 * @param port the port, or 0 for any free one
 * @param quietPeriod how long the files must stay unchanged before a rebuild: an editor's save is
 *     several events
 */
public record ServeOptions(BuildOptions build, String host, int port, Duration quietPeriod) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public ServeOptions {
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(quietPeriod, "quietPeriod");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
  }

  public static ServeOptions of(BuildOptions build) {
    return new ServeOptions(build, DEFAULT_HOST, DEFAULT_PORT, Duration.ofMillis(150));
  }

  public ServeOptions withHost(String newHost) {
    return new ServeOptions(build, newHost, port, quietPeriod);
  }

  public ServeOptions withPort(int newPort) {
    return new ServeOptions(build, host, newPort, quietPeriod);
  }

  public ServeOptions withQuietPeriod(Duration newQuietPeriod) {
    return new ServeOptions(build, host, port, newQuietPeriod);
  }
}
