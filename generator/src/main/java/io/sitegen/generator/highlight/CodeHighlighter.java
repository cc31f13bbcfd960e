package io.sitegen.generator.highlight;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTML of code blocks, cached by content: a preview keeps one highlighter, so a block whose
 * language, options and text are unchanged is not lexed again. Safe to share between threads.
 *
 * <p>The HTML is {@code <pre class="code"><code class="language-java">}; a block with line numbers
 * or marked lines has one {@code <span class="line">} per line (plus {@code hl} for a marked line)
 * and the newlines between them, so the text of the {@code <pre>} is exactly the code, also where
 * feed readers drop classes. Line numbers ({@code class="code linenos"}) are drawn by CSS counters,
 * not written as text, so they are never copied with the code.
 */
public final class CodeHighlighter {

  /**
   * Blocks kept at most. Posts unchanged in a preview are not rendered again, so their blocks are
   * not asked for and "used in the last build" would forget them; a cap bounds a long session
   * instead (a few KB each, so tens of MB at worst), and past it the cache starts over.
   */
  private static final int MAX_BLOCKS = 20_000;

  private final Map<CodeBlock, String> cache = new ConcurrentHashMap<>();
  private final AtomicLong lexed = new AtomicLong();

  /** The block's HTML; an unknown language, or none, is escaped text without token spans. */
  public String html(CodeBlock block) {
    String html = cache.get(block);
    if (html != null) {
      return html;
    }
    if (cache.size() >= MAX_BLOCKS) {
      cache.clear();
    }
    return cache.computeIfAbsent(block, this::render);
  }

  /** How many blocks were lexed (not taken from the cache) so far. */
  public long lexedBlocks() {
    return lexed.get();
  }

  private String render(CodeBlock block) {
    lexed.incrementAndGet();
    Optional<Lexer> lexer = Languages.lexer(block.language());
    StringBuilder html = new StringBuilder(block.code().length() * 2 + 64);
    html.append("<pre class=\"").append(block.lineNumbers() ? "code linenos" : "code");
    html.append("\"><code");
    if (!block.language().isEmpty()) {
      String language = block.language().replace("\"", "");
      html.append(" class=\"language-");
      Lexer.escape(language, 0, language.length(), html);
      html.append('"');
    }
    html.append('>');
    String code = block.code();
    // Line spans only where numbers or marks need them: pages and feeds carry every body several
    // times (listings), so 27 bytes a line add up.
    boolean wrapLines = block.lineNumbers() || !block.highlightedLines().isEmpty();
    int lineNumber = 1;
    for (int start = 0; start < code.length(); lineNumber++) {
      int end = code.indexOf('\n', start);
      int lineEnd = end < 0 ? code.length() : end;
      if (wrapLines) {
        html.append(
            block.highlightedLines().contains(lineNumber)
                ? "<span class=\"line hl\">"
                : "<span class=\"line\">");
      }
      String line = code.substring(start, lineEnd);
      if (lexer.isPresent()) {
        lexer.get().line(line, html);
      } else {
        Lexer.escape(line, 0, line.length(), html);
      }
      if (wrapLines) {
        html.append("</span>");
      }
      if (end < 0) {
        break;
      }
      html.append('\n');
      start = end + 1;
    }
    return html.append("</code></pre>\n").toString();
  }
}
