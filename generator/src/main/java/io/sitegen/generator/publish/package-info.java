/**
 * Uploads a built site to a local folder or an SFTP server, only what changed since the manifest of
 * the last publish kept on the target ({@link io.sitegen.generator.publish.Publisher} and its
 * options and result are the API; the rest is not).
 */
package io.sitegen.generator.publish;
