package io.sitegen.generator.gallery;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies an original image without the metadata that can say where it was taken (EXIF with its GPS
 * block, XMP, IPTC), leaving the pixel data byte for byte: re-encoding would lose quality.
 */
public final class LocationStripper {

  private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "iTXt", "zTXt");
  private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

  private LocationStripper() {}

  /**
   * The image file {@code file} without location-bearing metadata, for publishing as it is; a JPEG
   * keeps its EXIF orientation so it still shows upright.
   *
   * @throws IllegalArgumentException when the file's structure cannot be followed, so stripping
   *     cannot be promised
   */
  public static byte[] strip(Path file) throws IOException {
    return strip(
        Files.readAllBytes(file), PhotoInspector.orientation(PhotoInspector.metadata(file)));
  }

  /** Whether {@code file} is an image kind whose metadata this class removes. */
  public static boolean handles(Path file) {
    return AlbumLoader.isImage(file);
  }

  /** The image without location-bearing metadata; unknown formats (GIF) come back unchanged. */
  static byte[] strip(byte[] image, int orientation) {
    if (image.length > 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8) {
      return jpeg(image, orientation);
    }
    if (image.length > 8 && image[0] == (byte) 0x89 && image[1] == 'P' && image[2] == 'N') {
      return png(image);
    }
    if (image.length > 12
        && new String(image, 0, 4, US_ASCII).equals("RIFF")
        && new String(image, 8, 4, US_ASCII).equals("WEBP")) {
      return webp(image);
    }
    return image;
  }

  /**
   * Drops APP1 (EXIF, XMP), APP13 (IPTC) and comment segments before the image data, and puts back
   * a minimal EXIF block holding only the orientation when the photo is turned.
   */
  private static byte[] jpeg(byte[] in, int orientation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    if (orientation > 1 && orientation <= 8) {
      out.write(ORIENTATION_ONLY_EXIF, 0, ORIENTATION_ONLY_EXIF.length - 1);
      out.write(orientation);
      out.write(new byte[] {0, 0, 0, 0, 0, 0}, 0, 6);
    }
    int i = 2;
    while (true) {
      if (i + 1 >= in.length || (in[i] & 0xff) != 0xFF) {
        throw new IllegalArgumentException("not a well-formed JPEG at byte " + i);
      }
      int marker = in[i + 1] & 0xff;
      if (marker == 0xFF) { // fill byte before a marker
        i++;
        continue;
      }
      if (marker == 0xDA) { // start of scan: the rest is image data
        break;
      }
      if (i + 4 > in.length) {
        throw new IllegalArgumentException("a JPEG segment runs past the end of the file");
      }
      int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
      if (length < 2 || i + 2 + length > in.length) {
        throw new IllegalArgumentException("a JPEG segment runs past the end of the file");
      }
      boolean metadata = marker == 0xE1 || marker == 0xED || marker == 0xFE;
      if (!metadata) {
        out.write(in, i, length + 2);
      }
      i += length + 2;
    }
    out.write(in, i, in.length - i);
    return out.toByteArray();
  }

  /**
   * APP1 "Exif", big-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, count 1; the
   * value's low byte (last here) is filled in, then the value padding and next-IFD offset follow.
   */
  private static final byte[] ORIENTATION_ONLY_EXIF = {
    (byte) 0xFF,
    (byte) 0xE1,
    0,
    34,
    'E',
    'x',
    'i',
    'f',
    0,
    0,
    'M',
    'M',
    0,
    42,
    0,
    0,
    0,
    8,
    0,
    1,
    1,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    0
  };

  private static byte[] png(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int i = 8;
    while (i + 12 <= in.length) {
      int length = ByteBuffer.wrap(in, i, 4).getInt();
      String type = new String(in, i + 4, 4, US_ASCII);
      int size = 12 + length;
      if (!PNG_METADATA.contains(type)) {
        out.write(in, i, Math.min(size, in.length - i));
      }
      i += size;
    }
    return out.toByteArray();
  }

  private static byte[] webp(byte[] in) {
    ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
    int i = 12;
    while (i + 8 <= in.length) {
      String type = new String(in, i, 4, US_ASCII);
      int length = ByteBuffer.wrap(in, i + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      int size = 8 + length + (length & 1);
      if (!WEBP_METADATA.contains(type)) {
        byte[] chunk = Arrays.copyOfRange(in, i, Math.min(i + size, in.length));
        if (type.equals("VP8X") && chunk.length > 8) {
          chunk[8] &= (byte) ~0x0C; // clear the "has EXIF" and "has XMP" flags
        }
        body.write(chunk, 0, chunk.length);
      }
      i += size;
    }
    ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    header.put(in, 0, 4).putInt(4 + body.size()).put(in, 8, 4);
    ByteArrayOutputStream out = new ByteArrayOutputStream(12 + body.size());
    out.write(header.array(), 0, 12);
    out.write(body.toByteArray(), 0, body.size());
    return out.toByteArray();
  }
}
