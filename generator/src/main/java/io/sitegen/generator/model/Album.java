package io.sitegen.generator.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A folder of photos: {@code photos/<path>/}, or a category folder of {@code posts/} holding
 * images.
 *
 * @param path e.g. {@code events/20130310}; its pages are below {@code photos/<path>/}
 * @param title from {@code album.yaml}, else the folder's name
 * @param date from {@code album.yaml}, if given
 * @param description from {@code album.yaml}; may be empty
 * @param photos in display order, hidden ones left out
 * @param cover the photo that stands for the album
 */
public record Album(
    String path,
    String title,
    Optional<LocalDate> date,
    String description,
    List<Photo> photos,
    int cover) {

  public Album {
    photos = List.copyOf(photos);
  }

  /**
   * The album without the photos whose file is in {@code files} (blog-relative paths), or empty if
   * none is left; the cover stays the same photo when it stays.
   */
  public Optional<Album> without(Set<Path> files) {
    List<Photo> kept = photos.stream().filter(p -> !files.contains(p.source())).toList();
    if (kept.size() == photos.size()) {
      return Optional.of(this);
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    int newCover = Math.max(0, kept.indexOf(photos.get(cover)));
    return Optional.of(new Album(path, title, date, description, kept, newCover));
  }

  /** The album's first page below the site root. */
  public String folder() {
    return OutputPaths.albumFolder(path);
  }
}
