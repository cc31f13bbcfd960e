package io.sitegen.generator.importer.pyblosxom;

import io.sitegen.generator.importer.BlogSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blog's settings from PyBlosxom's {@code config.py}, which lives beside or inside the datadir:
 * only plain string assignments ({@code py["blog_title"] = "..."}) are read, nothing is executed.
 */
final class BlogConfig {

  private BlogConfig() {}

  static BlogSettings read(Path datadir) {
    for (Path candidate :
        new Path[] {
          datadir.resolve("config.py"), datadir.toAbsolutePath().resolveSibling("config.py")
        }) {
      if (Files.isRegularFile(candidate)) {
        String text = PyBlosxomImporter.read(candidate);
        return new BlogSettings(
            value(text, "blog_title"),
            value(text, "blog_description"),
            value(text, "blog_author"),
            value(text, "base_url").map(url -> url.endsWith("/") ? url : url + "/"));
      }
    }
    return BlogSettings.UNKNOWN;
  }

  private static Optional<String> value(String text, String key) {
    Matcher m =
        Pattern.compile("(?m)^\\s*py\\[\\s*[\"']" + key + "[\"']\\s*]\\s*=\\s*[uU]?([\"'])(.*?)\\1")
            .matcher(text);
    return m.find() && !m.group(2).isBlank() ? Optional.of(m.group(2)) : Optional.empty();
  }
}
