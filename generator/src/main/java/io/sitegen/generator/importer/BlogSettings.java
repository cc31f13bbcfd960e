package io.sitegen.generator.importer;

import java.util.Optional;

/** What an old blog's configuration says about the blog as a whole; each may be unknown. */
public record BlogSettings(
    Optional<String> title,
    Optional<String> description,
    Optional<String> author,
    Optional<String> baseUrl) {

  public static final BlogSettings UNKNOWN =
      new BlogSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
