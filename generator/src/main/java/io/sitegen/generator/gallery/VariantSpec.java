package io.sitegen.generator.gallery;

/**
 * One derived image to make of a photo.
 *
 * @param name its file name, content-addressed (see {@link DerivedNames})
 * @param width final width in pixels
 * @param height final height in pixels
 * @param square cropped to a square from the middle, rather than fitted
 */
record VariantSpec(String name, int width, int height, boolean square) {

  /** The larger side: variants are made largest first, each from the one before. */
  int longEdge() {
    return Math.max(width, height);
  }
}
