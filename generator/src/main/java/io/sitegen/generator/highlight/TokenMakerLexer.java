package io.sitegen.generator.highlight;

import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * A lexer over one of RSyntaxTextArea's JFlex token makers. Only the token maker is used, never a
 * text area, so it runs headless (no display, {@code java.awt.headless=true}). Token makers keep
 * state and reuse their token lists, so each block gets its own.
 */
final class TokenMakerLexer implements Lexer {

  private final TokenMaker maker;
  private int lastType = TokenTypes.NULL;

  TokenMakerLexer(String syntaxStyle) {
    this.maker = TokenMakerFactory.getDefaultInstance().getTokenMaker(syntaxStyle);
  }

  @Override
  public void line(String line, StringBuilder html) {
    char[] chars = line.toCharArray();
    int start = lastType;
    for (Token t = maker.getTokenList(new Segment(chars, 0, chars.length), start, 0);
        t != null && t.isPaintable();
        t = t.getNextToken()) {
      Lexer.token(line, t.getOffset(), t.getEndOffset(), cssClass(t.getType()), html);
    }
    // The list above is invalid after this call (the maker reuses it), hence the order.
    lastType = maker.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), start);
  }

  /** The class of a token type; identifiers, white space and separators stay bare. */
  static String cssClass(int type) {
    return switch (type) {
      case TokenTypes.COMMENT_EOL,
          TokenTypes.COMMENT_MULTILINE,
          TokenTypes.COMMENT_DOCUMENTATION,
          TokenTypes.COMMENT_KEYWORD,
          TokenTypes.COMMENT_MARKUP,
          TokenTypes.MARKUP_COMMENT ->
          "tok-com";
      case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> "tok-kw";
      case TokenTypes.DATA_TYPE -> "tok-type";
      case TokenTypes.FUNCTION -> "tok-fn";
      case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE,
          TokenTypes.LITERAL_CHAR,
          TokenTypes.LITERAL_BACKQUOTE,
          TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE,
          // An unterminated string is still a string to a reader (a snippet may stop mid-line).
          TokenTypes.ERROR_STRING_DOUBLE,
          TokenTypes.ERROR_CHAR ->
          "tok-str";
      case TokenTypes.LITERAL_NUMBER_DECIMAL_INT,
          TokenTypes.LITERAL_NUMBER_FLOAT,
          TokenTypes.LITERAL_NUMBER_HEXADECIMAL ->
          "tok-num";
      case TokenTypes.LITERAL_BOOLEAN -> "tok-lit";
      case TokenTypes.VARIABLE -> "tok-var";
      case TokenTypes.REGEX -> "tok-re";
      case TokenTypes.ANNOTATION -> "tok-ann";
      case TokenTypes.PREPROCESSOR -> "tok-pp";
      case TokenTypes.OPERATOR -> "tok-op";
      case TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_TAG_DELIMITER -> "tok-tag";
      case TokenTypes.MARKUP_TAG_ATTRIBUTE -> "tok-attr";
      case TokenTypes.MARKUP_DTD,
          TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
          TokenTypes.MARKUP_CDATA_DELIMITER ->
          "tok-meta";
      case TokenTypes.MARKUP_ENTITY_REFERENCE -> "tok-ent";
      default -> null;
    };
  }
}
