package io.sitegen.generator.json;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps (in their iteration order), lists, strings, numbers, booleans and null:
 * enough for JSON Feed and JSON-LD, so the generator needs no JSON library. Output is indented by
 * two spaces and always the same for the same values. {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c}-style escapes, so the text is safe inside an HTML {@code <script>}.
 */
public final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out, indent);
    } else if (value instanceof List<?> list) {
      array(list, out, indent);
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(inner);
      string(entry.getKey().toString(), out);
      out.append(": ");
      write(entry.getValue(), out, inner);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void array(List<?> list, StringBuilder out, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(inner);
      write(list.get(i), out, inner);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  /**
   * Appends an RFC 8259 string: quote, backslash and control characters escaped, and {@code < > &}
   * too, so the text is also safe inside {@code <script>}. Returns {@code out}, for chaining.
   */
  public static StringBuilder string(StringBuilder out, String s) {
    string(s, out);
    return out;
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    // Runs of plain characters are appended at once: bodies in feeds are long, and most of them
    // is plain.
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20
          && c != '"'
          && c != '\\'
          && c != '<'
          && c != '>'
          && c != '&'
          && c != '\u2028'
          && c != '\u2029') {
        continue;
      }
      out.append(s, plain, i);
      plain = i + 1;
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else {
        // U+2028/2029 end lines for older JavaScript parsers.
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]);
        out.append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    out.append(s, plain, s.length()).append('"');
  }
}
