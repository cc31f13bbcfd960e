package io.sitegen.generator.render.view;

import java.util.List;

/**
 * The strip of thumbnails a post shows from its album.
 *
 * @param album the album's title and first page ("See more thumbnails")
 * @param photos the first few photos
 * @param total photos in the album
 */
public record GalleryView(Link album, List<PhotoView> photos, int total) {}
