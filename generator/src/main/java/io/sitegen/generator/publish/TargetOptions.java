package io.sitegen.generator.publish;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings only some targets read; each is ignored by the others.
 *
 * @param endpoint S3: the service's URL for an S3-compatible store (R2, B2, Spaces, MinIO), e.g.
 *     {@code https://<account>.r2.cloudflarestorage.com}; empty for AWS itself
 * @param region S3: the bucket's region; empty for the AWS chain's, else {@code us-east-1}
 * @param cname git: the custom domain written as {@code CNAME} into the published branch
 * @param noJekyll git: also write an empty {@code .nojekyll}, so GitHub Pages serves files and
 *     folders starting with {@code _} as they are
 * @param force git: replace the branch's history with one new commit (a force push)
 * @param sourceDir git: the blog folder, whose commit the published commit's message names
 * @param objectRedirects S3: whether a redirect page also becomes an object redirect ({@code
 *     x-amz-website-redirect-location}); empty for the default, yes on AWS and no with an {@code
 *     endpoint}, since most S3-compatible stores have no such thing
 */
public record TargetOptions(
    Optional<String> endpoint,
    Optional<String> region,
    Optional<String> cname,
    boolean noJekyll,
    boolean force,
    Optional<Path> sourceDir,
    Optional<Boolean> objectRedirects) {

  public static final TargetOptions NONE =
      new TargetOptions(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          false,
          Optional.empty(),
          Optional.empty());

  public TargetOptions {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(cname, "cname");
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(objectRedirects, "objectRedirects");
  }

  /** Blank strings count as unset, because an unset Maven property arrives as "". */
  public static TargetOptions of(
      String endpoint,
      String region,
      String cname,
      boolean noJekyll,
      boolean force,
      Path sourceDir) {
    return new TargetOptions(
        present(endpoint),
        present(region),
        present(cname),
        noJekyll,
        force,
        Optional.ofNullable(sourceDir),
        Optional.empty());
  }

  /** These settings with object redirects asked for or refused; null keeps the default. */
  public TargetOptions withObjectRedirects(Boolean wanted) {
    return new TargetOptions(
        endpoint, region, cname, noJekyll, force, sourceDir, Optional.ofNullable(wanted));
  }

  /** Whether S3 is to try object redirects: as asked, else on AWS itself only. */
  boolean wantsObjectRedirects() {
    return objectRedirects.orElse(endpoint.isEmpty());
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
