package io.sitegen.generator.render.view;

/**
 * A category folder.
 *
 * @param path as the seed blog prints it, {@code /openstack/tips}
 * @param name the last folder name, {@code tips}
 * @param url its listing page
 * @param count posts in it and its sub-folders
 */
public record CategoryView(String path, String name, String url, int count) {}
