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
 * @param cacheDir kept between builds: derived images, keyed by content, so unchanged photos are
 *     never processed twice
 * @param includeDrafts also publish posts marked {@code draft: true}
 * @param includeFuture also publish posts dated after {@code now}
 * @param strict fail the build on any warning
 * @param baseUrl overrides {@code baseUrl} of {@code site.yaml} when present
 * @param now the instant that decides which posts are in the future (fixed in tests)
 * @param incremental keep the build's memory in {@code cacheDir} and update the output folder in
 *     place, writing only files whose bytes changed (a build that changed nothing writes nothing);
 *     off, every build writes a fresh folder and swaps it in
 */
public record BuildOptions(
    Path sourceDir,
    Path outputDir,
    Path cacheDir,
    boolean includeDrafts,
    boolean includeFuture,
    boolean strict,
    Optional<String> baseUrl,
    Instant now,
    boolean incremental) {

  public BuildOptions {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(now, "now");
    sourceDir = sourceDir.toAbsolutePath().normalize();
    outputDir = outputDir.toAbsolutePath().normalize();
    cacheDir = cacheDir.toAbsolutePath().normalize();
  }

  /**
   * Options with defaults: no drafts, no future posts, not strict, the clock's current instant, the
   * cache in {@code sourceDir/target/sitegen-cache}.
   */
  public static BuildOptions of(Path sourceDir, Path outputDir) {
    return new BuildOptions(
        sourceDir,
        outputDir,
        sourceDir.resolve("target").resolve("sitegen-cache"),
        false,
        false,
        false,
        Optional.empty(),
        Instant.now(),
        true);
  }

  public BuildOptions withCacheDir(Path dir) {
    return new BuildOptions(
        sourceDir, outputDir, dir, includeDrafts, includeFuture, strict, baseUrl, now, incremental);
  }

  public BuildOptions withDrafts(boolean drafts) {
    return new BuildOptions(
        sourceDir, outputDir, cacheDir, drafts, includeFuture, strict, baseUrl, now, incremental);
  }

  public BuildOptions withFuture(boolean future) {
    return new BuildOptions(
        sourceDir, outputDir, cacheDir, includeDrafts, future, strict, baseUrl, now, incremental);
  }

  public BuildOptions withStrict(boolean failOnWarnings) {
    return new BuildOptions(
        sourceDir,
        outputDir,
        cacheDir,
        includeDrafts,
        includeFuture,
        failOnWarnings,
        baseUrl,
        now,
        incremental);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(
        sourceDir,
        outputDir,
        cacheDir,
        includeDrafts,
        includeFuture,
        strict,
        Optional.of(url),
        now,
        incremental);
  }

  public BuildOptions withIncremental(boolean keep) {
    return new BuildOptions(
        sourceDir, outputDir, cacheDir, includeDrafts, includeFuture, strict, baseUrl, now, keep);
  }

  public BuildOptions withNow(Instant instant) {
    return new BuildOptions(
        sourceDir,
        outputDir,
        cacheDir,
        includeDrafts,
        includeFuture,
        strict,
        baseUrl,
        instant,
        incremental);
  }
}
