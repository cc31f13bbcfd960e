package io.sitegen.generator.render;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The default theme, found on the classpath under {@code themes/default/} (a jar in the plugin and
 * the CLI, a folder when run from an IDE).
 */
public final class Theme {

  static final String ROOT = "themes/default/";
  public static final String TEMPLATES = ROOT + "templates/";
  private static final String STATIC = ROOT + "static";

  private final ClassLoader classLoader;

  public Theme(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  ClassLoader classLoader() {
    return classLoader;
  }

  /**
   * Calls {@code action} with each static file of the theme: its path below the site root and its
   * bytes, in path order.
   */
  public void forEachStaticFile(BiConsumer<String, byte[]> action) {
    URL url = classLoader.getResource(STATIC);
    if (url == null) {
      throw new BuildException(
          "render",
          Problem.general(
              "the default theme is not on the classpath (no " + STATIC + ")",
              "Add io.sitegen:site-gen-theme-default to the classpath"));
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem zip = openZip(uri)) {
          copyTree(zip.provider().getPath(uri), action);
        } catch (FileSystemAlreadyExistsException e) {
          copyTree(FileSystems.getFileSystem(uri).provider().getPath(uri), action);
        }
      } else {
        copyTree(Path.of(uri), action);
      }
    } catch (IOException | URISyntaxException | UncheckedIOException e) {
      throw new BuildException(
          "render", Problem.general("cannot read the default theme's static files: " + e, ""), e);
    }
  }

  private static FileSystem openZip(URI uri) throws IOException {
    return FileSystems.newFileSystem(uri, Map.of());
  }

  private static void copyTree(Path root, BiConsumer<String, byte[]> action) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(root.relativize(p).toString().replace('\\', '/'), p);
        }
      }
    }
    for (Map.Entry<String, Path> e : files.entrySet()) {
      action.accept(e.getKey(), Files.readAllBytes(e.getValue()));
    }
  }

  /** The names of the templates every theme must provide. */
  static List<String> requiredTemplates() {
    return List.of(
        "post", "list", "tags", "404", "redirect", "comments", "albums", "album", "photo");
  }
}
