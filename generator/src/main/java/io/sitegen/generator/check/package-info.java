/**
 * The {@code check} command: finds broken links in a built site, and optionally dead external ones.
 */
package io.sitegen.generator.check;
