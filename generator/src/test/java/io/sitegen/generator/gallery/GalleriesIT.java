package io.sitegen.generator.gallery;

import static io.sitegen.generator.gallery.GalleryFiles.albumPages;
import static io.sitegen.generator.gallery.GalleryFiles.colour;
import static io.sitegen.generator.gallery.GalleryFiles.hasGps;
import static io.sitegen.generator.gallery.GalleryFiles.isImage;
import static io.sitegen.generator.gallery.GalleryFiles.photoFiles;
import static io.sitegen.generator.gallery.GalleryFiles.read;
import static io.sitegen.generator.gallery.GalleryFiles.srcset;
import static io.sitegen.generator.gallery.GalleryFiles.target;
import static io.sitegen.generator.gallery.GalleryFiles.thumbnails;
import static io.sitegen.generator.gallery.GalleryFiles.thumbnailsOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.ExifIFD0Directory;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Photo albums of the fixture blog {@code src/test/resources/sites/gallery} (made by {@code
 * sites/gallery-make.sh}; site.yaml: thumbnailSize 40, photoSize 100, galleryThumbnails 2,
 * photosPerPage 2, publishOriginals true).
 *
 * <pre>
 * photos/orient/  o1 o3 o6 o8.jpg   upright 120x80, top-left quarter red, bottom-right blue;
 *                                   stored turned so that EXIF orientation 1, 3, 6, 8 fixes them
 * photos/walk/    album.yaml: title, date 2013-03-10, order [d-falls.jpg], cover b-creek.jpg,
 *                 caption of c-lookout.jpg, e-secret.jpg hidden
 *   a-start.jpg   120x80 taken 11:00 "Trailhead sign"   Canon / Canon EOS 5D   GPS
 *   b-creek.jpg   120x80 taken 09:00 "Creek crossing"   Apple / iPhone 4S
 *   c-lookout.jpg  80x120 taken 10:00 "EXIF lookout text" (album.yaml overrides)  GPS
 *   d-falls.jpg   120x80 taken 12:00 "Wentworth Falls"
 *   e-secret.jpg  120x80 taken 08:00 hidden   GPS
 *   k-undated.jpg 120x80 no EXIF
 *   map.png       100x60 no EXIF
 * posts/trips/    beach.jpg (10:00, GPS), dunes.jpg (11:00) beside day-one.md: album "trips"
 * posts/diary/walk.md   gallery: walk
 * </pre>
 */
class GalleriesIT {

  /** The walk album's display order: album.yaml's order, then date taken, then file name. */
  private static final List<String> WALK_ORDER =
      List.of("d-falls", "b-creek", "c-lookout", "a-start", "k-undated", "map");

  /** Photos shown: orient 4, walk 6 (e-secret hidden), trips 2. */
  private static final int VISIBLE_PHOTOS = 12;

  @TempDir static Path dir;
  static Path source;
  static Path out;
  static BuildResult result;

  @BeforeAll
  static void build() {
    source = TestSites.fixture("sites/gallery");
    out = dir.resolve("out");
    result = TestSites.build(source, out);
  }

  private static String walkPage(String stem) {
    return "photos/walk/" + stem + ".html";
  }

  @Test
  void theFixtureBuildsWithoutWarnings() {
    assertThat(result.warnings()).isEmpty();
    assertThat(result.imagesProcessed()).isEqualTo(VISIBLE_PHOTOS);
    assertThat(out.resolve("photos/index.html")).isRegularFile();
  }

  // --- 1. orientation -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"o1", "o3", "o6", "o8"})
  void everyDerivedImageIsUpright(String stem) {
    String pagePath = "photos/orient/" + stem + ".html";
    Element thumb = thumbnails(out, "orient").get(pagePath);
    assertThat(thumb).as("thumbnail of %s", stem).isNotNull();
    Map<String, String> set = srcset("photos/orient/index.html", thumb);
    Document photo = TestSites.page(out, pagePath);
    Element web = photo.selectFirst("img[src*=/orient/" + stem + "_]");
    assertThat(web).as("web image on %s", pagePath).isNotNull();

    // thumbnailSize 40 and photoSize 100 of an upright 120x80 picture
    assertUpright(out.resolve(target(pagePath, thumb.attr("src"))), 40, 27);
    assertUpright(out.resolve(set.get("2x")), 80, 53);
    assertUpright(out.resolve(target(pagePath, web.attr("src"))), 100, 67);
  }

