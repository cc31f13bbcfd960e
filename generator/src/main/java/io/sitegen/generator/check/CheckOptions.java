package io.sitegen.generator.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to check in one {@link LinkChecker#check} call.
 *
 * @param sourceDir the blog folder, whose {@code site.yaml} gives the {@code baseUrl}
 * @param siteDir the built site to check
 * @param baseUrl overrides {@code baseUrl} of {@code site.yaml} when present; absolute links that
 *     start with it are links inside the site
 * @param external also request every link to another site, once per URL
 * @param externalConcurrency how many external requests may be open at once
 * @param externalTimeout how long one external request may take
 * @param strict also fail on dead external links, not only warn
 */
public record CheckOptions(
    Path sourceDir,
    Path siteDir,
    Optional<String> baseUrl,
    boolean external,
    int externalConcurrency,
    Duration externalTimeout,
    boolean strict) {

  public static final int DEFAULT_CONCURRENCY = 8;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public CheckOptions {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(siteDir, "siteDir");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(externalTimeout, "externalTimeout");
    if (externalConcurrency < 1) {
      throw new IllegalArgumentException("externalConcurrency must be at least 1");
    }
    if (externalTimeout.isNegative() || externalTimeout.isZero()) {
      throw new IllegalArgumentException("externalTimeout must be positive");
    }
    sourceDir = sourceDir.toAbsolutePath().normalize();
    siteDir = siteDir.toAbsolutePath().normalize();
  }

  /** Internal links only, with the {@code baseUrl} of {@code site.yaml}. */
  public static CheckOptions of(Path sourceDir, Path siteDir) {
    return new CheckOptions(
        sourceDir, siteDir, Optional.empty(), false, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, false);
  }

  public CheckOptions withBaseUrl(String url) {
    return new CheckOptions(
        sourceDir,
        siteDir,
        Optional.of(url),
        external,
        externalConcurrency,
        externalTimeout,
        strict);
  }

  public CheckOptions withExternal(boolean check) {
    return new CheckOptions(
        sourceDir, siteDir, baseUrl, check, externalConcurrency, externalTimeout, strict);
  }

  public CheckOptions withExternalConcurrency(int requests) {
    return new CheckOptions(
        sourceDir, siteDir, baseUrl, external, requests, externalTimeout, strict);
  }

  public CheckOptions withExternalTimeout(Duration timeout) {
    return new CheckOptions(
        sourceDir, siteDir, baseUrl, external, externalConcurrency, timeout, strict);
  }

  public CheckOptions withStrict(boolean failOnWarnings) {
    return new CheckOptions(
        sourceDir,
        siteDir,
        baseUrl,
        external,
        externalConcurrency,
        externalTimeout,
        failOnWarnings);
  }
}
