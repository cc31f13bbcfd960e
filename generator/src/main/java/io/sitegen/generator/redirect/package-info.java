/**
 * Old URLs as server rules: {@code .htaccess}, an nginx map, Netlify's {@code _redirects}. Knows
 * nothing of posts: it is handed the old and new paths.
 */
package io.sitegen.generator.redirect;
