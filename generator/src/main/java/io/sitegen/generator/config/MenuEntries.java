package io.sitegen.generator.config;

import io.sitegen.generator.internal.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code menu:} of {@code site.yaml}: a list whose items are {@code archives}, {@code
 * albums}, or a map with one of {@code page:}, {@code category:}, {@code archives:}, {@code
 * albums:}, {@code url:} and an optional {@code title:}. Each bad item is reported at its own line.
 */
final class MenuEntries {

  /** Told of one bad item: its line, what is wrong and how to fix it. */
  interface Problems {
    void add(int line, String message, String hint);
  }

  private static final String EXAMPLE =
      "e.g. '- page: about', '- category: /openstack', '- archives', '- albums' or"
          + " '- url: https://example.org/' with 'title: Example'";

  private MenuEntries() {}

  static List<MenuEntry> read(Object value, String text, Path file, Problems problems) {
    if (value == null) {
      return List.of();
    }
    int menuLine = YamlReader.lineOf(text, "menu", 1);
    if (!(value instanceof List<?> items)) {
      problems.add(menuLine, "menu: must be a list of entries", EXAMPLE);
      return List.of();
    }
    List<Integer> lines = YamlReader.itemLinesOf(text, "menu", 1);
    List<MenuEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      int line = i < lines.size() ? lines.get(i) : menuLine;
      entry(items.get(i), line, problems).ifPresent(entries::add);
    }
    return List.copyOf(entries);
  }

  private static Optional<MenuEntry> entry(Object item, int line, Problems problems) {
    if (item instanceof String word) {
      for (MenuEntry.Kind kind : List.of(MenuEntry.Kind.ARCHIVES, MenuEntry.Kind.ALBUMS)) {
        if (word.strip().equals(kind.key())) {
          return Optional.of(new MenuEntry(kind, "", Optional.empty(), line));
        }
      }
      problems.add(line, "menu entry '" + word + "' is not one site-gen knows", EXAMPLE);
      return Optional.empty();
    }
    if (!(item instanceof Map<?, ?> map)) {
      problems.add(line, "menu entry '" + item + "' is not one site-gen knows", EXAMPLE);
      return Optional.empty();
    }
    Set<String> kinds = new TreeSet<>();
    for (MenuEntry.Kind kind : MenuEntry.Kind.values()) {
      if (map.containsKey(kind.key())) {
        kinds.add(kind.key());
      }
    }
    Set<String> unknown = new TreeSet<>();
    map.keySet().forEach(k -> unknown.add(String.valueOf(k)));
    unknown.removeAll(kinds);
    unknown.remove("title");
    if (kinds.size() != 1 || !unknown.isEmpty()) {
      problems.add(
          line,
          "menu entry "
              + map
              + (kinds.size() > 1
                  ? " names more than one of " + kinds
                  : unknown.isEmpty()
                      ? " names no page, category, archives, albums or url"
                      : " has unknown keys " + unknown),
          EXAMPLE);
      return Optional.empty();
    }
    MenuEntry.Kind kind = MenuEntry.Kind.valueOf(kinds.iterator().next().toUpperCase(Locale.ROOT));
    Object rawTitle = map.get("title");
    Optional<String> title =
        rawTitle == null ? Optional.empty() : Optional.of(rawTitle.toString().strip());
    Object target = map.get(kind.key());
    String text = target == null ? "" : target.toString().strip();
    if (target instanceof Map || target instanceof List) {
      problems.add(line, "menu entry " + kind.key() + ": must be one value", EXAMPLE);
      return Optional.empty();
    }
    switch (kind) {
      case PAGE, CATEGORY -> {
        text = text.replaceAll("^/+|/+$", "");
        if (text.isEmpty() && kind == MenuEntry.Kind.PAGE) {
          problems.add(line, "menu entry page: names no page", "e.g. 'page: about'");
          return Optional.empty();
        }
      }
      case URL -> {
        if (List.of("http://", "https://", "mailto:").stream().noneMatch(text::startsWith)) {
          problems.add(
              line,
              "menu entry url: '" + text + "' is not an absolute http(s) or mailto: URL",
              "e.g. 'url: https://github.com/you' with 'title: GitHub'");
          return Optional.empty();
        }
        if (title.isEmpty() || title.get().isEmpty()) {
          problems.add(
              line,
              "menu entry url: " + text + " has no title",
              "Add 'title: ...' on the next line, indented like 'url:'");
          return Optional.empty();
        }
      }
      default -> text = "";
    }
    return Optional.of(new MenuEntry(kind, text, title, line));
  }
}
