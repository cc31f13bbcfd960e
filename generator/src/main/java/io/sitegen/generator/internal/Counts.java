package io.sitegen.generator.internal;

/** Counted nouns for messages: {@code 1 post}, {@code 3 posts}. */
public final class Counts {

  private Counts() {}

  /** {@code n} and the noun, with an {@code s} unless {@code n} is one. */
  public static String of(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
