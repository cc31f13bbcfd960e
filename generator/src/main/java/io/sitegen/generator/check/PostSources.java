package io.sitegen.generator.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the Markdown file in {@code posts/} that a link on a built post page was written in, and
 * its line: that is the file to edit, not the dozens of listings and feeds that show the post. The
 * built site does not record its sources, so the file is found by name (a post page is named for
 * its file's slug) and by the link's text, which the source holds as written or relative to its
 * folder.
 */
final class PostSources {

  /** Where a link was written: the blog's file, and its 1-based line, 0 when not found. */
  record Source(Path file, int line) {}

  private final Path sourceDir;
  private Map<Path, String> posts;

  PostSources(Path sourceDir) {
    this.sourceDir = sourceDir;
  }

  /**
   * The source of {@code link} on the post page {@code page} (relative to the site root), or empty
   * when no post file can be told apart.
   */
  Optional<Source> find(String page, String link) {
    String path = withoutQueryAndFragment(link);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // A link to another post is written as its file's name, and built as the post's URL.
    String markdown = slugOf(name) + ".md";
    String slug = slugOf(page);
    List<Path> named = new ArrayList<>();
    List<Path> holding = new ArrayList<>();
    for (Map.Entry<Path, String> entry : posts().entrySet()) {
      Path post = entry.getKey();
      String text = entry.getValue();
      if (!text.contains(name) && !text.contains(markdown)) {
        continue;
      }
      holding.add(post);
      if (slugOf(post.getFileName().toString()).equals(slug)) {
        named.add(post);
      }
    }
    List<Path> candidates = named.isEmpty() ? holding : named;
    if (candidates.size() != 1) {
      return Optional.empty();
    }
    Path post = candidates.get(0);
    return Optional.of(
        new Source(
            sourceDir.relativize(post), line(posts().get(post), List.of(path, name, markdown))));
  }

  /** The first line that holds the first of {@code needles} found. */
  private static int line(String text, List<String> needles) {
    List<String> lines = text.lines().toList();
    for (String needle : needles) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(needle)) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /**
   * {@code havana-summit} for {@code openstack/havana-summit.html}, a pretty URL's folder, or a
   * dated file {@code 2024-01-02-havana-summit.md}.
   */
  private static String slugOf(String file) {
    String name = file.endsWith("/index.html") ? file.substring(0, file.length() - 11) : file;
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    return name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "").toLowerCase(Locale.ROOT);
  }

  private static String withoutQueryAndFragment(String link) {
    int end = link.length();
    for (char c : new char[] {'#', '?'}) {
      int at = link.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return link.substring(0, end);
  }

  /** Every Markdown file of {@code posts/} with its text, read once and only when needed. */
  private Map<Path, String> posts() {
    if (posts == null) {
      posts = new TreeMap<>();
      Path dir = sourceDir.resolve("posts");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
              .forEach(p -> posts.put(p, read(p)));
        } catch (IOException | UncheckedIOException e) {
          // Without the sources the links are still reported, on the pages that show them.
        }
      }
    }
    return posts;
  }

  private static String read(Path post) {
    try {
      return Files.readString(post, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
