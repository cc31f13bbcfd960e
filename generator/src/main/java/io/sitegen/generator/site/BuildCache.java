package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.SiteGenerator;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.html.ProcessedBody;
import io.sitegen.generator.internal.CacheFile;
import io.sitegen.generator.internal.Fingerprint;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.render.Theme;
import io.sitegen.generator.write.LiveOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A build's memory on disk, below the cache folder, so the next build in another process reuses
 * what its inputs show to be unchanged. The file holds what a preview keeps in memory that is cheap
 * to read (processed bodies and comments, each page's and feed's input fingerprint, the images
 * beside the posts) and the output folder's files with their hashes and sizes, times and file keys,
 * plus a fingerprint of every input file of the blog. All of it is kept under one version: the
 * generator's version and jar, the theme's, the options and {@code site.yaml}; any change there
 * reads as no cache, so the build is a full one.
 */
final class BuildCache {

  static final String COMMENTS = "comments";
  static final String PAGES = "pages";
  static final String FEEDS = "feeds";
  static final String IMAGES = "images";
  private static final String BODIES = "bodies";
  private static final String POSTS = "posts";
  private static final String OUTPUT = "output";
  private static final String BUILD = "build";

  /** The folders and files a build reads, below the blog folder. */
  private static final List<String> INPUTS =
      List.of(
          "site.yaml", "tags.yaml", "posts", "pages", "comments", "photos", "templates", "static");

  /** Files larger than this are known by size and time: hashing every photo would cost. */
  private static final long HASHED = 1 << 20;

  private final Path file;
  private final String version;
  private final Map<String, CacheFile.Section> sections;

  /** The last successful build's summary, for a build whose inputs are all unchanged. */
  record Last(
      String inputs, int posts, int copied, int photos, String validUntil, List<String> warnings) {}

  private BuildCache(Path file, String version, Map<String, CacheFile.Section> sections) {
    this.file = file;
    this.version = version;
    this.sections = sections;
  }

  /** The cache of builds with these options; empty when there is none or it cannot be trusted. */
  static BuildCache open(BuildOptions options) {
    String version = version(options);
    // One file per output folder: what it records is that folder's files.
    Path file =
        options
            .cacheDir()
            .resolve("builds")
            .resolve(Fingerprint.ofText(options.outputDir().toString()).substring(0, 16));
    return new BuildCache(
        file, version, new HashMap<>(CacheFile.read(file, version).orElse(Map.of())));
  }

  /**
   * A memo of a section, read once: its bytes are dropped as they are decoded, or every post's body
   * would be held twice through the build (about 130 MB at 10,000 posts).
   */
  private <V> Memo<String, V> memo(String name, Function<byte[], V> decode) {
    CacheFile.Section section = sections.remove(name);
    if (section == null) {
      return Memo.keeping();
    }
    Map<String, V> entries = new HashMap<>();
    Iterator<Map.Entry<String, byte[]>> each = section.entries().entrySet().iterator();
    while (each.hasNext()) {
      Map.Entry<String, byte[]> entry = each.next();
      entries.put(entry.getKey(), decode.apply(entry.getValue()));
      each.remove();
    }
    return Memo.of(section.version(), entries);
  }

  private Memo<String, String> strings(String name) {
    return memo(name, BuildCache::utf8);
  }

  Memo<String, String> pages() {
    return strings(PAGES);
  }

  Memo<String, String> feeds() {
    return strings(FEEDS);
  }

  Memo<String, String> images() {
    return strings(IMAGES);
  }

  Memo<String, String> comments() {
    return strings(COMMENTS);
  }

  Memo<String, Warned<ProcessedBody>> bodies() {
    return memo(BODIES, BuildCache::body);
  }

  Memo<String, Warned<PostSource>> postSources() {
    return memo(POSTS, PostSourceBytes::read);
  }

  /** The output folder's files as the last build left them. */
  Map<String, LiveOutput.Recorded> output() {
    Map<String, LiveOutput.Recorded> recorded = new HashMap<>();
    CacheFile.Section section = sections.get(OUTPUT);
    if (section != null) {
      section
          .entries()
          .forEach(
              (path, bytes) -> {
                String[] parts = utf8(bytes).split("\n", 2);
                recorded.put(path, new LiveOutput.Recorded(parts[0], parts[1]));
              });
    }
    return recorded;
  }

