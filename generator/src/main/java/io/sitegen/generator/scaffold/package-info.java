/**
 * The {@code new} command: writes the skeleton of a new post into the blog's {@code posts/} folder.
 */
package io.sitegen.generator.scaffold;
