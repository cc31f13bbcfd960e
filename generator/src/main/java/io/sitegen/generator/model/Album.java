package io.sitegen.generator.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

  /** The album's first page below the site root. */
  public String folder() {
    return "photos/" + path;
  }
}