  private static void assertUpright(Path file, int width, int height) {
    BufferedImage image = read(file);
    String name = file.getFileName().toString();
    assertThat(image.getWidth() + "x" + image.getHeight()).as(name).isEqualTo(width + "x" + height);
    int w = image.getWidth();
    int h = image.getHeight();
    assertThat(
            List.of(
                colour(image.getRGB(5, 5)),
                colour(image.getRGB(w - 5, 5)),
                colour(image.getRGB(5, h - 5)),
                colour(image.getRGB(w - 5, h - 5))))
        .as("%s corners: top-left, top-right, bottom-left, bottom-right", name)
        .containsExactly("red", "white", "white", "blue");
  }

  /**
   * The published original loses its EXIF block (and so its Orientation tag) to location stripping;
   * a turned photo must still show upright in a browser, so either the tag survives or the stored
   * pixels are upright.
   */
  @ParameterizedTest
  @ValueSource(strings = {"o3", "o6", "o8"})
  void publishedOriginalsStillShowUpright(String stem) {
    String pagePath = "photos/orient/" + stem + ".html";
    Element link = TestSites.page(out, pagePath).selectFirst("a[href*=/orient/" + stem + "_]");
    assertThat(link).as("link to the original on %s", pagePath).isNotNull();
    Path original = out.resolve(target(pagePath, link.attr("href")));
    BufferedImage stored = read(original);
    ExifIFD0Directory ifd0 =
        GalleryFiles.metadata(original).getFirstDirectoryOfType(ExifIFD0Directory.class);
    int orientation =
        ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
            ? ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION)
            : 1;
    boolean turned = orientation >= 5;
    int shownWidth = turned ? stored.getHeight() : stored.getWidth();
    int shownHeight = turned ? stored.getWidth() : stored.getHeight();
    assertThat(shownWidth + "x" + shownHeight)
        .as(
            "%s as a browser shows it (stored %dx%d, orientation %d)",
            original.getFileName(), stored.getWidth(), stored.getHeight(), orientation)
        .isEqualTo("120x80");
    int rgb =
        switch (orientation) {
          case 3 -> stored.getRGB(stored.getWidth() - 5, stored.getHeight() - 5);
          case 6 -> stored.getRGB(5, stored.getHeight() - 5);
          case 8 -> stored.getRGB(stored.getWidth() - 5, 5);
          default -> stored.getRGB(5, 5);
        };
    assertThat(colour(rgb)).as("the pixel shown top-left").isEqualTo("red");
  }

  // --- 2. album.yaml ----------------------------------------------------------------------------

  @Test
  void albumYamlOrdersThePhotosThenDateTakenThenFileName() {
    List<String> shown = new ArrayList<>(thumbnails(out, "walk").keySet());

    assertThat(shown).containsExactlyElementsOf(WALK_ORDER.stream().map(s -> walkPage(s)).toList());
    assertThat(albumPages(out, "walk")).hasSize(3); // 6 photos, 2 a page
  }

  @Test
  void albumsWithoutAlbumYamlSortByDateTakenThenName() {
    assertThat(thumbnails(out, "orient").keySet())
        .containsExactly(
            "photos/orient/o1.html",
            "photos/orient/o3.html",
            "photos/orient/o6.html",
            "photos/orient/o8.html");
    assertThat(thumbnails(out, "trips").keySet())
        .containsExactly("photos/trips/beach.html", "photos/trips/dunes.html");
  }

  @Test
  void albumYamlCaptionOverridesTheExifDescription() {
    Document lookout = TestSites.page(out, walkPage("c-lookout"));
    assertThat(lookout.select("h1").text()).isEqualTo("Evans Lookout at dawn");
    assertThat(lookout.select("figcaption").text()).isEqualTo("Evans Lookout at dawn");
    assertThat(lookout.text()).doesNotContain("EXIF lookout text");

    // Without an album.yaml caption, the EXIF ImageDescription is the caption.
    Document creek = TestSites.page(out, walkPage("b-creek"));
    assertThat(creek.select("figcaption").text()).isEqualTo("Creek crossing");
    assertThat(creek.text()).contains("Apple iPhone 4S").contains("Sun, 10 Mar 2013, 09:00");
    // The model repeats the make: "Canon EOS 5D", not "Canon Canon EOS 5D".
    Document start = TestSites.page(out, walkPage("a-start"));
    assertThat(start.text()).contains("Canon EOS 5D").doesNotContain("Canon Canon");
    // No caption at all: the file name is the title.
    Document map = TestSites.page(out, walkPage("map"));
    assertThat(map.select("h1").text()).isEqualTo("map.png");
    assertThat(map.select("figcaption")).isEmpty();
  }

  @Test
  void aHiddenPhotoHasNoPageNoImagesAndIsNotProcessed() {
    assertThat(source.resolve("photos/walk/e-secret.jpg")).isRegularFile();
    assertThat(out.resolve(walkPage("e-secret"))).doesNotExist();
    assertThat(TestSites.files(out)).noneMatch(p -> p.contains("e-secret"));
    for (String html : TestSites.files(out)) {
      if (html.endsWith(".html") || html.endsWith(".xml")) {
        assertThat(out.resolve(html)).content().as(html).doesNotContain("e-secret");
      }
    }
    // Hidden photos are not decoded either: nothing of it in the image cache.
    assertThat(TestSites.files(dir.resolve("out-cache"))).noneMatch(p -> p.contains("e-secret"));
  }

  @Test
  void theAlbumsIndexShowsEachAlbumWithItsCoverAndTitle() {
    String index = "photos/index.html";
    Document page = TestSites.page(out, index);
    Map<String, Element> covers = thumbnailsOn(page, index);
    assertThat(covers.keySet())
        .containsExactlyInAnyOrder(
            "photos/orient/index.html", "photos/trips/index.html", "photos/walk/index.html");

    // album.yaml's cover: b-creek, though d-falls is the first photo.
    assertThat(fileName(index, covers.get("photos/walk/index.html"))).startsWith("b-creek_");
    // No cover named: the first photo.
    assertThat(fileName(index, covers.get("photos/orient/index.html"))).startsWith("o1_");
    assertThat(fileName(index, covers.get("photos/trips/index.html"))).startsWith("beach_");

    // Titles: album.yaml's, else the folder's name.
    assertThat(linkText(page, index, "photos/walk/index.html")).contains("Blue Mountains walk");
    assertThat(linkText(page, index, "photos/orient/index.html")).contains("orient");
    assertThat(linkText(page, index, "photos/trips/index.html")).contains("trips");
  }

  private static String fileName(String pagePath, Element img) {
    String path = target(pagePath, img.attr("src"));
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String linkText(Document page, String pagePath, String to) {
    return page.select("a[href]").stream()
        .filter(a -> target(pagePath, a.attr("href")).equals(to))
        .map(Element::text)
        .collect(Collectors.joining(" | "));
  }

  @Test
  void albumPagesShowTitleDateAndDescription() {
    Document walk = TestSites.page(out, "photos/walk/index.html");
    assertThat(walk.select("h1").text()).isEqualTo("Blue Mountains walk");
    assertThat(walk.text())
        .contains("A day on the Grand Canyon track.")
        .contains("Sun, 10 Mar 2013")
        .contains("6 photos");
    assertThat(walk.title()).contains("Blue Mountains walk");

    assertThat(TestSites.page(out, "photos/orient/index.html").select("h1").text())
        .isEqualTo("orient");
    assertThat(TestSites.page(out, "photos/trips/index.html").select("h1").text())
        .isEqualTo("trips");
  }

  // --- 3. location ------------------------------------------------------------------------------

  @Test
  void noPublishedPhotoSaysWhereItWasTaken() {
    // The fixture does carry GPS, so this test can fail.
    assertThat(hasGps(source.resolve("photos/walk/a-start.jpg"))).isTrue();
    assertThat(hasGps(source.resolve("photos/walk/c-lookout.jpg"))).isTrue();

    List<String> images = photoFiles(out);
    // thumbnail, 2x, web image and (publishOriginals) the original of each photo
    assertThat(images).filteredOn(p -> p.startsWith("photos/walk/a-start_")).hasSize(4);
    assertThat(images).filteredOn(p -> p.startsWith("photos/walk/c-lookout_")).hasSize(4);
    assertThat(images).hasSize(4 * VISIBLE_PHOTOS);
    for (String image : images) {
      assertThat(hasGps(out.resolve(image))).as("%s has GPS", image).isFalse();
    }
  }

  @Test
  void publishedOriginalsAreTheSamePictureWithoutLocation() {
    String pagePath = walkPage("a-start");
    Element link = TestSites.page(out, pagePath).selectFirst("a[href*=/walk/a-start_]");
    assertThat(link).as("link to the original").isNotNull();
    Path original = out.resolve(target(pagePath, link.attr("href")));
    BufferedImage published = read(original);
    BufferedImage fixture = read(source.resolve("photos/walk/a-start.jpg"));
    assertThat(published.getWidth()).isEqualTo(fixture.getWidth());
    assertThat(published.getHeight()).isEqualTo(fixture.getHeight());
    assertThat(published.getRGB(60, 40)).isEqualTo(fixture.getRGB(60, 40));
    assertThat(hasGps(original)).isFalse();
  }

  /** Images beside posts are copied as the post folder's files: those must not leak GPS either. */
  @Test
  void noImageAnywhereInTheOutputSaysWhereItWasTaken() {
    assertThat(hasGps(source.resolve("posts/trips/beach.jpg"))).isTrue();
    List<String> withGps =
        TestSites.files(out).stream()
            .filter(p -> isImage(p))
            .filter(p -> hasGps(out.resolve(p)))
            .toList();
    assertThat(withGps).as("published images with GPS").isEmpty();
  }

  // --- 5. pages ---------------------------------------------------------------------------------

  @Test
  void thumbnailsDeclareTheirRealSizeAndA2xSource() {
    List<String> pages = new ArrayList<>();
    for (String album : List.of("walk", "orient", "trips")) {
      pages.addAll(albumPages(out, album));
    }
    pages.addAll(List.of("photos/index.html", "diary/walk.html", "trips/day-one.html"));
    int checked = 0;
    for (String pagePath : pages) {
      for (Element img : thumbnailsOn(TestSites.page(out, pagePath), pagePath).values()) {
        String src = target(pagePath, img.attr("src"));
        BufferedImage thumb = read(out.resolve(src));
        assertThat(img.attr("width") + "x" + img.attr("height"))
            .as("%s on %s", src, pagePath)
            .isEqualTo(thumb.getWidth() + "x" + thumb.getHeight());
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).as(src).isEqualTo(40);
        Map<String, String> set = srcset(pagePath, img);
        assertThat(set.keySet()).as("srcset of %s", src).containsExactly("1x", "2x");
        assertThat(set.get("1x")).isEqualTo(src);
        BufferedImage twice = read(out.resolve(set.get("2x")));
        assertThat(Math.max(twice.getWidth(), twice.getHeight())).as(set.get("2x")).isEqualTo(80);
        assertThat(thumb.getWidth() >= thumb.getHeight())
            .as("%s has the 1x's shape", set.get("2x"))
            .isEqualTo(twice.getWidth() >= twice.getHeight());
        checked++;
      }
    }
    // 6 + 4 + 2 on album pages, 3 covers, 2 + 2 on posts
    assertThat(checked).isEqualTo(19);
  }

  @Test
  void photoPagesShowTheWebImageAtItsRealSize() {
    for (String stem : WALK_ORDER) {
      String pagePath = walkPage(stem);
      Element web = TestSites.page(out, pagePath).selectFirst("img[src*=/walk/" + stem + "_]");
      assertThat(web).as("web image on %s", pagePath).isNotNull();
      BufferedImage image = read(out.resolve(target(pagePath, web.attr("src"))));
      assertThat(web.attr("width") + "x" + web.attr("height"))
          .as(pagePath)
          .isEqualTo(image.getWidth() + "x" + image.getHeight());
      assertThat(Math.max(image.getWidth(), image.getHeight())).as(pagePath).isEqualTo(100);
    }
    // c-lookout is portrait (80x120), map.png 100x60 is not enlarged or cropped
    assertThat(webSize("c-lookout")).isEqualTo("67x100");
    assertThat(webSize("map")).isEqualTo("100x60");
  }

  private static String webSize(String stem) {
    Element web = TestSites.page(out, walkPage(stem)).selectFirst("img[src*=/walk/" + stem + "_]");
    return web.attr("width") + "x" + web.attr("height");
  }

  @Test
  void photoPagesLinkThePreviousAndNextPhoto() {
    for (int i = 0; i < WALK_ORDER.size(); i++) {
      String pagePath = walkPage(WALK_ORDER.get(i));
      Document page = TestSites.page(out, pagePath);
      List<String> prev =
          page.select("a[rel~=prev]").stream().map(a -> target(pagePath, a.attr("href"))).toList();
      List<String> next =
          page.select("a[rel~=next]").stream().map(a -> target(pagePath, a.attr("href"))).toList();
      assertThat(prev)
          .as("previous of %s", pagePath)
          .containsExactlyElementsOf(i > 0 ? List.of(walkPage(WALK_ORDER.get(i - 1))) : List.of());
      assertThat(next)
          .as("next of %s", pagePath)
          .containsExactlyElementsOf(
              i < WALK_ORDER.size() - 1 ? List.of(walkPage(WALK_ORDER.get(i + 1))) : List.of());
      assertThat(page.text()).contains("Photo " + (i + 1) + " of 6");
    }
  }

  @Test
  void albumsArePaginated() {
    assertThat(albumPages(out, "walk"))
        .containsExactly(
            "photos/walk/index.html",
            "photos/walk/page/2/index.html",
            "photos/walk/page/3/index.html");
    assertThat(out.resolve("photos/walk/page/4/index.html")).doesNotExist();
    String second = "photos/walk/page/2/index.html";
    Document page = TestSites.page(out, second);
    assertThat(thumbnailsOn(page, second).keySet())
        .containsExactly(walkPage("c-lookout"), walkPage("a-start"));
    assertThat(page.select("a[rel~=prev]").eachAttr("href"))
        .map(h -> target(second, h))
        .containsExactly("photos/walk/index.html");
    assertThat(page.select("a[rel~=next]").eachAttr("href"))
        .map(h -> target(second, h))
        .containsExactly("photos/walk/page/3/index.html");
    assertThat(albumPages(out, "orient")).hasSize(2);
    assertThat(albumPages(out, "trips")).hasSize(1);
  }

  @Test
  void aPostWithGalleryShowsTheFirstThumbnailsAndSeeMore() {
    String pagePath = "diary/walk.html";
    Document post = TestSites.page(out, pagePath);
    // galleryThumbnails: 2, in album order
    assertThat(thumbnailsOn(post, pagePath).keySet())
        .containsExactly(walkPage("d-falls"), walkPage("b-creek"));
    List<String> more =
        post.select("a:containsOwn(See more thumbnails)").eachAttr("href").stream()
            .map(h -> target(pagePath, h))
            .toList();
    assertThat(more).containsExactly("photos/walk/index.html");
  }

  @Test
  void aPostBesideImagesShowsItsFoldersAlbum() {
    String pagePath = "trips/day-one.html";
    Document post = TestSites.page(out, pagePath);
    assertThat(thumbnailsOn(post, pagePath).keySet())
        .containsExactly("photos/trips/beach.html", "photos/trips/dunes.html");
    // The strip shows the whole two-photo album, so there are no more thumbnails to see (issue 10:
    // the seed shows "See more thumbnails" only when the album has more than the strip).
    assertThat(post.select("a:containsOwn(See more thumbnails)")).isEmpty();
    // A post in a folder without images and without gallery: shows none.
    assertThat(out.resolve("photos/diary")).doesNotExist();
  }

  // --- 4. cache ---------------------------------------------------------------------------------

  @Test
  void rebuildsReuseTheCacheAndRedoOnlyAChangedPhoto(@TempDir Path tmp) throws IOException {
    Path blog = TestSites.copy(source, tmp.resolve("blog"));
    Path site = tmp.resolve("site");
    Path cache = tmp.resolve("site-cache");
    Path changed = blog.resolve("photos/walk/k-undated.jpg");

    BuildResult first = TestSites.build(blog, site);
    assertThat(first.imagesProcessed()).isEqualTo(VISIBLE_PHOTOS);
    assertThat(first.imagesReused()).isZero();
    List<String> before = photoFiles(site);
    assertThat(TestSites.files(cache)).noneMatch(p -> p.contains("e-secret"));

    BuildResult second = TestSites.build(blog, site);
    assertThat(second.imagesProcessed()).isZero();
    assertThat(second.imagesReused()).isEqualTo(VISIBLE_PHOTOS);
    assertThat(photoFiles(site)).isEqualTo(before);

    // A newer modification time without new content costs no decoding.
    FileTime time = Files.getLastModifiedTime(changed);
    Files.setLastModifiedTime(changed, FileTime.fromMillis(time.toMillis() + 3_600_000));
    BuildResult touched = TestSites.build(blog, site);
    assertThat(touched.imagesProcessed()).isZero();
    assertThat(photoFiles(site)).isEqualTo(before);

    BufferedImage other = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 80; y++) {
      for (int x = 0; x < 120; x++) {
        other.setRGB(x, y, x < 60 ? 0xffd54f : 0x4e342e);
      }
    }
    assertThat(ImageIO.write(other, "jpeg", changed.toFile())).isTrue();
    Files.setLastModifiedTime(changed, FileTime.fromMillis(time.toMillis() + 7_200_000));

    BuildResult third = TestSites.build(blog, site);
    assertThat(third.imagesProcessed()).isEqualTo(1);
    assertThat(third.imagesReused()).isEqualTo(VISIBLE_PHOTOS - 1);
    List<String> after = photoFiles(site);
    Set<String> oldK = withPrefix(before, "photos/walk/k-undated_");
    Set<String> newK = withPrefix(after, "photos/walk/k-undated_");
    assertThat(oldK).hasSize(4);
    assertThat(newK).hasSize(4).doesNotContainAnyElementsOf(oldK);
    assertThat(withoutPrefix(after, "photos/walk/k-undated_"))
        .isEqualTo(withoutPrefix(before, "photos/walk/k-undated_"));
    // The stale images are gone from the site and from the cache.
    for (String stale : oldK) {
      assertThat(site.resolve(stale)).doesNotExist();
      assertThat(cache.resolve("images").resolve(stale.substring(stale.lastIndexOf('/') + 1)))
          .doesNotExist();
    }
    // The page shows the new picture.
    String pagePath = walkPage("k-undated");
    Element web = TestSites.page(site, pagePath).selectFirst("img[src*=/walk/k-undated_]");
    BufferedImage shown = read(site.resolve(target(pagePath, web.attr("src"))));
    // the new picture's left half is amber (red channel high), the old one was teal (red 0)
    assertThat((shown.getRGB(5, 5) >> 16) & 0xff).isGreaterThan(200);
    assertThat(newK).contains(target(pagePath, web.attr("src")));
  }

  private static Set<String> withPrefix(List<String> files, String prefix) {
    return files.stream()
        .filter(p -> p.startsWith(prefix))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> withoutPrefix(List<String> files, String prefix) {
    return files.stream()
        .filter(p -> !p.startsWith(prefix))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
