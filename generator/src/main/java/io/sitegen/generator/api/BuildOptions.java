package io.sitegen.generator.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where: the inputs of one {@link SiteGenerator#build} call.
 *
 * @param sourceDir the blog repository (holds {@code site.yaml}, {@code posts/}, ...)
 * @param outputDir where the site is written; replaced whole only when the build succeeds
 * @param includeDrafts also publish posts marked {@code draft: true}
 * @param includeFuture also publish posts dated after {@code now}
 * @param baseUrl overrides {@code baseUrl} of {@code site.yaml} when present
 * @param now the instant that decides which posts are in the future (fixed in tests)
 */
public record BuildOptions(
    Path sourceDir,
    Path outputDir,
    boolean includeDrafts,
    boolean includeFuture,
    Optional<String> baseUrl,
    Instant now) {

  public BuildOptions {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(now, "now");
    sourceDir = sourceDir.toAbsolutePath().normalize();
    outputDir = outputDir.toAbsolutePath().normalize();
  }

  /** Options with defaults: no drafts, no future posts, the clock's current instant. */
  public static BuildOptions of(Path sourceDir, Path outputDir) {
    return new BuildOptions(sourceDir, outputDir, false, false, Optional.empty(), Instant.now());
  }

  public BuildOptions withDrafts(boolean drafts) {
    return new BuildOptions(sourceDir, outputDir, drafts, includeFuture, baseUrl, now);
  }

  public BuildOptions withFuture(boolean future) {
    return new BuildOptions(sourceDir, outputDir, includeDrafts, future, baseUrl, now);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(
        sourceDir, outputDir, includeDrafts, includeFuture, Optional.of(url), now);
  }

  public BuildOptions withNow(Instant instant) {
    return new BuildOptions(sourceDir, outputDir, includeDrafts, includeFuture, baseUrl, instant);
  }
}
