package io.sitegen.generator.importer.wordpress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The channel's category tree ({@code <wp:category>} entries: a nicename and its parent's), which
 * turns a category into its folder path ({@code tech/java}).
 */
final class Categories {

  /** WordPress's default category: a post in it has none. */
  static final String UNCATEGORIZED = "uncategorized";

  private final Map<String, String> parents;

  private Categories(Map<String, String> parents) {
    this.parents = parents;
  }

  static Categories of(Element channel) {
    Map<String, String> parents = new HashMap<>();
    for (Element category : Wxr.wpChildren(channel, "category")) {
      String nicename = Wxr.wp(category, "category_nicename");
      if (!nicename.isEmpty()) {
        parents.put(nicename, Wxr.wp(category, "category_parent"));
      }
    }
    return new Categories(Map.copyOf(parents));
  }

  /** The nicenames from the root down to {@code nicename}; a loop in the parents ends it. */
  List<String> path(String nicename) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String at = nicename; at != null && !at.isEmpty() && seen.add(at); ) {
      path.add(at);
      at = parents.get(at);
    }
    Collections.reverse(path);
    return path;
  }

  /** The deepest of {@code nicenames} (the first of the deepest on ties); empty when none. */
  String deepest(List<String> nicenames) {
    String deepest = "";
    int depth = 0;
    for (String nicename : nicenames) {
      int d = path(nicename).size();
      if (d > depth) {
        deepest = nicename;
        depth = d;
      }
    }
    return deepest;
  }
}
