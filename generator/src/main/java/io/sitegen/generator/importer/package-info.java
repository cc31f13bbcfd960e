/**
 * Imports of old blogs: each engine's reader ({@code importer/pyblosxom}, ...) makes an {@link
 * io.sitegen.generator.importer.ImportPlan} of site-gen blog files and a report; {@link
 * io.sitegen.generator.importer.ImportWriter} writes the files that do not exist yet. Depends on no
 * stage of the build: an import's output is an ordinary blog folder.
 */
package io.sitegen.generator.importer;
