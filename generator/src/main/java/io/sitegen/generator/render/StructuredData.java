package io.sitegen.generator.render;

import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org JSON-LD of a page: {@code BlogPosting} for a post, {@code Blog} for the blog. */
final class StructuredData {

  private StructuredData() {}

  static String blogPosting(
      SiteConfig config,
      String headline,
      String url,
      String description,
      String image,
      String published,
      String modified,
      List<String> keywords) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "BlogPosting");
    data.put("headline", headline);
    data.put("url", url);
    data.put("mainEntityOfPage", url);
    data.put("description", description);
    if (!image.isEmpty()) {
      data.put("image", image);
    }
    data.put("datePublished", published);
    data.put("dateModified", modified);
    author(config, data);
    if (!keywords.isEmpty()) {
      data.put("keywords", keywords);
    }
    return Json.write(data);
  }

  static String blog(SiteConfig config, String url, String description, String image) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "Blog");
    data.put("name", config.title());
    data.put("url", url);
    data.put("description", description);
    if (!image.isEmpty()) {
      data.put("image", image);
    }
    author(config, data);
    if (!config.language().isEmpty()) {
      data.put("inLanguage", config.language());
    }
    return Json.write(data);
  }

  private static void author(SiteConfig config, Map<String, Object> data) {
    if (!config.author().isEmpty()) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("@type", "Person");
      person.put("name", config.author());
      data.put("author", person);
    }
  }
}
