package io.sitegen.generator.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files beside the posts that a post's Markdown shows or links by a relative path ({@code
 * ![](diagram.png)}, {@code [pdf](slides.pdf)}, {@code [x]: diagram.png}, {@code <img
 * src="diagram.png">}, each size of a {@code srcset}). Such an image belongs to its post, so it
 * does not make its folder an album. Read from the Markdown text, so it is known before the photo
 * and process stages need it.
 */
public final class ImageReferences {

  private static final List<Pattern> TARGETS =
      List.of(
          Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)"),
          Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)"),
          Pattern.compile("(?i)<(?:img|a)\\b[^>]*?\\s(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']"));

  /** A {@code srcset}: candidates ({@code a-300x200.jpg 300w}) separated by commas. */
  private static final Pattern SRCSET =
      Pattern.compile("(?i)\\ssrcset\\s*=\\s*[\"']([^\"']+)[\"']");

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private ImageReferences() {}

  /** The blog-relative paths {@code posts} refer to by relative links. */
  public static Set<Path> of(List<PostSource> posts) {
    Set<Path> files = new HashSet<>();
    for (PostSource post : posts) {
      Path folder = post.source().getParent();
      for (Pattern pattern : TARGETS) {
        Matcher m = pattern.matcher(post.body());
        while (m.find()) {
          add(folder, m.group(1), files);
        }
      }
      Matcher srcset = SRCSET.matcher(post.body());
      while (srcset.find()) {
        for (String candidate : srcset.group(1).split(",")) {
          add(folder, candidate.strip().split("\\s+")[0], files);
        }
      }
    }
    return files;
  }

  private static void add(Path folder, String link, Set<Path> files) {
    String target = link.replaceAll("[?#].*$", "");
    if (target.isEmpty() || target.startsWith("/") || SCHEME.matcher(target).find()) {
      return;
    }
    try {
      String decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
      files.add(folder.resolve(decoded).normalize());
    } catch (IllegalArgumentException e) {
      // Not a path (a stray "%", or InvalidPathException for a forbidden character).
    }
  }
}
