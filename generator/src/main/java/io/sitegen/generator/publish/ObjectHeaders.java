package io.sitegen.generator.publish;

import io.sitegen.generator.internal.ContentTypes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP headers an object store serves a site file with, which it cannot guess from a name the
 * way a web server does: the content type, how long browsers and CDNs may keep it, and for a
 * redirect page of an old URL, the object redirect.
 *
 * @param contentType as the preview serves it, e.g. {@code text/css; charset=utf-8}; but pages and
 *     text files are plain {@code text/html} and {@code text/plain} (pages declare their charset,
 *     the text files site-gen makes are ASCII), since Jetty (in front of s3proxy and other stores)
 *     rewrites its well-known {@code text/html;charset=utf-8} and {@code text/plain;charset=utf-8},
 *     breaking the signature
 * @param cacheControl a year and {@code immutable} for a content-addressed file (a new version gets
 *     a new name), {@code no-cache} (revalidate every time) for everything else, above all pages
 *     and feeds, which change under the same name
 * @param redirect where a redirect page points, for {@code x-amz-website-redirect-location}
 */
record ObjectHeaders(String contentType, String cacheControl, Optional<String> redirect) {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  /** A name holding a hash of the content, as derived images have: {@code photo_0123abcd...}. */
  private static final Pattern CONTENT_ADDRESSED =
      Pattern.compile(".*[._-][0-9a-f]{16,}\\.[a-z0-9]+$");

  /** The theme's redirect page: standalone, with its target in the refresh line. */
  private static final Pattern REFRESH =
      Pattern.compile("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]+)\">");

  private static final int REDIRECT_PAGE_MAX = 2048;

  /** The headers of the file at {@code path} with these bytes. */
  static ObjectHeaders of(String path, byte[] content) {
    String name = TargetPaths.name(path).toLowerCase(Locale.ROOT);
    String type = ContentTypes.of(name);
    if (type.startsWith("text/html;") || type.startsWith("text/plain;")) {
      type = type.substring(0, type.indexOf(';'));
    }
    String cache = CONTENT_ADDRESSED.matcher(name).matches() ? IMMUTABLE : REVALIDATE;
    return new ObjectHeaders(
        type, cache, ContentTypes.isHtml(type) ? redirect(content) : Optional.empty());
  }

  /**
   * The target of a redirect page, when it is a path of this site or an http(s) URL (the only forms
   * S3 accepts); a tiny page is the only kind the theme's redirect template makes.
   */
  private static Optional<String> redirect(byte[] content) {
    if (content.length > REDIRECT_PAGE_MAX) {
      return Optional.empty();
    }
    Matcher m = REFRESH.matcher(new String(content, StandardCharsets.UTF_8));
    if (!m.find()) {
      return Optional.empty();
    }
    String target = m.group(1).replace("&amp;", "&");
    return target.startsWith("/") || target.startsWith("https://") || target.startsWith("http://")
        ? Optional.of(target)
        : Optional.empty();
  }
}
