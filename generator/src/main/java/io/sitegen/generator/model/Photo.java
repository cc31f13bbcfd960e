package io.sitegen.generator.model;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One photo of an album, with its derived images.
 *
 * @param fileName the source file's name
 * @param source the file, relative to the blog folder
 * @param pagePath the photo's own page below the site root
 * @param width upright width of the original, in pixels (EXIF orientation applied)
 * @param height upright height of the original
 * @param taken when the camera says it was taken (camera clocks have no zone)
 * @param caption from {@code album.yaml}, else the EXIF/IPTC description; may be empty
 * @param camera make and model; may be empty
 * @param thumbnail the grid thumbnail
 * @param thumbnail2x the same at twice the size, for high-density screens
 * @param web the image on the photo's page
 * @param original the published original (location data removed), if originals are published
 */
public record Photo(
    String fileName,
    Path source,
    String pagePath,
    int width,
    int height,
    Optional<LocalDateTime> taken,
    String caption,
    String camera,
    ImageVariant thumbnail,
    ImageVariant thumbnail2x,
    ImageVariant web,
    Optional<String> original) {}
