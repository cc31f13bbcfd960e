package io.sitegen.generator.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A page as read from {@code pages/}, before its body is rendered.
 *
 * @param source the file, relative to the blog folder
 * @param path where it sits below {@code pages/}, without extension: {@code about}, {@code
 *     projects/site-gen}; {@code slug:} replaces the last part
 * @param frontMatter the same keys as a post's; {@code date} is null without {@code date:}
 * @param menuTitle the page's link text in the header navigation, from {@code menu:} ({@code menu:
 *     true} uses the title)
 * @param body the text after the front matter
 * @param html whether the body is HTML (an {@code .html} file), kept as it is, or Markdown
 * @param bodyLine the line of the file on which {@code body} starts
 */
public record PageSource(
    Path source,
    String path,
    PostSource.FrontMatter frontMatter,
    Optional<String> menuTitle,
    String body,
    boolean html,
    int bodyLine) {}
