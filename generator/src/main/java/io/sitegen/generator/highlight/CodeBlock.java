package io.sitegen.generator.highlight;

import java.util.Set;

/**
 * One fenced code block as the highlighter sees it; equal blocks give equal HTML, so this is the
 * cache key.
 *
 * @param language the fence's language as written ({@code java}, {@code sh}), or empty for none
 * @param code the block's text, each line ending in a newline
 * @param lineNumbers whether each line shows its number
 * @param highlightedLines the 1-based numbers of lines to mark
 */
public record CodeBlock(
    String language, String code, boolean lineNumbers, Set<Integer> highlightedLines) {

  public CodeBlock {
    highlightedLines = Set.copyOf(highlightedLines);
  }
}
