package io.sitegen.generator.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import io.sitegen.generator.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading the images and pages of a built gallery: shared by the gallery tests. */
final class GalleryFiles {

  static final String BASE = "https://example.org/";

  private GalleryFiles() {}

  /** The output path (below the site root) a link on the page at {@code pagePath} points at. */
  static String target(String pagePath, String url) {
    String path = URI.create(BASE).resolve(pagePath).resolve(url).getPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
  }

  /**
   * Every page of an album's thumbnails, in order: {@code photos/<album>/index.html}, page/2/...
   */
  static List<String> albumPages(Path output, String album) {
    List<String> pages = new ArrayList<>();
    for (int n = 1; ; n++) {
      String path = "photos/" + album + "/" + (n == 1 ? "index.html" : "page/" + n + "/index.html");
      if (!Files.isRegularFile(output.resolve(path))) {
        return pages;
      }
      pages.add(path);
    }
  }

  /** The album's thumbnails over all its pages, in order: photo page path to its {@code img}. */
  static Map<String, Element> thumbnails(Path output, String album) {
    Map<String, Element> thumbnails = new LinkedHashMap<>();
    for (String pagePath : albumPages(output, album)) {
      thumbnailsOn(TestSites.page(output, pagePath), pagePath, thumbnails);
    }
    return thumbnails;
  }

  /** The thumbnails (linked images with a srcset) on one page: photo page path to its img. */
  static Map<String, Element> thumbnailsOn(Document page, String pagePath) {
    return thumbnailsOn(page, pagePath, new LinkedHashMap<>());
  }

  private static Map<String, Element> thumbnailsOn(
      Document page, String pagePath, Map<String, Element> into) {
    for (Element img : page.select("a[href] img[srcset]")) {
      Element link = img.closest("a[href]");
      String photo = target(pagePath, link.attr("href"));
      assertThat(into.put(photo, img)).as("%s shows %s twice", pagePath, photo).isNull();
    }
    return into;
  }

  /** The srcset of an img: descriptor ("1x", "2x") to output path. */
  static Map<String, String> srcset(String pagePath, Element img) {
    Map<String, String> set = new LinkedHashMap<>();
    for (String candidate : img.attr("srcset").split(",")) {
      String[] parts = candidate.strip().split("\\s+");
      assertThat(parts).as("srcset candidate '%s'", candidate).hasSize(2);
      set.put(parts[1], target(pagePath, parts[0]));
    }
    return set;
  }

  static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      assertThat(image).as("%s decodes", file).isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean hasGps(Path file) {
    return metadata(file).getFirstDirectoryOfType(GpsDirectory.class) != null;
  }

  static Metadata metadata(Path file) {
    try {
      return ImageMetadataReader.readMetadata(file.toFile());
    } catch (ImageProcessingException | IOException e) {
      throw new AssertionError("cannot read the metadata of " + file, e);
    }
  }

  static boolean isImage(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jpg")
        || lower.endsWith(".jpeg")
        || lower.endsWith(".png")
        || lower.endsWith(".gif")
        || lower.endsWith(".webp");
  }

  /** The output's image files below {@code photos/}: derived images and published originals. */
  static List<String> photoFiles(Path output) {
    return TestSites.files(output).stream()
        .filter(p -> p.startsWith("photos/") && isImage(p))
        .toList();
  }

  /** A colour's rough name, tolerant of JPEG's small errors. */
  static String colour(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    if (r > 200 && g < 70 && b < 70) {
      return "red";
    }
    if (r < 70 && g < 70 && b > 200) {
      return "blue";
    }
    if (r > 200 && g > 200 && b > 200) {
      return "white";
    }
    return String.format("#%02x%02x%02x", r, g, b);
  }
}
