package io.sitegen.generator.model;

/**
 * One derived image of a photo, as published.
 *
 * @param outputPath below the site root; the name holds a hash of the source, the size and the
 *     processing version, so it may be cached forever
 * @param width in pixels
 * @param height in pixels
 */
public record ImageVariant(String outputPath, int width, int height) {}
