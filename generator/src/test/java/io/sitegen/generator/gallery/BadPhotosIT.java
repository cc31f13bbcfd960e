package io.sitegen.generator.gallery;

import static io.sitegen.generator.gallery.GalleryFiles.photoFiles;
import static io.sitegen.generator.gallery.GalleryFiles.thumbnails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photo folders hold whatever cameras, phones and sync tools leave there. Each unusable file is a
 * warning naming it and is left out; the rest of the site builds; {@code --strict} fails instead,
 * keeping the previous site.
 */
class BadPhotosIT {

  /** The bad files added to the fixture's photos/walk/, by name. */
  private static final List<String> BAD =
      List.of("corrupt.jpg", "empty.jpg", "notes.jpg", "huge.png", "dangling.jpg");

  /** Photos of the fixture shown: orient 4, walk 6, trips 2. */
  private static final int VISIBLE_PHOTOS = 12;

  /** Adds the bad files and a link loop to the album folder. */
  static void addBadFiles(Path album) throws IOException {
    byte[] real = Files.readAllBytes(album.resolve("k-undated.jpg"));
    Files.write(album.resolve("corrupt.jpg"), Arrays.copyOf(real, 300));
    Files.write(album.resolve("empty.jpg"), new byte[0]);
    Files.writeString(album.resolve("notes.jpg"), "Remember to bring the tripod.\n");
    Files.write(album.resolve("huge.png"), pngClaiming(30_000, 30_000));
    Files.createSymbolicLink(album.resolve("dangling.jpg"), Path.of("nowhere.jpg"));
    Files.createSymbolicLink(album.resolve("loop"), album.toAbsolutePath());
  }

  /** A tiny but valid-looking PNG whose header claims {@code width x height} RGB pixels. */
  static byte[] pngClaiming(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
    ihdr.put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[64]);
    deflater.finish();
    byte[] data = new byte[128];
    int length = deflater.deflate(data);
    deflater.end();
    chunk(png, "IDAT", Arrays.copyOf(data, length));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(name);
    out.write(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static String stem(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  @Test
  void eachUnusableFileIsAWarningNamingItAndTheRestBuilds(@TempDir Path tmp) throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/gallery"), tmp.resolve("blog"));
    addBadFiles(blog.resolve("photos/walk"));
    Path out = tmp.resolve("out");

    BuildResult result = TestSites.build(blog, out);

    List<String> warnings = result.warnings();
    for (String name : BAD) {
      assertThat(warnings)
          .as("a warning naming %s", name)
          .filteredOn(w -> w.startsWith("photos/walk/" + name + ": "))
          .hasSize(1);
    }
    assertThat(warnings)
        .filteredOn(w -> w.startsWith("photos/walk/huge.png: "))
        .singleElement()
        .asString()
        .contains("30000x30000")
        .contains("maxImagePixels");
    assertThat(warnings)
        .filteredOn(w -> w.startsWith("photos/walk/dangling.jpg: "))
        .singleElement()
        .asString()
        .contains("link");
    assertThat(warnings)
        .as("the link loop")
        .filteredOn(w -> w.startsWith("photos/walk/loop: "))
        .singleElement()
        .asString()
        .contains("link");
    assertThat(warnings).hasSize(BAD.size() + 1);

    for (String name : BAD) {
      assertThat(out.resolve("photos/walk/" + stem(name) + ".html")).as(name).doesNotExist();
      assertThat(photoFiles(out))
          .as(name)
          .noneMatch(p -> p.startsWith("photos/walk/" + stem(name) + "_"));
    }
    assertThat(TestSites.files(out)).noneMatch(p -> p.startsWith("photos/walk/loop"));
    // The good photos all build, once each (the loop adds no second copy).
    assertThat(result.imagesProcessed()).isEqualTo(VISIBLE_PHOTOS);
    assertThat(thumbnails(out, "walk").keySet())
        .containsExactly(
            "photos/walk/d-falls.html",
            "photos/walk/b-creek.html",
            "photos/walk/c-lookout.html",
            "photos/walk/a-start.html",
            "photos/walk/k-undated.html",
            "photos/walk/map.html");
    assertThat(out.resolve("diary/walk.html")).isRegularFile();
    assertThat(photoFiles(out)).hasSize(4 * VISIBLE_PHOTOS);
  }

  @Test
  void anUnreadableImageBesideAPostIsNeverPublishedRaw(@TempDir Path tmp) throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/gallery"), tmp.resolve("blog"));
    Path broken = blog.resolve("posts/diary/broken.jpg");
    // A JPEG start, then bytes that are no segment: its metadata cannot be found to be removed.
    byte[] text = "GPS 51.5N, not a segment".getBytes(StandardCharsets.US_ASCII);
    byte[] jpeg = new byte[text.length + 2];
    jpeg[0] = (byte) 0xFF;
    jpeg[1] = (byte) 0xD8;
    System.arraycopy(text, 0, jpeg, 2, text.length);
    Files.write(broken, jpeg);
    Path out = tmp.resolve("out");

    BuildResult result = TestSites.build(blog, out);

    assertThat(result.warnings()).anyMatch(w -> w.startsWith("posts/diary/broken.jpg: "));
    assertThat(TestSites.files(out)).noneMatch(p -> p.endsWith("broken.jpg"));
    assertThat(out.resolve("diary/walk.html")).isRegularFile();
  }

