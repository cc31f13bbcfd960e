package io.sitegen.generator.write;

/**
 * What a build changed in the output folder.
 *
 * @param written files written (a fresh folder: every file, its marker included)
 * @param unchanged files kept as an earlier build left them
 * @param deleted files deleted because the build no longer produced them
 */
public record Changes(int written, int unchanged, int deleted) {}
