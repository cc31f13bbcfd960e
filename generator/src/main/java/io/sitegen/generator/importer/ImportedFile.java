package io.sitegen.generator.importer;

/**
 * A file an import writes.
 *
 * @param path relative to the target blog folder, {@code /}-separated ({@code posts/a/b.html})
 * @param text its content
 */
public record ImportedFile(String path, String text) {}
