package io.sitegen.generator.gallery;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What an image's header and EXIF say, read without decoding its pixels.
 *
 * @param storedWidth width of the pixels as stored
 * @param storedHeight height as stored
 * @param orientation EXIF orientation 1 to 8 (1: upright)
 * @param taken the EXIF date the photo was taken
 * @param caption EXIF image description or IPTC caption; may be empty
 * @param camera make and model; may be empty
 * @param png whether derived images should be PNG (sources that may have transparency)
 */
record PhotoInfo(
    int storedWidth,
    int storedHeight,
    int orientation,
    Optional<LocalDateTime> taken,
    String caption,
    String camera,
    boolean png) {

  /** Orientations 5 to 8 turn the picture by 90 degrees: its width is the stored height. */
  boolean turned() {
    return orientation >= 5 && orientation <= 8;
  }

  int width() {
    return turned() ? storedHeight : storedWidth;
  }

  int height() {
    return turned() ? storedWidth : storedHeight;
  }
}
