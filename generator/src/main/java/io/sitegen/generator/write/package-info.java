/**
 * The write stage: a staging folder that replaces the output folder only when the build succeeds.
 */
package io.sitegen.generator.write;