  @Test
  void aStrictBuildFailsAndLeavesThePreviousSiteAlone(@TempDir Path tmp) throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/gallery"), tmp.resolve("blog"));
    Path out = tmp.resolve("out");
    BuildResult clean =
        new SiteGenerator().build(TestSites.options(blog, out).withStrict(true), e -> {});
    assertThat(clean.warnings()).isEmpty();
    Map<String, byte[]> before = snapshot(out);
    assertThat(before).containsKey("photos/walk/index.html");

    addBadFiles(blog.resolve("photos/walk"));
    BuildException e =
        catchThrowableOfType(
            BuildException.class,
            () ->
                new SiteGenerator().build(TestSites.options(blog, out).withStrict(true), x -> {}));

    assertThat(e).as("strict build with bad photos").isNotNull();
    for (String name : BAD) {
      assertThat(e.getMessage()).contains("photos/walk/" + name + ": ");
    }
    assertThat(e.getMessage()).contains("photos/walk/loop: ");
    Map<String, byte[]> after = snapshot(out);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
  }

  /**
   * Not bad at all: a JPEG with a 0xFF fill byte before a marker, which the JPEG standard allows
   * and ImageIO decodes. With publishOriginals its original is stripped of EXIF; that must neither
   * crash the build nor lose the photo.
   */
  @Test
  void aJpegWithAFillByteIsPublishedLikeAnyOther(@TempDir Path tmp) throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/gallery"), tmp.resolve("blog"));
    Path album = blog.resolve("photos/walk");
    Files.write(
        album.resolve("filled.jpg"),
        LocationStripperTest.withFillByte(Files.readAllBytes(album.resolve("a-start.jpg"))));
    Path out = tmp.resolve("out");

    BuildResult result = TestSites.build(blog, out);

    assertThat(result.warnings()).isEmpty();
    assertThat(out.resolve("photos/walk/filled.html")).isRegularFile();
    List<String> published =
        photoFiles(out).stream().filter(p -> p.startsWith("photos/walk/filled_")).toList();
    assertThat(published).hasSize(4);
    for (String file : published) {
      assertThat(GalleryFiles.hasGps(out.resolve(file))).as(file).isFalse();
      assertThat(GalleryFiles.read(out.resolve(file)).getWidth()).as(file).isPositive();
    }
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String path : TestSites.files(root)) {
      files.put(path, Files.readAllBytes(root.resolve(path)));
    }
    return files;
  }
}
