/**
 * The read-only records templates see. Every URL is ready to put in an {@code href}; every date is
 * already formatted in the site's zone and language, so templates hold no logic.
 */
package io.sitegen.generator.render.view;
