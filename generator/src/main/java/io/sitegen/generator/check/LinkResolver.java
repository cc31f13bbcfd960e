package io.sitegen.generator.check;

import io.sitegen.generator.html.UrlPaths;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says where a link written in a page leads, as a browser would read it: to a file of the site
 * (with an optional fragment), to another site, nowhere checkable ({@code mailto:}), or out of the
 * site altogether.
 */
final class LinkResolver {

  /** Where a link leads. */
  sealed interface Target {}

  /** A scheme that names no page ({@code mailto:}, {@code tel:}, {@code javascript:}, ...). */
  record Skipped() implements Target {}

  /** Another site; {@code url} has no fragment, so each page is requested once. */
  record External(String url) implements Target {}

  /**
   * A file of the site.
   *
   * @param path decoded, relative to the site root: {@code ""} or {@code a/} for folders, {@code
   *     a/b.html} for files
   * @param fragment decoded; empty for none
   */
  record Internal(String path, String fragment) implements Target {}

  /** A link that cannot lead to a file of the site, and why. */
  record Invalid(String reason) implements Target {}

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\t\\n\\r]");

  private final Optional<String> baseUrl;
  private final String basePath;

  /**
   * @param baseUrl the site's absolute URL ending in {@code /}, if it has one
   * @param basePath its path ({@code /} or {@code /blog/}), which every site path starts with
   */
  LinkResolver(Optional<String> baseUrl, String basePath) {
    this.baseUrl = baseUrl;
    this.basePath = basePath;
  }

  /**
   * @param page the file the link is written in, relative to the site root ({@code a/b.html})
   * @param link the attribute value as written
   */
  Target resolve(String page, String link) {
    // Browsers drop tabs and line breaks anywhere in a URL, and spaces around it.
    String url = IGNORED_IN_URLS.matcher(link).replaceAll("").strip();
    if (url.startsWith("//")) {
      url = "https:" + url;
    }
    if (SCHEME.matcher(url).find()) {
      String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return new Skipped();
      }
      Optional<String> inside = pathInSite(url);
      if (inside.isEmpty()) {
        int hash = url.indexOf('#');
        return new External(hash < 0 ? url : url.substring(0, hash));
      }
      url = inside.get();
    }
    return resolveInSite(page, url);
  }

  /** The root-relative form of an absolute URL that starts with the site's base URL. */
  private Optional<String> pathInSite(String url) {
    if (baseUrl.isEmpty()) {
      return Optional.empty();
    }
    String base = baseUrl.get();
    String origin = base.substring(0, base.indexOf('/', base.indexOf("://") + 3));
    if (!url.regionMatches(true, 0, origin, 0, origin.length())) {
      return Optional.empty();
    }
    String rest = url.substring(origin.length());
    if (rest.isEmpty() || rest.startsWith("?") || rest.startsWith("#")) {
      rest = "/" + rest;
    }
    if (!rest.startsWith("/")) {
      // Another port, or a host that merely starts with ours (blog.example.org.evil).
      return Optional.empty();
    }
    if (rest.startsWith(basePath)) {
      return Optional.of(rest);
    }
    String bare = basePath.substring(0, basePath.length() - 1);
    if (!bare.isEmpty() && rest.startsWith(bare)) {
      String after = rest.substring(bare.length());
      if (after.isEmpty() || after.startsWith("?") || after.startsWith("#")) {
        return Optional.of(basePath + after);
      }
    }
    // The same host, outside the blog's folder: not ours to know.
    return Optional.empty();
  }

  private Target resolveInSite(String page, String url) {
    String fragment = "";
    int hash = url.indexOf('#');
    if (hash >= 0) {
      fragment = url.substring(hash + 1);
      url = url.substring(0, hash);
    }
    int query = url.indexOf('?');
    if (query >= 0) {
      url = url.substring(0, query);
    }
    String rooted;
    if (url.isEmpty()) {
      rooted = basePath + UrlPaths.encodePath(page);
    } else if (url.startsWith("/")) {
      rooted = url;
    } else {
      int slash = page.lastIndexOf('/');
      rooted = basePath + UrlPaths.encodePath(page.substring(0, slash + 1)) + url;
    }
    Optional<String> normal = removeDotSegments(rooted);
    if (normal.isEmpty()) {
      return new Invalid("goes above the site root");
    }
    String path = normal.get();
    if (path.equals(basePath.substring(0, basePath.length() - 1))) {
      path = basePath;
    }
    if (!path.startsWith(basePath)) {
      return new Invalid("outside the site, which starts at " + basePath);
    }
    Optional<String> decoded = percentDecode(path.substring(basePath.length()));
    if (decoded.isEmpty()) {
      return new Invalid("bad percent-encoding");
    }
    return new Internal(decoded.get(), percentDecode(fragment).orElse(fragment));
  }

  /** RFC 3986 section 5.2.4, except that {@code ..} above the root is an error, not ignored. */
  private static Optional<String> removeDotSegments(String rooted) {
    String[] parts = rooted.substring(1).split("/", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      String part = parts[i];
      if (part.equals(".") || part.equals("..")) {
        if (part.equals("..")) {
          if (out.isEmpty()) {
            return Optional.empty();
          }
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add("");
        }
      } else {
        out.add(part);
      }
    }
    return Optional.of("/" + String.join("/", out));
  }

  /** Decodes {@code %XX} as UTF-8 bytes; {@code +} stays {@code +}, as it does in a path. */
  static Optional<String> percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return Optional.of(text);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return Optional.empty();
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
