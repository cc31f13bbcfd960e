package io.sitegen.generator.gallery;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's size from its header (ImageIO, no pixels decoded) and its EXIF and IPTC with
 * metadata-extractor. A file that claims more than the pixel limit is refused here, before any
 * decoder allocates memory for it.
 */
final class PhotoInspector {

  private final long maxPixels;

  PhotoInspector(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /** Reads what {@code file} says about itself; an unusable file throws with the reason. */
  PhotoInfo inspect(Path file) throws UnusableImageException {
    int width;
    int height;
    String format;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new UnusableImageException("cannot be opened");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UnusableImageException(
            "is not an image in a format site-gen reads (JPEG, PNG, GIF, WebP)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        width = reader.getWidth(0);
        height = reader.getHeight(0);
        format = reader.getFormatName().toLowerCase(Locale.ROOT);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnusableImageException("has an unreadable header (" + e.getMessage() + ")");
    }
    if (width <= 0 || height <= 0) {
      throw new UnusableImageException("claims a size of " + width + "x" + height);
    }
    if ((long) width * height > maxPixels) {
      throw new UnusableImageException(
          "claims "
              + width
              + "x"
              + height
              + " pixels, more than maxImagePixels ("
              + maxPixels
              + "), so it is not decoded. Raise maxImagePixels in site.yaml if the photo is real");
    }
    Metadata metadata = metadata(file);
    return new PhotoInfo(
        width,
        height,
        orientation(metadata),
        taken(metadata),
        caption(metadata),
        camera(metadata),
        !format.contains("jp"));
  }

  static Metadata metadata(Path file) {
    try {
      return ImageMetadataReader.readMetadata(file.toFile());
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      return new Metadata(); // no EXIF is normal for PNG and GIF
    }
  }

  static int orientation(Metadata metadata) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    try {
      if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        int value = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        return value >= 1 && value <= 8 ? value : 1;
      }
    } catch (MetadataException e) {
      // A malformed tag: treat the photo as upright.
    }
    return 1;
  }

  private static Optional<LocalDateTime> taken(Metadata metadata) {
    ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    if (exif == null) {
      return Optional.empty();
    }
    // Camera clocks have no zone; read the fields as written by asking for UTC.
    Date date = exif.getDateOriginal(TimeZone.getTimeZone("UTC"));
    return Optional.ofNullable(date)
        .map(d -> LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC));
  }

  private static String caption(Metadata metadata) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 != null && ifd0.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION) != null) {
      return ifd0.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION).strip();
    }
    IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
    if (iptc != null && iptc.getString(IptcDirectory.TAG_CAPTION) != null) {
      return iptc.getString(IptcDirectory.TAG_CAPTION).strip();
    }
    return "";
  }

  private static String camera(Metadata metadata) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 == null) {
      return "";
    }
    String make =
        Optional.ofNullable(ifd0.getString(ExifIFD0Directory.TAG_MAKE)).orElse("").strip();
    String model =
        Optional.ofNullable(ifd0.getString(ExifIFD0Directory.TAG_MODEL)).orElse("").strip();
    // Models often repeat the make ("Canon" + "Canon EOS 5D").
    return model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT))
        ? model
        : (make + " " + model).strip();
  }
}
