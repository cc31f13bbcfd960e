package io.sitegen.generator.gallery;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@link LocationStripper} on the fixture's photos (made with exiftool, see {@code
 * sites/gallery-make.sh}) and on PNG and WebP files assembled here chunk by chunk.
 */
class LocationStripperTest {

  private static final Path WALK = Path.of("src/test/resources/sites/gallery/photos/walk");

  private static Metadata metadata(byte[] image) throws Exception {
    return ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
  }

  private static BufferedImage decode(byte[] image) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
    assertThat(decoded).as("decodes").isNotNull();
    return decoded;
  }

  /** The JPEG marker bytes of every segment before the image data (start of scan). */
  private static List<Integer> jpegMarkers(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>();
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
      int marker = jpeg[i + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xda) {
        break;
      }
      i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
    }
    return markers;
  }

  @Test
  void aJpegLosesItsExifWithGpsAndKeepsItsPixels() throws Exception {
    byte[] photo = Files.readAllBytes(WALK.resolve("a-start.jpg"));
    assertThat(metadata(photo).getFirstDirectoryOfType(GpsDirectory.class))
        .as("the fixture has GPS")
        .isNotNull();
    assertThat(jpegMarkers(photo)).contains(0xe1);

    byte[] stripped = LocationStripper.strip(photo, 1);

    assertThat(metadata(stripped).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
    assertThat(metadata(stripped).getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
    assertThat(jpegMarkers(stripped)).doesNotContain(0xe1, 0xed, 0xfe).contains(0xdb, 0xc0, 0xda);
    assertThat(new String(stripped, US_ASCII)).doesNotContain("Exif").doesNotContain("Canon");
    BufferedImage before = decode(photo);
    BufferedImage after = decode(stripped);
    assertThat(after.getWidth()).isEqualTo(before.getWidth());
    assertThat(after.getHeight()).isEqualTo(before.getHeight());
    for (int y = 0; y < before.getHeight(); y += 7) {
      for (int x = 0; x < before.getWidth(); x += 7) {
        assertThat(after.getRGB(x, y)).as("pixel (%d,%d)", x, y).isEqualTo(before.getRGB(x, y));
      }
    }
    // The entropy-coded data is copied byte for byte: the file ends the same way.
    int tail = 200;
    assertThat(Arrays.copyOfRange(stripped, stripped.length - tail, stripped.length))
        .isEqualTo(Arrays.copyOfRange(photo, photo.length - tail, photo.length));
  }

  @Test
  void aJpegWithoutMetadataComesBackUnchanged() throws Exception {
    byte[] photo = Files.readAllBytes(WALK.resolve("k-undated.jpg"));
    assertThat(jpegMarkers(photo)).doesNotContain(0xe1);

    assertThat(LocationStripper.strip(photo, 1)).isEqualTo(photo);
  }

  @Test
  void aTruncatedJpegIsRefusedRatherThanPublishedRawOrCrashing() throws Exception {
    // Cut inside the EXIF segment: its length claims bytes the file does not have.
    byte[] photo = Files.readAllBytes(WALK.resolve("a-start.jpg"));
    byte[] truncated = Arrays.copyOf(photo, 100);
    assertThat(jpegMarkers(photo).get(1)).as("fixture: EXIF is the 2nd segment").isEqualTo(0xe1);

    // Stripping cannot be promised for a file whose segments run off its end: it is refused with a
    // reason (callers turn that into a warning), never an IndexOutOfBoundsException.
    assertThatThrownBy(() -> LocationStripper.strip(truncated, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("past the end");
  }

  /**
   * A JPEG may put any number of 0xFF fill bytes before a marker (ITU T.81, B.1.1.2); decoders skip
   * them. The fixture with one fill byte before its EXIF segment.
   */
  static byte[] withFillByte(byte[] jpeg) {
    int second = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
    byte[] filled = new byte[jpeg.length + 1];
    System.arraycopy(jpeg, 0, filled, 0, second);
    filled[second] = (byte) 0xff;
    System.arraycopy(jpeg, second, filled, second + 1, jpeg.length - second);
    return filled;
  }

  @Test
  void fillBytesBeforeAMarkerAreAllowed() throws Exception {
    byte[] photo = Files.readAllBytes(WALK.resolve("a-start.jpg"));
    byte[] filled = withFillByte(photo);
    assertThat(decode(filled).getWidth()).as("ImageIO reads it").isEqualTo(120);
    assertThat(metadata(filled).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

    byte[] stripped = LocationStripper.strip(filled, 1);

    assertThat(metadata(stripped).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
    BufferedImage image = decode(stripped);
    assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo("120x80");
    assertThat(image.getRGB(60, 40)).isEqualTo(decode(photo).getRGB(60, 40));
  }

  // --- PNG --------------------------------------------------------------------------------------

  private static byte[] chunk(String type, byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BadPhotosIT.chunk(out, type, data);
    return out.toByteArray();
  }

  /** The fixture PNG (no metadata) with a tEXt, an iTXt, a zTXt and an eXIf chunk added. */
  private static byte[] pngWithText() throws IOException {
    byte[] png = Files.readAllBytes(WALK.resolve("map.png"));
    assertThat(pngChunks(png)).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf");
    int afterIhdr = 8 + 12 + 13;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, afterIhdr);
    out.write(chunk("tEXt", "Comment\0taken at -33.7,150.3".getBytes(US_ASCII)));
    out.write(
        chunk(
            "iTXt",
            "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><exif:GPSLatitude>33,42S</exif:GPSLatitude></x:xmpmeta>"
                .getBytes(US_ASCII)));
    out.write(chunk("zTXt", "Location\0\0xyz".getBytes(US_ASCII)));
    out.write(chunk("eXIf", "MM\0*\0\0\0\b\0\0".getBytes(US_ASCII)));
    out.write(png, afterIhdr, png.length - afterIhdr);
    return out.toByteArray();
  }

  private static List<String> pngChunks(byte[] png) {
    List<String> types = new ArrayList<>();
    int i = 8;
    while (i + 12 <= png.length) {
      int length = ByteBuffer.wrap(png, i, 4).getInt();
      types.add(new String(png, i + 4, 4, US_ASCII));
      i += 12 + length;
    }
    assertThat(i).as("chunks end at the end of the file").isEqualTo(png.length);
    return types;
  }

  @Test
  void aPngLosesItsTextChunksAndKeepsItsPixels() throws Exception {
    byte[] original = Files.readAllBytes(WALK.resolve("map.png"));
    byte[] png = pngWithText();
    assertThat(pngChunks(png)).contains("tEXt", "iTXt", "zTXt", "eXIf");

    byte[] stripped = LocationStripper.strip(png, 1);

    assertThat(pngChunks(stripped)).isEqualTo(pngChunks(original));
    assertThat(stripped).isEqualTo(original);
    assertThat(new String(stripped, US_ASCII)).doesNotContain("33.7").doesNotContain("GPS");
    BufferedImage image = decode(stripped);
    assertThat(image.getWidth()).isEqualTo(100);
    assertThat(image.getHeight()).isEqualTo(60);
  }

  // --- WebP and others --------------------------------------------------------------------------

  private static byte[] riffChunk(String type, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1));
    b.order(ByteOrder.LITTLE_ENDIAN).put(type.getBytes(US_ASCII)).putInt(data.length).put(data);
    return b.array();
  }

  private static byte[] webp(byte[]... chunks) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] c : chunks) {
      body.write(c);
    }
    ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes(US_ASCII)).putInt(4 + body.size()).put("WEBP".getBytes(US_ASCII));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header.array());
    out.write(body.toByteArray());
    return out.toByteArray();
  }

  @Test
  void aWebpLosesItsExifAndXmpChunksAndTheirFlags() throws Exception {
    byte[] vp8x = new byte[10];
    vp8x[0] = 0x08 | 0x04 | 0x10; // EXIF, XMP and alpha
    vp8x[4] = 99; // canvas width - 1
    byte[] image = new byte[] {1, 2, 3, 4, 5}; // odd length: padded
    byte[] exif = "MM\0*GPS here".getBytes(US_ASCII); // odd length too
    byte[] xmp = "<x:xmpmeta>GPS</x:xmpmeta>".getBytes(US_ASCII);
    byte[] file =
        webp(
            riffChunk("VP8X", vp8x),
            riffChunk("VP8L", image),
            riffChunk("EXIF", exif),
            riffChunk("XMP ", xmp));

    byte[] stripped = LocationStripper.strip(file, 1);

    byte[] expectedVp8x = vp8x.clone();
    expectedVp8x[0] = 0x10;
    assertThat(stripped).isEqualTo(webp(riffChunk("VP8X", expectedVp8x), riffChunk("VP8L", image)));
    assertThat(ByteBuffer.wrap(stripped, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(stripped.length - 8);
  }

  @Test
  void otherFormatsComeBackUnchanged() {
    byte[] gif = "GIF89a\u0001\0\u0001\0\0\0\0;".getBytes(US_ASCII);
    assertThat(LocationStripper.strip(gif, 1)).isEqualTo(gif);
    assertThat(LocationStripper.strip(new byte[0], 1)).isEmpty();
  }
}
