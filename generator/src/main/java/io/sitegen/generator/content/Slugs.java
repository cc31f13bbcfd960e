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
   * The key of a tag, used in its URL and as its folder name: lower case, with letters of any
   * script, digits and {@code - _ + .} kept and every other run of characters turned into one
   * hyphen, so {@code OpenStack} and {@code openstack} are one tag and no tag can name a folder
   * such as {@code ..} or one a file system forbids ({@code < > : " | * ?}).
   */
  public static String tagKey(String tag) {
    String normal = Normalizer.normalize(tag.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String key =
        normal
            .replaceAll("[^\\p{L}\\p{N}\\p{M}_+.-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    // A tag of punctuation only still needs a stable name of its own.
    return key.isEmpty() ? "tag-" + Integer.toHexString(normal.hashCode()) : key;
  }
}
