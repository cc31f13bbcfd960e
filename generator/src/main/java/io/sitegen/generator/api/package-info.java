/**
 * The generator's public API: {@link io.sitegen.generator.api.SiteGenerator} with its options,
 * result, events and errors. Signatures here use JDK and api types only.
 */
package io.sitegen.generator.api;
