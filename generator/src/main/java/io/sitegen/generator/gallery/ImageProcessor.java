package io.sitegen.generator.gallery;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * Makes a photo's derived images into the cache folder, skipping those already there.
 *
 * <p>Fast path for large photos: the decoder skips pixels as it reads (ImageIO source subsampling)
 * down to about twice the largest size needed, which costs far less time and memory than decoding
 * all 12 megapixels; Thumbnailator then does the high-quality final resize. EXIF orientation is
 * applied by hand, since the subsampled read bypasses Thumbnailator's own. Writing through ImageIO
 * carries no metadata over, so no derived image says where it was taken.
 */
final class ImageProcessor {

  private static final float JPEG_QUALITY = 0.85f;

  private final Path imagesDir;

  ImageProcessor(Path imagesDir) {
    this.imagesDir = imagesDir;
  }

  Path cached(String name) {
    return imagesDir.resolve(name);
  }

  /**
   * Makes every variant of {@code source} missing from the cache.
   *
   * @return whether the photo had to be decoded (false: all were cached)
   */
  boolean ensure(Path source, PhotoInfo info, List<VariantSpec> variants)
      throws UnusableImageException {
    List<VariantSpec> missing = new ArrayList<>();
    for (VariantSpec v : variants) {
      if (!Files.isRegularFile(cached(v.name()))) {
        missing.add(v);
      }
    }
    if (missing.isEmpty()) {
      return false;
    }
    missing.sort(Comparator.comparingInt(VariantSpec::longEdge).reversed());
    BufferedImage upright =
        Orientation.upright(decode(source, info, missing.get(0)), info.orientation());
    BufferedImage base = upright;
    try {
      Files.createDirectories(imagesDir);
      for (VariantSpec v : missing) {
        // Each smaller variant comes from the previous one while that is still twice its size.
        BufferedImage from = base.getWidth() >= 2 * v.width() ? base : upright;
        BufferedImage resized = resize(from, v);
        write(resized, cached(v.name()), info.png());
        if (!v.square()) {
          base = resized;
        }
      }
    } catch (IOException e) {
      throw new UnusableImageException(
          "could not be written to the image cache (" + e.getMessage() + ")", e);
    }
    return true;
  }

  /** Decodes subsampled to about twice the largest variant, never below it. */
  private static BufferedImage decode(Path source, PhotoInfo info, VariantSpec largest)
      throws UnusableImageException {
    try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new UnusableImageException("is not an image in a format site-gen reads");
      }
      ImageReader reader = readers.next();
      List<String> damage = new ArrayList<>();
      try {
        reader.setInput(in, true, true);
        // Only a cut-off file is damage; readers also warn of harmless oddities (fill bytes).
        reader.addIIOReadWarningListener(
            (r, warning) -> {
              if (warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
                damage.add(warning);
              }
            });
        ImageReadParam param = reader.getDefaultReadParam();
        int factor = subsampling(info, largest);
        if (factor > 1) {
          param.setSourceSubsampling(factor, factor, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        if (!damage.isEmpty()) {
          throw new UnusableImageException("is damaged (" + damage.get(0) + ")");
        }
        return info.png() ? image : rgb(image);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnusableImageException("cannot be decoded (" + e.getMessage() + ")", e);
    }
  }

  /** How many stored pixels to step over per pixel read, in each direction. */
  static int subsampling(PhotoInfo info, VariantSpec largest) {
    int w = info.width();
    int h = info.height();
    int byWidth;
    int byHeight;
    if (largest.square()) {
      byWidth = Math.min(w, h) / (2 * largest.width());
      byHeight = byWidth;
    } else {
      byWidth = w / (2 * largest.width());
      byHeight = h / (2 * largest.height());
    }
    return Math.max(1, Math.min(byWidth, byHeight));
  }

  private static BufferedImage resize(BufferedImage image, VariantSpec v) throws IOException {
    if (v.square()) {
      return Thumbnails.of(image)
          .crop(Positions.CENTER)
          .size(v.width(), v.height())
          .asBufferedImage();
    }
    if (image.getWidth() == v.width() && image.getHeight() == v.height()) {
      return image;
    }
    return Thumbnails.of(image).forceSize(v.width(), v.height()).asBufferedImage();
  }

  /** JPEG sources may decode with alpha or odd colour models; JPEG output needs plain RGB. */
  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB
        || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return image;
    }
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Writes to a temporary name and renames, so a crash never leaves half an image cached. */
  private static void write(BufferedImage image, Path target, boolean png) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".tmp-", png ? ".png" : ".jpg");
    try {
      if (png) {
        ImageIO.write(image, "png", tmp.toFile());
      } else {
        writeJpeg(image, tmp);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeJpeg(BufferedImage image, Path file) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
