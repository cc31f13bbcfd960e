package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.importer.BodyLinks;
import io.sitegen.generator.internal.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of a Jekyll site that opens with front matter, which is what made Jekyll render it (a file
 * without is copied as it is).
 *
 * @param relative its path below the site's source, {@code /}-separated
 * @param frontMatter the front matter as written, for the lines of its keys
 * @param keys the front matter
 * @param body everything after the front matter, as written
 * @param bodyLine the 1-based line of the file the body starts on
 */
record JekyllFile(
    String relative,
    Path path,
    String frontMatter,
    Map<String, Object> keys,
    String body,
    int bodyLine) {

  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
          Pattern.DOTALL | Pattern.MULTILINE);

  /**
   * @return empty when the file has no front matter
   * @throws io.sitegen.generator.api.BuildException when the front matter is not YAML
   */
  static Optional<JekyllFile> read(Path source, Path file) {
    String text = readText(file);
    Matcher m = FRONT_MATTER.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String relative = source.relativize(file).toString().replace('\\', '/');
    Map<String, Object> keys = new YamlReader().readMap("import", m.group(1), Path.of(relative), 2);
    return Optional.of(
        new JekyllFile(
            relative,
            file,
            m.group(1),
            keys,
            text.substring(m.end()),
            BodyLinks.lineAt(text, m.end())));
  }

  /**
   * A file's text: old blogs predate UTF-8 everywhere, so bad bytes become U+FFFD, not a failure.
   */
  static String readText(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * A YAML file (the configuration, a data file) as a mapping.
   *
   * @param shown the file as problems name it
   * @throws io.sitegen.generator.api.BuildException when it is not YAML
   */
  static Map<String, Object> yaml(Path file, String shown) {
    return new YamlReader().readMap("import", readText(file), Path.of(shown), 1);
  }

  /** A single value of front matter or configuration as text; empty for none, a list or a map. */
  static Optional<String> text(Object value) {
    return value == null || value instanceof Map || value instanceof java.util.List
        ? Optional.empty()
        : Optional.of(value.toString().strip()).filter(s -> !s.isEmpty());
  }

  /** Markdown (kramdown, in Jekyll) rather than HTML. */
  boolean markdown() {
    String name = relative.toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mkd");
  }

  /** The file name without its folder and extension. */
  String stem() {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The folder below the source, {@code ""} at the top. */
  String folder() {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash);
  }
}
