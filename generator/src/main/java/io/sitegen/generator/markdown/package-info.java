/** Markdown to HTML with one Flexmark parser and renderer per build. */
package io.sitegen.generator.markdown;
