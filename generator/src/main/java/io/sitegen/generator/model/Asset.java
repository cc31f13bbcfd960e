package io.sitegen.generator.model;

import java.nio.file.Path;

/**
 * A file published as it is: from {@code static/}, the theme, or a category folder of {@code
 * posts/}.
 *
 * @param source where to read it
 * @param outputPath where it goes below the site root, {@code /}-separated
 */
public record Asset(Path source, String outputPath) {}
