package io.sitegen.generator.scaffold;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to write for one {@link PostScaffold#create} call.
 *
 * @param sourceDir the blog folder (holds {@code site.yaml} and {@code posts/})
 * @param title the post's title, as the reader sees it
 * @param category the category folder below {@code posts/}, e.g. {@code openstack/tips}; empty for
 *     {@code posts/} itself
 * @param tags the post's tags, in order; may be empty
 * @param slug the file name without {@code .md}; empty to make one from the title
 * @param draft write {@code draft: true}, so the post stays out until drafts are asked for
 * @param now the moment written as the post's date, in the site's time zone
 */
public record NewPostOptions(
    Path sourceDir,
    String title,
    String category,
    List<String> tags,
    Optional<String> slug,
    boolean draft,
    Instant now) {

  public NewPostOptions {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(now, "now");
    sourceDir = sourceDir.toAbsolutePath().normalize();
    tags = List.copyOf(tags);
  }

  /** A post in {@code posts/}, without tags, not a draft, dated by the clock. */
  public static NewPostOptions of(Path sourceDir, String title) {
    return new NewPostOptions(
        sourceDir, title, "", List.of(), Optional.empty(), false, Instant.now());
  }

  public NewPostOptions withCategory(String folder) {
    return new NewPostOptions(sourceDir, title, folder, tags, slug, draft, now);
  }

  public NewPostOptions withTags(List<String> list) {
    return new NewPostOptions(sourceDir, title, category, list, slug, draft, now);
  }

  public NewPostOptions withSlug(String name) {
    return new NewPostOptions(sourceDir, title, category, tags, Optional.of(name), draft, now);
  }

  public NewPostOptions withDraft(boolean isDraft) {
    return new NewPostOptions(sourceDir, title, category, tags, slug, isDraft, now);
  }

  public NewPostOptions withNow(Instant instant) {
    return new NewPostOptions(sourceDir, title, category, tags, slug, draft, instant);
  }
}
