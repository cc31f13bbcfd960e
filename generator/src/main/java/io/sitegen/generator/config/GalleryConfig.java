package io.sitegen.generator.config;

/**
 * How photo folders become galleries; every value from {@code site.yaml}, defaulted.
 *
 * @param thumbnailSize the long edge of a thumbnail (or its side, when square), in CSS pixels; a 2x
 *     version is made for high-density screens
 * @param squareThumbnails crop thumbnails to squares ({@code thumbnailCrop: square}) rather than
 *     fit them ({@code fit})
 * @param photoSize the long edge of the web-size image on each photo's page
 * @param postThumbnails thumbnails a post with {@code gallery:} shows before "See more thumbnails"
 * @param photosPerPage thumbnails on each page of an album
 * @param publishOriginals also publish the original files (location data removed)
 * @param maxPixels images whose header claims more pixels are skipped unread (decompression bombs)
 */
public record GalleryConfig(
    int thumbnailSize,
    boolean squareThumbnails,
    int photoSize,
    int postThumbnails,
    int photosPerPage,
    boolean publishOriginals,
    long maxPixels) {

  public static final GalleryConfig DEFAULTS =
      new GalleryConfig(300, false, 1600, 6, 48, false, 100_000_000L);
}
