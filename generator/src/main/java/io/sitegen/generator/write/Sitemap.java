package io.sitegen.generator.write;

import java.util.List;

/** {@code sitemap.xml} and {@code robots.txt}, which need absolute URLs. */
public final class Sitemap {

  /**
   * A URL in the sitemap.
   *
   * @param location absolute URL
   * @param lastModified W3C date ({@code 2013-09-30}), or empty
   */
  public record Entry(String location, String lastModified) {}

  private Sitemap() {}

  public static String xml(List<Entry> entries) {
    StringBuilder out = new StringBuilder(entries.size() * 96 + 128);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Entry entry : entries) {
      out.append("  <url><loc>").append(escape(entry.location())).append("</loc>");
      if (!entry.lastModified().isEmpty()) {
        out.append("<lastmod>").append(entry.lastModified()).append("</lastmod>");
      }
      out.append("</url>\n");
    }
    return out.append("</urlset>\n").toString();
  }

  /**
   * @param sitemapUrl the sitemap's absolute URL, or empty when the site has no base URL
   */
  public static String robots(String sitemapUrl) {
    String robots = "User-agent: *\nAllow: /\n";
    return sitemapUrl.isEmpty() ? robots : robots + "\nSitemap: " + sitemapUrl + "\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
