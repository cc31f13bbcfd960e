/**
 * The preview: serves the built site on localhost, rebuilds what a saved file changed and reloads
 * the browser.
 */
package io.sitegen.generator.serve;
