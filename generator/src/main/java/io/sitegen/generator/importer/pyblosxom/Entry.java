package io.sitegen.generator.importer.pyblosxom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PyBlosxom entry file: the title on the first line, then {@code #key value} meta lines (the meta
 * and tags plugins), then the body.
 *
 * @param title the first line, trimmed
 * @param meta the meta lines by key, in file order, with the line each is on
 * @param body everything after the meta lines
 * @param bodyLine the 1-based line the body starts on
 */
record Entry(String title, Map<String, Meta> meta, String body, int bodyLine) {

  /** A meta line's value and its 1-based line. */
  record Meta(String value, int line) {}

  private static final Pattern META = Pattern.compile("#([A-Za-z][\\w-]*)(?:\\s+(.*))?");

  static Entry parse(String text) {
    List<String> lines = text.replace("\r\n", "\n").lines().toList();
    String title = lines.isEmpty() ? "" : lines.get(0).strip();
    Map<String, Meta> meta = new LinkedHashMap<>();
    int i = 1;
    for (; i < lines.size(); i++) {
      Matcher m = META.matcher(lines.get(i).strip());
      if (!m.matches()) {
        break;
      }
      meta.put(m.group(1).toLowerCase(java.util.Locale.ROOT), new Meta(valueOf(m.group(2)), i + 1));
    }
    String body = String.join("\n", lines.subList(Math.min(i, lines.size()), lines.size()));
    return new Entry(title, meta, body.strip() + "\n", i + 1);
  }

  private static String valueOf(String value) {
    return value == null ? "" : value.strip();
  }
}
