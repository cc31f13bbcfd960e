package io.sitegen.generator.gallery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An album folder as found: its images and what its {@code album.yaml} says.
 *
 * @param path the album's path, e.g. {@code events/20130310}
 * @param images image files, absolute, by file name
 * @param title from album.yaml
 * @param date from album.yaml
 * @param description from album.yaml, or empty
 * @param order file names to show first, in this order; the rest follow by date taken, then name
 * @param cover the file name of the cover photo
 * @param captions caption per file name
 * @param hidden file names not to show
 */
record AlbumSource(
    String path,
    List<Path> images,
    Optional<String> title,
    Optional<LocalDate> date,
    String description,
    List<String> order,
    Optional<String> cover,
    Map<String, String> captions,
    List<String> hidden) {}
