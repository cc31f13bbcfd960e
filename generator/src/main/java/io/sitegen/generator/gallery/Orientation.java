package io.sitegen.generator.gallery;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns a decoded image upright by its EXIF orientation (1 to 8), as phones expect viewers to do.
 * Done by hand because the fast decode path reads pixels without Thumbnailator's EXIF handling.
 */
final class Orientation {

  private Orientation() {}

  static BufferedImage upright(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean turned = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { // mirrored
        t.translate(w, 0);
        t.scale(-1, 1);
      }
      case 3 -> { // upside down
        t.translate(w, h);
        t.rotate(Math.PI);
      }
      case 4 -> { // mirrored upside down
        t.translate(0, h);
        t.scale(1, -1);
      }
      case 5 -> { // mirrored, turned left
        t.rotate(Math.PI / 2);
        t.scale(1, -1);
      }
      case 6 -> { // turned left: rotate right to fix
        t.translate(h, 0);
        t.rotate(Math.PI / 2);
      }
      case 7 -> { // mirrored, turned right
        t.scale(-1, 1);
        t.translate(-h, 0);
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      default -> { // 8: turned right: rotate left to fix
        t.translate(0, w);
        t.rotate(-Math.PI / 2);
      }
    }
    int type =
        image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, type);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
