package io.sitegen.generator.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ImageProcessor}: how much the decoder may skip, and the variants it makes. */
class ImageProcessorTest {

  private static PhotoInfo info(int storedWidth, int storedHeight, int orientation) {
    return new PhotoInfo(storedWidth, storedHeight, orientation, Optional.empty(), "", "", false);
  }

  /**
   * Subsampling steps over pixels while the decoded image stays at least twice the largest variant
   * in each direction (the final resize is Thumbnailator's). Sizes are upright; orientation 6
   * stores them turned.
   */
  @ParameterizedTest(name = "{0}x{1} o{2} for {3}x{4} square={5}: every {6}th pixel")
  @CsvSource({
    // stored W, H, orientation, variant W, H, square, expected factor
    "4000, 3000, 1, 1600, 1200, false, 1", // web image of a 12 MP photo: little to skip
    "4000, 3000, 1,  600,  450, false, 3",
    "4000, 3000, 1,  300,  225, false, 6",
    "6000, 4000, 1,  300,  200, false, 10",
    "3000, 4000, 1,  225,  300, false, 6", // portrait
    "4000, 3000, 6,  225,  300, false, 6", // stored landscape, shown portrait
    "4000, 3000, 1,  300,  300, true, 5", // square: from the short side, 3000 / 600
    "4000, 3000, 1,  600,  600, true, 2",
    "12000, 9000, 1, 1600, 1200, false, 3",
    "8000, 1000, 1,  300,   38, false, 13", // panorama: 8000 / 600, 1000 / 76
    "3001, 2000, 1,  300,  200, false, 5",
    "1199,  800, 1,  300,  200, false, 1", // under 4x: decode it all
    "1200,  800, 1,  300,  200, false, 2",
    "120,    80, 1,  100,   67, false, 1", // smaller than twice: never below 1
    "120,    80, 1,   40,   27, false, 1",
    "40,     27, 1,   40,   27, false, 1",
  })
  void subsampling(
      int storedWidth,
      int storedHeight,
      int orientation,
      int width,
      int height,
      boolean square,
      int expected) {
    PhotoInfo info = info(storedWidth, storedHeight, orientation);
    VariantSpec variant = new VariantSpec("x.jpg", width, height, square);

    int factor = ImageProcessor.subsampling(info, variant);

    assertThat(factor).isEqualTo(expected);
    // Whatever the factor, the decoded picture is never smaller than the variant needs.
    int decodedWidth = (info.width() + factor - 1) / factor;
    int decodedHeight = (info.height() + factor - 1) / factor;
    if (square) {
      assertThat(Math.min(decodedWidth, decodedHeight)).isGreaterThanOrEqualTo(width);
    } else {
      assertThat(decodedWidth).isGreaterThanOrEqualTo(width);
      assertThat(decodedHeight).isGreaterThanOrEqualTo(height);
    }
  }

  @Test
  void subsamplingNeverDecodesBelowTwiceTheVariant() {
    for (int w = 50; w <= 9000; w += 137) {
      for (int h = 50; h <= 9000; h += 211) {
        for (int size : new int[] {40, 300, 1600}) {
          int vw = w >= h ? Math.min(size, w) : Math.max(1, Math.round((float) w * size / h));
          int vh = w >= h ? Math.max(1, Math.round((float) h * size / w)) : Math.min(size, h);
          int factor =
              ImageProcessor.subsampling(info(w, h, 1), new VariantSpec("x", vw, vh, false));
          assertThat(factor).isPositive();
          if (factor > 1) {
            assertThat(w / factor)
                .as("%dx%d for %dx%d", w, h, vw, vh)
                .isGreaterThanOrEqualTo(2 * vw);
            assertThat(h / factor)
                .as("%dx%d for %dx%d", w, h, vw, vh)
                .isGreaterThanOrEqualTo(2 * vh);
          }
        }
      }
    }
  }

  @Test
  void ensureMakesEachMissingVariantUprightAtItsSizeOnce(@TempDir Path dir) throws Exception {
    Path source = Path.of("src/test/resources/sites/gallery/photos/orient/o6.jpg");
    PhotoInfo info = new PhotoInspector(100_000_000L).inspect(source);
    assertThat(info.orientation()).isEqualTo(6);
    assertThat(info.storedWidth() + "x" + info.storedHeight()).isEqualTo("80x120");
    ImageProcessor processor = new ImageProcessor(dir.resolve("images"));
    List<VariantSpec> variants =
        List.of(
            new VariantSpec("web.jpg", 100, 67, false),
            new VariantSpec("thumb2x.jpg", 80, 53, false),
            new VariantSpec("thumb.jpg", 40, 27, false),
            new VariantSpec("square.jpg", 30, 30, true));

    assertThat(processor.ensure(source, info, variants)).isTrue();
    assertThat(processor.ensure(source, info, variants)).as("second time: all cached").isFalse();

    for (VariantSpec v : variants) {
      BufferedImage image = ImageIO.read(processor.cached(v.name()).toFile());
      assertThat(image.getWidth() + "x" + image.getHeight())
          .as(v.name())
          .isEqualTo(v.width() + "x" + v.height());
      assertThat(GalleryFiles.colour(image.getRGB(3, 3)))
          .as(v.name() + " top-left")
          .isEqualTo("red");
      assertThat(GalleryFiles.colour(image.getRGB(image.getWidth() - 3, image.getHeight() - 3)))
          .as(v.name() + " bottom-right")
          .isEqualTo("blue");
    }
    // One variant lost from the cache: only it is made again.
    Path thumb = processor.cached("thumb.jpg");
    long webModified = Files.getLastModifiedTime(processor.cached("web.jpg")).toMillis();
    Files.delete(thumb);
    assertThat(processor.ensure(source, info, variants)).isTrue();
    assertThat(thumb).isRegularFile();
    assertThat(Files.getLastModifiedTime(processor.cached("web.jpg")).toMillis())
        .isEqualTo(webModified);
    try (var files = Files.list(dir.resolve("images"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary files left")
          .containsExactlyInAnyOrder("web.jpg", "thumb2x.jpg", "thumb.jpg", "square.jpg");
    }
  }
}
