package io.sitegen.generator.redirect;

import java.util.List;

/**
 * An old URL and where its content lives now.
 *
 * @param from the old URL path as the blog wrote it, decoded, with the site's base path ({@code
 *     /blog/2012/06/old-notes.html}); a path without an extension, or ending in {@code /}, is a
 *     folder and also answers with and without its slash and as {@code index.html}
 * @param to the new URL path, percent-encoded ({@code /blog/openstack/tips/notes.html})
 */
public record Redirect(String from, String to) {

  /** Every path a reader may ask for that means {@link #from}, in a fixed order. */
  public List<String> requestPaths() {
    String last = from.substring(from.lastIndexOf('/') + 1);
    if (!from.endsWith("/") && last.contains(".")) {
      return List.of(from);
    }
    String folder = from.endsWith("/") ? from.substring(0, from.length() - 1) : from;
    return folder.isEmpty()
        ? List.of("/", "/index.html")
        : List.of(folder, folder + "/", folder + "/index.html");
  }
}
