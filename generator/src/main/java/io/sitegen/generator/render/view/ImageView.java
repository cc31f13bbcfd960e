package io.sitegen.generator.render.view;

/**
 * A derived image, ready for {@code <img src width height>}.
 *
 * @param src its URL
 * @param width in pixels
 * @param height in pixels
 */
public record ImageView(String src, int width, int height) {}
