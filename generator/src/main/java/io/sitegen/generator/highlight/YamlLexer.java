package io.sitegen.generator.highlight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML, line by line: keys, scalars (quoted strings, numbers, booleans and null), comments and
 * document markers. RSyntaxTextArea's YAML token maker leaves keys and values bare, which makes the
 * most common configuration format read as plain text. Block scalars ({@code |}, {@code >}) are not
 * followed: their lines read as plain values.
 */
final class YamlLexer implements Lexer {

  private static final Pattern KEY =
      Pattern.compile("^(\\s*(?:-\\s+)*)([^\\s#'\"\\-][^:#]*?|\"[^\"]*\"|'[^']*')(\\s*:)(?=\\s|$)");
  private static final Pattern ITEM = Pattern.compile("^(\\s*-)(?=\\s|$)");
  private static final Pattern COMMENT = Pattern.compile("(^|\\s)#");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d[\\d_]*(\\.\\d+)?([eE][-+]?\\d+)?|0x[0-9a-fA-F]+)");
  private static final Pattern LITERAL =
      Pattern.compile("true|false|null|yes|no|on|off|~", Pattern.CASE_INSENSITIVE);

  @Override
  public void line(String line, StringBuilder html) {
    if (line.equals("---") || line.equals("...")) {
      Lexer.token(line, 0, line.length(), "tok-meta", html);
      return;
    }
    int at = 0;
    Matcher key = KEY.matcher(line);
    Matcher item = ITEM.matcher(line);
    if (key.find()) {
      Lexer.escape(line, 0, key.end(1), html);
      Lexer.token(line, key.start(2), key.end(2), "tok-attr", html);
      Lexer.escape(line, key.start(3), key.end(3), html);
      at = key.end();
    } else if (item.find()) {
      Lexer.escape(line, 0, item.end(), html);
      at = item.end();
    }
    value(line, at, html);
  }

  /** The rest of a line from {@code at}: a scalar, then perhaps a comment. */
  private static void value(String line, int at, StringBuilder html) {
    int start = at;
    while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    Lexer.escape(line, at, start, html);
    if (start == line.length()) {
      return;
    }
    char first = line.charAt(start);
    if (first == '#') {
      Lexer.token(line, start, line.length(), "tok-com", html);
      return;
    }
    int end = line.length();
    if (first == '"' || first == '\'') {
      int close = line.indexOf(first, start + 1);
      end = close < 0 ? line.length() : close + 1;
      Lexer.token(line, start, end, "tok-str", html);
    } else {
      Matcher comment = COMMENT.matcher(line).region(start, line.length());
      if (comment.find()) {
        end = comment.start() + comment.group(1).length();
      }
      String scalar = line.substring(start, end).strip();
      int scalarEnd = start + scalar.length();
      String cssClass =
          NUMBER.matcher(scalar).matches()
              ? "tok-num"
              : LITERAL.matcher(scalar).matches() ? "tok-lit" : null;
      Lexer.token(line, start, scalarEnd, cssClass, html);
      Lexer.escape(line, scalarEnd, end, html);
    }
    if (end < line.length()) {
      int hash = line.indexOf('#', end);
      if (hash < 0) {
        Lexer.escape(line, end, line.length(), html);
      } else {
        Lexer.escape(line, end, hash, html);
        Lexer.token(line, hash, line.length(), "tok-com", html);
      }
    }
  }
}
