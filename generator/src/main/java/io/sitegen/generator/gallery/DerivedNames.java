package io.sitegen.generator.gallery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of derived images: {@code <stem>_<hash>.<ext>}, the hash over the source's bytes, the
 * variant's size and crop and {@link #VERSION}. A changed photo, size or processing gives a new
 * name, so browsers and CDNs may cache every derived image forever (Hugo's {@code _hu} names).
 */
final class DerivedNames {

  /** Bump when the processing changes what a derived image looks like. */
  static final int VERSION = 1;

  private DerivedNames() {}

  static String of(String stem, String sourceHash, String spec, boolean png) {
    String hash = sha256(sourceHash + "|" + spec + "|v" + VERSION).substring(0, 16);
    return safe(stem) + "_" + hash + (png ? ".png" : ".jpg");
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A file stem as a URL-friendly name: spaces and unusual characters become hyphens. */
  static String safe(String stem) {
    String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "-");
    return safe.isEmpty() ? "photo" : safe;
  }
}
