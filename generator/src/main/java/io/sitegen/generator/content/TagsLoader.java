package io.sitegen.generator.content;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.KeySpelling;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.internal.YamlReader;
import io.sitegen.generator.model.TagInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads {@code tags.yaml}: a title and description per tag. The file is optional. */
public final class TagsLoader {

  public static final String FILE_NAME = "tags.yaml";
  private static final String STAGE = "load";
  private static final List<String> KNOWN_KEYS = List.of("title", "description");

  private final YamlReader yaml = new YamlReader();

  /**
   * Tag metadata by tag key; tags missing here still work, with their name as title.
   *
   * @param warn told of keys under a tag other than title and description, which nothing reads
   */
  public Map<String, TagInfo> load(Path sourceDir, Consumer<String> warn) {
    Path file = sourceDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Path shown = Path.of(FILE_NAME);
    String text = SourceFiles.readUtf8(STAGE, file, shown);
    Map<String, Object> raw = yaml.readMap(STAGE, text, shown, 1);
    Map<String, TagInfo> result = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    raw.forEach(
        (name, value) -> {
          int line = YamlReader.lineOf(text, name, 1);
          String title = name;
          String description = "";
          if (value instanceof Map<?, ?> map) {
            title = stringOr(map.get("title"), name);
            description = stringOr(map.get("description"), "");
            for (Object unknown : map.keySet()) {
              if (!KNOWN_KEYS.contains(unknown.toString())) {
                warn.accept(unknownKey(text, line, name, unknown.toString()));
              }
            }
          } else if (value instanceof String s) {
            description = s;
          } else if (value != null) {
            problems.add(
                Problem.at(
                    shown,
                    line,
                    "tag '" + name + "' must have title and description",
                    "Write it as '"
                        + name
                        + ":' followed by indented 'title: ...' and"
                        + " 'description: ...'"));
            return;
          }
          Optional<String> control = PostLimits.controlCharacter(name + title + description);
          if (control.isPresent()) {
            problems.add(
                Problem.at(
                    shown,
                    line,
                    "tag '"
                        + PostLimits.shown(name)
                        + "' holds a control character ("
                        + control.get()
                        + ")",
                    "Remove it: it is invisible and not allowed in pages and feeds"));
            return;
          }
          String key = Slugs.tagKey(name);
          result.put(key, new TagInfo(key, title, description));
        });
    if (!problems.isEmpty()) {
      throw new BuildException(STAGE, problems);
    }
    return result;
  }

  private static String unknownKey(String text, int tagLine, String tag, String key) {
    return FILE_NAME
        + ":"
        + lineBelow(text, tagLine, key)
        + ": tag '"
        + tag
        + "' has an unknown key '"
        + key
        + "'"
        + KeySpelling.probablyMeant(key, KNOWN_KEYS)
            .map(known -> ": did you mean '" + known + "'?")
            .orElse(", which is ignored")
        + " (a tag has only title and description)";
  }

  /** The line of {@code key:} indented below the tag on {@code tagLine}; the tag's if not found. */
  private static int lineBelow(String text, int tagLine, String key) {
    List<String> lines = text.lines().toList();
    for (int i = tagLine; i < lines.size() && lines.get(i).startsWith(" "); i++) {
      if (lines.get(i).strip().startsWith(key + ":")) {
        return i + 1;
      }
    }
    return tagLine;
  }

  private static String stringOr(Object value, String fallback) {
    return value == null ? fallback : value.toString();
  }
}