  Optional<Last> last() {
    CacheFile.Section section = sections.get(BUILD);
    if (section == null) {
      return Optional.empty();
    }
    Map<String, byte[]> e = section.entries();
    List<String> warnings = new ArrayList<>();
    try {
      CacheFile.In in = new CacheFile.In(e.get("warnings"));
      for (int n = in.count(); n > 0; n--) {
        warnings.add(in.string());
      }
    } catch (IOException ex) {
      return Optional.empty();
    }
    return Optional.of(
        new Last(
            utf8(e.get("inputs")),
            Integer.parseInt(utf8(e.get("posts"))),
            Integer.parseInt(utf8(e.get("copied"))),
            Integer.parseInt(utf8(e.get("photos"))),
            utf8(e.get("validUntil")),
            warnings));
  }

  /**
   * Replaces the file with what a successful build left; a cache that cannot be written is none.
   */
  void save(
      List<Map.Entry<String, Memo<String, String>>> strings,
      Memo<String, Warned<ProcessedBody>> bodies,
      Memo<String, Warned<PostSource>> posts,
      Map<String, LiveOutput.Recorded> output,
      Last last) {
    Map<String, CacheFile.Section> all = new LinkedHashMap<>();
    for (Map.Entry<String, Memo<String, String>> memo : strings) {
      all.put(memo.getKey(), section(memo.getValue(), v -> Optional.of(bytes(v))));
    }
    all.put(BODIES, section(bodies, v -> Optional.of(bytes(v))));
    all.put(POSTS, section(posts, PostSourceBytes::of));
    Map<String, byte[]> files = new LinkedHashMap<>();
    output.forEach(
        (path, known) -> files.put(path, bytes(known.fingerprint() + "\n" + known.stat())));
    all.put(OUTPUT, new CacheFile.Section("", files));
    CacheFile.Out warnings = new CacheFile.Out().count(last.warnings().size());
    last.warnings().forEach(warnings::string);
    Map<String, byte[]> build = new LinkedHashMap<>();
    build.put("inputs", bytes(last.inputs()));
    build.put("posts", bytes(Integer.toString(last.posts())));
    build.put("copied", bytes(Integer.toString(last.copied())));
    build.put("photos", bytes(Integer.toString(last.photos())));
    build.put("validUntil", bytes(last.validUntil()));
    build.put("warnings", warnings.toByteArray());
    all.put(BUILD, new CacheFile.Section("", build));
    try {
      CacheFile.write(file, version, all);
    } catch (IOException e) {
      // The site is built; only the next build's head start is lost. It may see a torn file,
      // which it does not trust.
    }
  }

  /** A memo's entries; those {@code encode} cannot write are left out, so made again. */
  private static <V> CacheFile.Section section(
      Memo<String, V> memo, Function<V, Optional<byte[]>> encode) {
    Map<String, V> values = new LinkedHashMap<>();
    memo.forEach(values::put);
    return new CacheFile.Section(String.valueOf(memo.version()), new Encoded<>(values, encode));
  }

  /**
   * Entries encoded one at a time as the file is written: encoded all at once, every post's body
   * was held twice at the end of a build (about 150 MB more heap at 10,000 posts). Its size is
   * known only by encoding every entry, so {@link CacheFile#write} never asks for it.
   */
  private static final class Encoded<V> extends AbstractMap<String, byte[]> {
    private final Map<String, V> values;
    private final Function<V, Optional<byte[]>> encode;

