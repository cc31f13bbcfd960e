/**
 * The immutable content model, built once per build: posts, categories, tags and the files that go
 * along. Rendering reads it and never changes it.
 */
package io.sitegen.generator.model;
