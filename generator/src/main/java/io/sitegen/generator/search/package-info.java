/**
 * Built-in search: one tokenizer (folding and Porter stemming, mirrored by the theme's {@code
 * search.js}) and a static index split into small files so a query fetches only what it needs.
 * Posts are fed in as {@link io.sitegen.generator.search.SearchDocument}s; any other kind of page
 * becomes searchable by being turned into one.
 */
package io.sitegen.generator.search;
