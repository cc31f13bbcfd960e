package io.sitegen.generator.testing;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fixture blogs for whole-site tests: real folders under {@code src/test/resources/sites/}, or
 * mini-sites written from one text block ({@code --- posts/a/b.md ---} sections, like Hugo's txtar
 * tests).
 */
public final class TestSites {

  /** The "now" of every test build: posts after it are future posts. */
  public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static final Pattern SECTION = Pattern.compile("(?m)^--- (\\S+) ---$");

  private TestSites() {}

  /**
   * The folder of a fixture blog in {@code src/test/resources/sites/} (or {@code sites-invalid/}).
   */
  public static Path fixture(String relative) {
    Path path = Path.of("src/test/resources").resolve(relative);
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("no fixture " + path.toAbsolutePath());
    }
    return path.toAbsolutePath();
  }

  /** Copies a fixture blog into {@code target}, so a test may edit it. */
  public static Path copy(Path fixture, Path target) {
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = target.resolve(fixture.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a mini-site into {@code dir}: each {@code --- path ---} line starts a file whose content
   * runs to the next such line.
   */
  public static Path write(Path dir, String txtar) {
    Matcher m = SECTION.matcher(txtar);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      names.add(m.group(1));
    }
    try {
      for (int i = 0; i < names.size(); i++) {
        int from = starts.get(i)[1] + 1;
        int to = i + 1 < names.size() ? starts.get(i + 1)[0] : txtar.length();
        Path file = dir.resolve(names.get(i));
        Files.createDirectories(file.getParent());
        Files.writeString(file, from > to ? "" : txtar.substring(from, to), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * Options for building {@code source} into {@code output} at {@link #NOW}, with the image cache
   * beside the output so fixture folders are never written to.
   */
  public static BuildOptions options(Path source, Path output) {
    return BuildOptions.of(source, output)
        .withNow(NOW)
        .withCacheDir(output.resolveSibling(output.getFileName() + "-cache"));
  }

  /** Builds with {@link #options}, collecting the events. */
  public static BuildResult build(Path source, Path output, List<BuildEvent> events) {
    return new SiteGenerator().build(options(source, output), events::add);
  }

  public static BuildResult build(Path source, Path output) {
    return build(source, output, new ArrayList<>());
  }

  /** Parses a built page. */
  public static Document page(Path output, String path) {
    Path file = output.resolve(path);
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", "https://test.invalid/");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built page " + file, e);
    }
  }

  /** Every regular file below {@code root}, as sorted {@code /}-separated relative paths. */
  public static List<String> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file below {@code root} with its bytes, by relative path. */
  public static Map<String, byte[]> snapshot(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String path : files(root)) {
      try {
        files.put(path, Files.readAllBytes(root.resolve(path)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Edits a file of {@code blog}: {@code from}, which must be there, becomes {@code to}. */
  public static void replace(Path blog, String file, String from, String to) {
    try {
      String text = Files.readString(blog.resolve(file));
      if (!text.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain " + from);
      }
      Files.writeString(blog.resolve(file), text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file of {@code blog}, and its folders. */
  public static void writeFile(Path blog, String file, String text) {
    try {
      Files.createDirectories(blog.resolve(file).getParent());
      Files.writeString(blog.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A post file with front matter. */
  public static String post(String title, String date, String tags, String body) {
    return "---\ntitle: \""
        + title.replace("\"", "\\\"")
        + "\"\ndate: "
        + date
        + (tags.isEmpty() ? "" : "\ntags: [" + tags + "]")
        + "\n---\n"
        + body
        + "\n";
  }
}
