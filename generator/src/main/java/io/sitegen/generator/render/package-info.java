/**
 * The render stage: Pebble templates (site overrides first, then the theme) turn views into pages.
 */
package io.sitegen.generator.render;
