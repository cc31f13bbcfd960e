package io.sitegen.generator.highlight;

/** Unified diffs, line by line: file headers, hunk headers, added and removed lines. */
final class DiffLexer implements Lexer {

  @Override
  public void line(String line, StringBuilder html) {
    Lexer.token(line, 0, line.length(), cssClass(line), html);
  }

  private static String cssClass(String line) {
    if (line.startsWith("+++")
        || line.startsWith("---")
        || line.startsWith("diff ")
        || line.startsWith("index ")) {
      return "tok-meta";
    }
    if (line.startsWith("@@")) {
      return "tok-hunk";
    }
    if (line.startsWith("+")) {
      return "tok-ins";
    }
    if (line.startsWith("-")) {
      return "tok-del";
    }
    return null;
  }
}
