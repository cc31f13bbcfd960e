package io.sitegen.generator.write;

import io.sitegen.generator.api.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every output path of one build and what claims it ({@code post posts/a/b.md}, {@code feed Blog}):
 * two things wanting one path stop the build, naming both, before either is written.
 */
public final class PathClaims {

  private final SortedMap<String, String> origins = new TreeMap<>();

  /** A path and what wants it. */
  public record Claim(String path, String origin) {}

  /** Claims each path for its origin; returns a problem for each path taken already. */
  public List<Problem> claim(List<Claim> claims) {
    List<Problem> clashes = new ArrayList<>();
    for (Claim claim : claims) {
      String other = origins.putIfAbsent(claim.path(), claim.origin());
      if (other != null) {
        clashes.add(clash(claim.path(), claim.origin(), other));
      }
    }
    return clashes;
  }

  /** What claimed {@code path}, or null. */
  public String origin(String path) {
    return origins.get(path);
  }

  /** Every claim, by path. */
  public SortedMap<String, String> all() {
    return Collections.unmodifiableSortedMap(origins);
  }

  /**
   * Paths that run through another claimed file ({@code diary/a.html/old/index.html} below {@code
   * diary/a.html}): one would have to be a file and a folder at once.
   */
  public List<Problem> folderClashes() {
    List<Problem> clashes = new ArrayList<>();
    for (Map.Entry<String, String> claim : origins.entrySet()) {
      String path = claim.getKey();
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        String folder = path.substring(0, slash);
        if (origins.containsKey(folder)) {
          clashes.add(clash(folder, origins.get(folder), claim.getValue() + " (a page below it)"));
        }
      }
    }
    return clashes;
  }

  public static Problem clash(String path, String one, String other) {
    return Problem.general(
        "two things want to be /" + path + ": " + one + " and " + other,
        "Rename one of them (a category folder named like a year, 'tags' or 'page' can clash too)");
  }
}
