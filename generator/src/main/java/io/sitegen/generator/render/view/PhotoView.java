package io.sitegen.generator.render.view;

/**
 * A photo of an album.
 *
 * @param title the caption, or the file name when there is none
 * @param caption may be empty
 * @param url the photo's own page
 * @param thumbnail the grid image
 * @param thumbnail2x the grid image at twice the size, for {@code srcset}
 * @param web the image on the photo's page
 * @param originalUrl the published original, or an empty string
 * @param taken when it was taken, e.g. {@code Sun, 10 Mar 2013, 14:05}; may be empty
 * @param camera make and model; may be empty
 * @param album the album's first page
 * @param previous the photo before it in the album, or null
 * @param next the photo after it, or null
 * @param position 1-based place in the album
 * @param albumSize photos in the album
 * @param alt the image's text alternative: the caption, else "Photo 3 of 12 in Album title" (a file
 *     name such as IMG_1234.JPG tells a screen reader's user nothing)
 */
public record PhotoView(
    String title,
    String caption,
    String url,
    ImageView thumbnail,
    ImageView thumbnail2x,
    ImageView web,
    String originalUrl,
    String taken,
    String camera,
    Link album,
    Link previous,
    Link next,
    int position,
    int albumSize,
    String alt) {}
