package io.sitegen.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A category: the folder of a post below {@code posts/}, e.g. {@code /openstack/tips}. The root
 * category {@code /} holds posts placed directly in {@code posts/}.
 */
public record CategoryPath(List<String> segments) implements Comparable<CategoryPath> {

  public static final CategoryPath ROOT = new CategoryPath(List.of());

  public CategoryPath {
    segments = List.copyOf(segments);
  }

  /** Parses {@code /a/b}, {@code a/b/} or {@code a/b}. */
  public static CategoryPath parse(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return new CategoryPath(parts);
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public CategoryPath parent() {
    return isRoot() ? this : new CategoryPath(segments.subList(0, segments.size() - 1));
  }

  public String name() {
    return isRoot() ? "" : segments.get(segments.size() - 1);
  }

  public int depth() {
    return segments.size();
  }

  /** This category and every ancestor up to, but not including, the root; nearest first. */
  public List<CategoryPath> selfAndAncestors() {
    List<CategoryPath> result = new ArrayList<>();
    for (CategoryPath c = this; !c.isRoot(); c = c.parent()) {
      result.add(c);
    }
    return result;
  }

  public boolean isWithin(CategoryPath other) {
    return segments.size() >= other.segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /** {@code a/b}: the path without slashes at the ends, as a folder below the site root. */
  public String relative() {
    return String.join("/", segments);
  }

  /** {@code /a/b}, as the seed blog prints it after "path:". */
  @Override
  public String toString() {
    return "/" + relative();
  }

  @Override
  public int compareTo(CategoryPath other) {
    return relative().compareTo(other.relative());
  }
}
