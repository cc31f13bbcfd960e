/**
 * Build-time syntax highlighting of fenced code blocks: lexers per language (RSyntaxTextArea's
 * token makers, used headless, and line lexers for YAML and diffs), token types mapped to short
 * stable CSS classes ({@code tok-kw}, {@code tok-str}, ...), optional line numbers and highlighted
 * lines, and a cache of highlighted blocks by content. Depends on nothing of ours.
 */
package io.sitegen.generator.highlight;
