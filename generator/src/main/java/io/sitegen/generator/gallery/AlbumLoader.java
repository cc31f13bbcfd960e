package io.sitegen.generator.gallery;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.internal.BlogFiles;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.internal.YamlReader;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Finds albums: every folder below {@code photos/} that holds images, and every category folder of
 * {@code posts/} that does. Photos come from readers' cameras and phones, so every problem with one
 * (a link loop, an unreadable file, a broken {@code album.yaml}) is a warning naming the file.
 */
final class AlbumLoader {

  static final String PHOTOS_DIR = "photos";
  static final String ALBUM_FILE = "album.yaml";
  static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp");

  private final YamlReader yaml = new YamlReader();
  private final Consumer<String> warn;

  AlbumLoader(Consumer<String> warn) {
    this.warn = warn;
  }

  /** Every album, by path; an album found both in photos/ and beside posts gets both's images. */
  List<AlbumSource> load(Path sourceDir) {
    Map<String, List<Path>> folders = new TreeMap<>();
    for (String root : List.of(PHOTOS_DIR, "posts")) {
      Path dir = sourceDir.resolve(root);
      if (Files.isDirectory(dir)) {
        walk(sourceDir, dir, folders);
      }
    }
    List<AlbumSource> albums = new ArrayList<>();
    folders.forEach((path, images) -> albums.add(album(sourceDir, path, images)));
    return albums;
  }

  static boolean isImage(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private void walk(Path sourceDir, Path root, Map<String, List<Path>> folders) {
    BlogFiles blogFiles = BlogFiles.of(sourceDir);
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && SourceFiles.isHidden(root.relativize(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Optional<String> refused = blogFiles.refusal(dir);
              if (refused.isPresent()) {
                warn.accept(shown(sourceDir, dir) + ": " + refused.get());
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isImage(file) || SourceFiles.isHidden(root.relativize(file))) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                warn.accept(
                    shown(sourceDir, file)
                        + ": is a link to a file that does not exist, so it is left out");
                return FileVisitResult.CONTINUE;
              }
              if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              Optional<String> refused = blogFiles.refusal(file);
              if (refused.isPresent()) {
                warn.accept(shown(sourceDir, file) + ": " + refused.get());
                return FileVisitResult.CONTINUE;
              }
              if (!Files.isReadable(file)) {
                warn.accept(
                    shown(sourceDir, file)
                        + ": cannot be read, so it is left out. Check its permissions");
                return FileVisitResult.CONTINUE;
              }
              String album = root.relativize(file.getParent()).toString().replace('\\', '/');
              if (!album.isEmpty()) {
                folders.computeIfAbsent(album, k -> new ArrayList<>()).add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              warn.accept(shown(sourceDir, file) + ": " + BlogFiles.unreadable(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      warn.accept(shown(sourceDir, root) + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  private AlbumSource album(Path sourceDir, String path, List<Path> images) {
    images.sort(null);
    Path file = sourceDir.resolve(PHOTOS_DIR).resolve(path).resolve(ALBUM_FILE);
    Map<String, Object> meta = Map.of();
    if (Files.isRegularFile(file)) {
      Path shown = sourceDir.relativize(file);
      try {
        meta = yaml.readMap("load", SourceFiles.readUtf8("load", file, shown), shown, 1);
      } catch (BuildException e) {
        e.problems().forEach(p -> warn.accept(p.describe() + " (album.yaml is ignored)"));
      }
    }
    Map<String, String> captions = new LinkedHashMap<>();
    List<String> hidden = new ArrayList<>();
    if (meta.get("photos") instanceof Map<?, ?> photos) {
      photos.forEach(
          (name, value) -> {
            if (value instanceof Map<?, ?> settings) {
              if (settings.get("caption") != null) {
                captions.put(name.toString(), settings.get("caption").toString());
              }
              if (Boolean.TRUE.equals(settings.get("hidden"))) {
                hidden.add(name.toString());
              }
            } else if (value != null) {
              captions.put(name.toString(), value.toString());
            }
          });
    }
    return new AlbumSource(
        path,
        images,
        text(meta, "title"),
        text(meta, "date").flatMap(d -> date(d, sourceDir.relativize(file))),
        text(meta, "description").orElse(""),
        meta.get("order") instanceof List<?> order
            ? order.stream().map(Object::toString).toList()
            : List.of(),
        text(meta, "cover"),
        captions,
        hidden);
  }

  private Optional<LocalDate> date(String text, Path file) {
    try {
      return Optional.of(
          LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length()))));
    } catch (DateTimeParseException e) {
      warn.accept(
          shown(file) + ": date '" + text + "' is not YYYY-MM-DD, so the album has no date");
      return Optional.empty();
    }
  }

  private static Optional<String> text(Map<String, Object> meta, String key) {
    Object value = meta.get(key);
    return value == null || value instanceof Map || value instanceof List
        ? Optional.empty()
        : Optional.of(value.toString());
  }

  private static String shown(Path sourceDir, Path file) {
    return shown(file.startsWith(sourceDir) ? sourceDir.relativize(file) : file);
  }

  private static String shown(Path file) {
    return file.toString().replace('\\', '/');
  }
}
