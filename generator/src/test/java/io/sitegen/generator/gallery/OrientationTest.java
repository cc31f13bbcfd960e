package io.sitegen.generator.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Orientation#upright} against the EXIF definitions: each orientation says how the stored
 * pixels must be turned or mirrored to be shown. The stored image of each test is made from an
 * upright one by that definition, written out coordinate by coordinate, so the test does not share
 * the code's transforms.
 */
class OrientationTest {

  private static final int RED = 0xff0000;
  private static final int WHITE = 0xffffff;

  /** An upright 6x4 image whose every pixel has its own colour, top-left marked red. */
  private static BufferedImage upright(int type) {
    BufferedImage image = new BufferedImage(6, 4, type);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 6; x++) {
        image.setRGB(x, y, 0xff000000 | (x == 0 && y == 0 ? RED : (40 * x) << 8 | (60 * y + 1)));
      }
    }
    return image;
  }

  /**
   * Where the stored pixel (x, y) appears on screen, per the EXIF specification; {@code sw} and
   * {@code sh} are the stored width and height.
   */
  private static int[] shownAt(int orientation, int x, int y, int sw, int sh) {
    return switch (orientation) {
      case 1 -> new int[] {x, y};
      case 2 -> new int[] {sw - 1 - x, y}; // mirrored left to right
      case 3 -> new int[] {sw - 1 - x, sh - 1 - y}; // turned 180
      case 4 -> new int[] {x, sh - 1 - y}; // mirrored top to bottom
      case 5 -> new int[] {y, x}; // mirrored, then turned 270 clockwise: transposed
      case 6 -> new int[] {sh - 1 - y, x}; // shown turned 90 clockwise
      case 7 -> new int[] {sh - 1 - y, sw - 1 - x}; // mirrored, then turned 90 clockwise
      case 8 -> new int[] {y, sw - 1 - x}; // shown turned 90 counter-clockwise
      default -> throw new IllegalArgumentException("orientation " + orientation);
    };
  }

  /** The pixels a camera stores for {@code upright} with the given orientation tag. */
  private static BufferedImage stored(BufferedImage upright, int orientation) {
    boolean turned = orientation >= 5;
    int sw = turned ? upright.getHeight() : upright.getWidth();
    int sh = turned ? upright.getWidth() : upright.getHeight();
    BufferedImage stored = new BufferedImage(sw, sh, upright.getType());
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        int[] at = shownAt(orientation, x, y, sw, sh);
        stored.setRGB(x, y, upright.getRGB(at[0], at[1]));
      }
    }
    return stored;
  }

  private static void assertSamePixels(BufferedImage actual, BufferedImage expected, String what) {
    assertThat(actual.getWidth() + "x" + actual.getHeight())
        .as(what + " size")
        .isEqualTo(expected.getWidth() + "x" + expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(Integer.toHexString(actual.getRGB(x, y)))
            .as("%s pixel (%d,%d)", what, x, y)
            .isEqualTo(Integer.toHexString(expected.getRGB(x, y)));
      }
    }
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyOrientationComesOutUpright(int orientation) {
    BufferedImage upright = upright(BufferedImage.TYPE_INT_RGB);
    BufferedImage stored = stored(upright, orientation);
    if (orientation >= 5) {
      assertThat(stored.getWidth()).isEqualTo(4); // the test's own premise: stored turned
    }

    BufferedImage result = Orientation.upright(stored, orientation);

    assertThat(result.getRGB(0, 0) & 0xffffff).as("marked corner top-left").isEqualTo(RED);
    assertSamePixels(result, upright, "orientation " + orientation);
  }

  @Test
  void theMarkedCornerOfAPhoneHeldUprightEndsTopLeft() {
    // Orientation 6, the common phone case: the sensor stored the picture turned left, so the
    // upright top-left corner is the stored bottom-left one.
    BufferedImage stored = new BufferedImage(4, 6, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 6; y++) {
      for (int x = 0; x < 4; x++) {
        stored.setRGB(x, y, WHITE);
      }
    }
    stored.setRGB(0, 5, RED);

    BufferedImage result = Orientation.upright(stored, 6);

    assertThat(result.getWidth()).isEqualTo(6);
    assertThat(result.getHeight()).isEqualTo(4);
    assertThat(result.getRGB(0, 0) & 0xffffff).isEqualTo(RED);
    assertThat(result.getRGB(5, 3) & 0xffffff).isEqualTo(WHITE);
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {2, 3, 6, 7})
  void transparencyIsKept(int orientation) {
    BufferedImage upright = upright(BufferedImage.TYPE_INT_ARGB);
    upright.setRGB(5, 3, 0x00123456); // fully transparent bottom-right pixel
    BufferedImage result = Orientation.upright(stored(upright, orientation), orientation);

    assertThat(result.getColorModel().hasAlpha()).isTrue();
    assertThat(result.getRGB(5, 3) >>> 24).as("alpha of the bottom-right pixel").isZero();
    assertThat(result.getRGB(0, 0) >>> 24).as("alpha of the top-left pixel").isEqualTo(0xff);
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {0, 1, 9, -3})
  void uprightOrUnknownOrientationsAreLeftAlone(int orientation) {
    BufferedImage image = upright(BufferedImage.TYPE_INT_RGB);
    assertThat(Orientation.upright(image, orientation)).isSameAs(image);
  }
}