    Encoded(Map<String, V> values, Function<V, Optional<byte[]>> encode) {
      this.values = values;
      this.encode = encode;
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, byte[]>> iterator() {
          return values.entrySet().stream()
              .flatMap(e -> encode.apply(e.getValue()).map(b -> Map.entry(e.getKey(), b)).stream())
              .iterator();
        }

        @Override
        public int size() {
          int n = 0;
          for (Iterator<?> i = iterator(); i.hasNext(); i.next()) {
            n++;
          }
          return n;
        }
      };
    }
  }

  /**
   * A fingerprint of every input file of the blog: their paths and contents (big ones by size and
   * time). Equal fingerprints and an output folder as the last build left it mean the build would
   * write what is there. Empty when a folder cannot be read: then the build runs.
   */
  static Optional<String> inputs(Path sourceDir) {
    List<String> parts = new ArrayList<>();
    try {
      for (String input : INPUTS) {
        Path root = sourceDir.resolve(input);
        if (!Files.exists(root)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
          for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
            BasicFileAttributes attributes = Files.readAttributes(f, BasicFileAttributes.class);
            parts.add(sourceDir.relativize(f).toString());
            parts.add(
                attributes.size() > HASHED
                    ? attributes.size() + " " + attributes.lastModifiedTime()
                    : Fingerprint.ofText(
                        new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)));
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.of(Fingerprint.ofText(parts.toArray(String[]::new)));
  }

  /**
   * Everything a build's output depends on besides the blog's input files: the generator and theme
   * (their version and the files they were loaded from), the options and {@code site.yaml}.
   */
  private static String version(BuildOptions options) {
    String siteYaml;
    try {
      Path config = options.sourceDir().resolve("site.yaml");
      siteYaml =
          Files.isRegularFile(config)
              ? Fingerprint.ofText(Files.readString(config, StandardCharsets.ISO_8859_1))
              : "none";
    } catch (IOException e) {
      siteYaml = "unreadable " + System.nanoTime();
    }
    URL theme = BuildCache.class.getClassLoader().getResource(Theme.TEMPLATES + "base.peb");
    return Fingerprint.ofText(
        "format 1",
        SiteGenerator.version(),
        "java " + Runtime.version().feature(),
        stamp(BuildCache.class.getProtectionDomain().getCodeSource().getLocation()),
        theme == null ? "no theme" : stamp(theme),
        options.sourceDir().toString(),
        options.outputDir().toString(),
        "drafts " + options.includeDrafts(),
        "future " + options.includeFuture(),
        "strict " + options.strict(),
        "baseUrl " + options.baseUrl().orElse(""),
        "site.yaml " + siteYaml);
  }

  /**
   * Where classes or resources come from (the jar holding them, or the file itself), and that
   * file's size and time: a jar rebuilt under the same version differs.
   */
  private static String stamp(URL location) {
    try {
      URL file =
          location.getProtocol().equals("jar")
              ? ((JarURLConnection) location.openConnection()).getJarFileURL()
              : location;
      Path path = Path.of(file.toURI());
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return path + " " + attributes.size() + " " + attributes.lastModifiedTime();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown " + location + " " + System.nanoTime();
    }
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Warned<ProcessedBody> warned) {
    ProcessedBody body = warned.value();
    CacheFile.Out out =
        new CacheFile.Out()
            .string(body.html())
            .string(body.listingHtml())
            .flag(body.truncated())
            .string(body.firstImage())
            .string(body.firstParagraph())
            .count(body.words())
            .count(body.headings().size());
    for (ProcessedBody.Heading h : body.headings()) {
      out.count(h.depth()).string(h.id()).string(h.text());
    }
    out.count(body.missingPosts().size());
    body.missingPosts().forEach(out::string);
    out.count(warned.warnings().size());
    warned.warnings().forEach(out::string);
    return out.toByteArray();
  }

  private static Warned<ProcessedBody> body(byte[] bytes) {
    try {
      CacheFile.In in = new CacheFile.In(bytes);
      String html = in.string();
      String listingHtml = in.string();
      boolean truncated = in.flag();
      String firstImage = in.string();
      String firstParagraph = in.string();
      int words = in.count();
      List<ProcessedBody.Heading> headings = new ArrayList<>();
      for (int n = in.count(); n > 0; n--) {
        headings.add(new ProcessedBody.Heading(in.count(), in.string(), in.string()));
      }
      List<String> missing = new ArrayList<>();
      for (int n = in.count(); n > 0; n--) {
        missing.add(in.string());
      }
      List<String> warnings = new ArrayList<>();
      for (int n = in.count(); n > 0; n--) {
        warnings.add(in.string());
      }
      return new Warned<>(
          new ProcessedBody(
              html, listingHtml, truncated, firstImage, firstParagraph, words, headings, missing),
          warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
