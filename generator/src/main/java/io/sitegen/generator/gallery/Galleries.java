package io.sitegen.generator.gallery;

import io.sitegen.generator.config.GalleryConfig;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.ImageVariant;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Photo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The photos stage: finds albums, reads each photo's header and EXIF, makes its thumbnails and
 * web-size image into the cache (on all cores, reusing what the cache has), and returns the albums
 * with the files to publish. A photo that cannot be used is a warning and is left out.
 */
public final class Galleries {

  /**
   * What the stage produced.
   *
   * @param albums by path
   * @param files every derived image and published original: output path to cached file
   * @param processed photos decoded this build
   * @param reused photos whose every derived image was in the cache
   * @param skipped photos left out with a warning
   */
  public record Result(
      List<Album> albums, Map<String, Path> files, int processed, int reused, int skipped) {}

  private record Done(Photo photo, Map<String, Path> files, boolean processed) {}

  private final GalleryConfig config;
  private final Path cacheDir;
  private final Consumer<String> warn;
  private final Consumer<String> progress;

  /**
   * @param cacheDir kept between builds; derived images live in its {@code images/} folder
   * @param warn told of every photo left out, naming the file
   * @param progress told "images 120/480" now and then on long work
   */
  public Galleries(
      GalleryConfig config, Path cacheDir, Consumer<String> warn, Consumer<String> progress) {
    this.config = config;
    this.cacheDir = cacheDir;
    this.warn = warn;
    this.progress = progress;
  }

  public Result build(Path sourceDir) {
    List<AlbumSource> sources = new AlbumLoader(warn).load(sourceDir);
    registerImageReaders();
    SourceHashes hashes = new SourceHashes(cacheDir);
    ImageProcessor processor = new ImageProcessor(cacheDir.resolve("images"));
    PhotoInspector inspector = new PhotoInspector(config.maxPixels());
    record Task(int album, Path file) {}
    List<Task> tasks = new ArrayList<>();
    for (int a = 0; a < sources.size(); a++) {
      for (Path file : sources.get(a).images()) {
        // Hidden photos are neither shown nor processed.
        if (!sources.get(a).hidden().contains(file.getFileName().toString())) {
          tasks.add(new Task(a, file));
        }
      }
    }
    Done[] done = new Done[tasks.size()];
    AtomicInteger finished = new AtomicInteger();
    int step = Math.max(10, tasks.size() / 10);
    IntStream.range(0, tasks.size())
        .parallel()
        .forEach(
            i -> {
              Task task = tasks.get(i);
              AlbumSource album = sources.get(task.album());
              Path shown = sourceDir.relativize(task.file());
              try {
                done[i] = photo(album, task.file(), shown, inspector, hashes, processor);
              } catch (UnusableImageException e) {
                warn.accept(
                    shown.toString().replace('\\', '/')
                        + ": "
                        + e.getMessage()
                        + "; the photo is left out");
              }
              int count = finished.incrementAndGet();
              if (count % step == 0 && count < tasks.size()) {
                progress.accept("images " + count + "/" + tasks.size());
              }
            });
    hashes.save();
    List<List<Done>> byAlbum = new ArrayList<>();
    sources.forEach(a -> byAlbum.add(new ArrayList<>()));
    Map<String, Path> files = new TreeMap<>();
    int processed = 0;
    int reused = 0;
    for (int i = 0; i < tasks.size(); i++) {
      if (done[i] != null) {
        byAlbum.get(tasks.get(i).album()).add(done[i]);
        files.putAll(done[i].files());
        if (done[i].processed()) {
          processed++;
        } else {
          reused++;
        }
      }
    }
    List<Album> albums = new ArrayList<>();
    for (int a = 0; a < sources.size(); a++) {
      album(sources.get(a), byAlbum.get(a)).ifPresent(albums::add);
    }
    prune(files.values());
    int skipped = (int) Stream.of(done).filter(d -> d == null).count();
    return new Result(List.copyOf(albums), files, processed, reused, skipped);
  }

