package io.sitegen.generator.internal;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML mapping (YAML 1.2 core schema, so dates stay strings and {@code no} stays a word)
 * and turns syntax errors into problems that name the file and line.
 */
public final class YamlReader {

  private final LoadSettings settings =
      LoadSettings.builder()
          .setAllowDuplicateKeys(false)
          .setCodePointLimit(16 * 1024 * 1024)
          .build();

  /**
   * Parses {@code text} as a mapping.
   *
   * @param file shown in errors
   * @param firstLine the line of {@code file} on which {@code text} starts (front matter starts on
   *     line 2)
   */
  public Map<String, Object> readMap(String stage, String text, Path file, int firstLine) {
    Object loaded;
    try {
      loaded = new Load(settings).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
      throw new BuildException(
          stage,
          Problem.at(
              file,
              line,
              "malformed YAML: "
                  + firstLineOf(e.getProblem() == null ? e.getMessage() : e.getProblem()),
              "Check the indentation and quoting; quote values that contain ': ' or start with"
                  + " [, {, *, & or #"),
          e);
    } catch (YamlEngineException e) {
      throw new BuildException(
          stage,
          Problem.at(file, firstLine, "malformed YAML: " + firstLineOf(e.getMessage()), ""),
          e);
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new BuildException(
          stage,
          Problem.at(
              file,
              firstLine,
              "expected 'key: value' lines but found a " + describe(loaded),
              "Write one 'key: value' per line"));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  private static String describe(Object value) {
    return value instanceof List<?> ? "list" : "single value";
  }

  private static String firstLineOf(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }

  /**
   * The line of {@code key:} at the top level of {@code yaml}, counted in the file where the YAML
   * starts on {@code firstLine}; {@code firstLine} when the key is not found.
   */
  public static int lineOf(String yaml, String key, int firstLine) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return firstLine + i;
      }
    }
    return firstLine;
  }

  /**
   * The line of each item of the top-level list {@code key:} (lines starting with {@code -} after
   * it, before the next top-level key), counted as in {@link #lineOf}.
   */
  public static List<Integer> itemLinesOf(String yaml, String key, int firstLine) {
    List<String> lines = yaml.lines().toList();
    List<Integer> items = new java.util.ArrayList<>();
    int start = lineOf(yaml, key, firstLine) - firstLine;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
        break;
      }
      if (line.strip().startsWith("-")) {
        items.add(firstLine + i);
      }
    }
    return items;
  }
}
