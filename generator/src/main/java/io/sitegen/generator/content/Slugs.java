package io.sitegen.generator.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns file names and tag names into URL parts. */
public final class Slugs {

  private Slugs() {}

  /**
   * A post slug from its file name: kept as the author wrote it (Blosxom-era URLs are file names),
   * with spaces turned into hyphens.
   */
  static String fromFileName(String name) {
    return name.strip().replaceAll("\\s+", "-");
  }

  /**
   * The key of a tag: lower case, spaces to hyphens, so {@code OpenStack} and {@code openstack} are
   * one tag. Letters of any script are kept.
   */
  public static String tagKey(String tag) {
    String normal = Normalizer.normalize(tag.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return normal.replaceAll("[\\s/?#%\\\\]+", "-").replaceAll("-{2,}", "-");
  }
}