  private Done photo(
      AlbumSource album,
      Path file,
      Path shown,
      PhotoInspector inspector,
      SourceHashes hashes,
      ImageProcessor processor)
      throws UnusableImageException {
    PhotoInfo info = inspector.inspect(file);
    String hash;
    try {
      hash = hashes.of(file);
    } catch (IOException e) {
      throw new UnusableImageException("cannot be read (" + e.getMessage() + ")", e);
    }
    String fileName = file.getFileName().toString();
    String stem = DerivedNames.safe(fileName.substring(0, fileName.lastIndexOf('.')));
    String folder = OutputPaths.inAlbum(album.path(), "");
    int size = config.thumbnailSize();
    VariantSpec thumb = variant(stem, hash, info, "thumb", size, config.squareThumbnails());
    VariantSpec thumb2x = variant(stem, hash, info, "thumb2x", 2 * size, config.squareThumbnails());
    VariantSpec web = variant(stem, hash, info, "web", config.photoSize(), false);
    boolean processed = processor.ensure(file, info, List.of(web, thumb2x, thumb));
    Map<String, Path> files = new TreeMap<>();
    for (VariantSpec v : List.of(thumb, thumb2x, web)) {
      files.put(folder + v.name(), processor.cached(v.name()));
    }
    Optional<String> original = Optional.empty();
    if (config.publishOriginals()) {
      String name =
          stem
              + "_"
              + DerivedNames.sha256(hash + "|original").substring(0, 16)
              + fileName.substring(fileName.lastIndexOf('.'));
      Path cached = processor.cached(name);
      if (!Files.isRegularFile(cached)) {
        writeStripped(file, cached);
      }
      files.put(folder + name, cached);
      original = Optional.of(folder + name);
    }
    Photo photo =
        new Photo(
            fileName,
            shown,
            folder + stem + ".html",
            info.width(),
            info.height(),
            info.taken(),
            album.captions().getOrDefault(fileName, info.caption()),
            info.camera(),
            variantOf(folder, thumb),
            variantOf(folder, thumb2x),
            variantOf(folder, web),
            original);
    return new Done(photo, files, processed);
  }

  /**
   * The variant's final size: fitted inside {@code size} squared, or a centred square; never
   * enlarged.
   */
  private static VariantSpec variant(
      String stem, String hash, PhotoInfo info, String kind, int size, boolean square) {
    int w = info.width();
    int h = info.height();
    int tw;
    int th;
    if (square) {
      tw = th = Math.min(size, Math.min(w, h));
    } else if (w >= h) {
      tw = Math.min(size, w);
      th = Math.max(1, (int) Math.round((double) h * tw / w));
    } else {
      th = Math.min(size, h);
      tw = Math.max(1, (int) Math.round((double) w * th / h));
    }
    String spec =
        kind + ":" + tw + "x" + th + (square ? ":square" : ":fit") + ":o" + info.orientation();
    return new VariantSpec(DerivedNames.of(stem, hash, spec, info.png()), tw, th, square);
  }

  private static ImageVariant variantOf(String folder, VariantSpec v) {
    return new ImageVariant(folder + v.name(), v.width(), v.height());
  }

  private static void writeStripped(Path source, Path target) throws UnusableImageException {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".orig");
      Files.write(tmp, LocationStripper.strip(source));
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      throw new UnusableImageException("could not be copied (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The album's photos in display order: album.yaml's order first, then by date taken, then by file
   * name; hidden photos and a second photo claiming the same page are left out.
   */
  private Optional<Album> album(AlbumSource source, List<Done> done) {
    List<String> order = source.order();
    List<Photo> photos = new ArrayList<>(done.stream().map(Done::photo).toList());
    photos.sort(
        Comparator.comparingInt(
                (Photo p) ->
                    order.contains(p.fileName()) ? order.indexOf(p.fileName()) : order.size())
            .thenComparing(p -> p.taken().isEmpty())
            .thenComparing(
                p -> p.taken().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Photo::fileName));
    Set<String> pages = new HashSet<>();
    photos.removeIf(
        p -> {
          boolean clash = !pages.add(p.pagePath());
          if (clash) {
            warn.accept(
                p.source().toString().replace('\\', '/')
                    + ": another photo of the album has the same name, so this one is left out; rename it");
          }
          return clash;
        });
    if (photos.isEmpty()) {
      return Optional.empty();
    }
    int cover = source.cover().map(name -> indexOf(photos, name)).orElse(0);
    String title =
        source.title().orElse(source.path().substring(source.path().lastIndexOf('/') + 1));
    return Optional.of(
        new Album(source.path(), title, source.date(), source.description(), photos, cover));
  }

  private static int indexOf(List<Photo> photos, String fileName) {
    for (int i = 0; i < photos.size(); i++) {
      if (photos.get(i).fileName().equals(fileName)) {
        return i;
      }
    }
    return 0;
  }

  /** Deletes cached images no photo uses any more, so the cache does not grow forever. */
  private void prune(Collection<Path> used) {
    Path images = cacheDir.resolve("images");
    if (!Files.isDirectory(images)) {
      return;
    }
    Set<Path> keep = new HashSet<>(used);
    try (Stream<Path> files = Files.list(images)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!keep.contains(file)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // A cache that is not pruned only takes space.
    }
  }

  /**
   * ImageIO finds plugins (TwelveMonkeys' CMYK JPEG and WebP readers) on the class path it started
   * with; inside a Maven plugin they are on the plugin's class loader, so scan that too.
   */
  private static void registerImageReaders() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Galleries.class.getClassLoader());
    try {
      ImageIO.scanForPlugins();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
