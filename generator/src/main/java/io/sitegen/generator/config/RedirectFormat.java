package io.sitegen.generator.config;

import java.util.Locale;
import java.util.Optional;

/** How the old URLs of posts (their {@code aliases}) answer: one or more of these, per site. */
public enum RedirectFormat {
  /** A page per old URL with a meta refresh: works on any host, but is not a real 301. */
  HTML,
  /** {@code .htaccess} at the site root: Apache and most shared hosts. */
  HTACCESS,
  /** {@code nginx-redirects.conf}: a {@code map} to include in nginx's {@code http} block. */
  NGINX,
  /** {@code _redirects}: Netlify and Cloudflare Pages. */
  NETLIFY;

  /** The name written in {@code site.yaml}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<RedirectFormat> of(String key) {
    for (RedirectFormat format : values()) {
      if (format.key().equals(key)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
