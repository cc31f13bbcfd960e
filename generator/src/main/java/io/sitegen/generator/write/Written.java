package io.sitegen.generator.write;

/**
 * What a stage put in the output folder.
 *
 * @param files every file it produced
 * @param written those it wrote; the others were kept as an earlier build left them
 */
public record Written(int files, int written) {}
