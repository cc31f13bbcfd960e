package io.sitegen.generator.render.view;

import java.util.List;

/**
 * An album.
 *
 * @param path e.g. {@code events/20130310}
 * @param title from album.yaml or the folder name
 * @param description may be empty
 * @param date e.g. {@code Sun, 10 Mar 2013}; may be empty
 * @param url its first page
 * @param cover the photo that stands for it
 * @param photos every photo, in order
 */
public record AlbumView(
    String path,
    String title,
    String description,
    String date,
    String url,
    PhotoView cover,
    List<PhotoView> photos) {}
