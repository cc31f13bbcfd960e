/**
 * The write stage and the output folder: a staging folder that replaces the output folder only when
 * the build succeeds, or a preview's folder updated file by file; the paths each build claims.
 */
package io.sitegen.generator.write;
