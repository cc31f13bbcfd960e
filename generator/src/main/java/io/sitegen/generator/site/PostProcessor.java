package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.content.CommentSource;
import io.sitegen.generator.content.ImageReferences;
import io.sitegen.generator.content.LoadedContent;
import io.sitegen.generator.content.PageSource;
import io.sitegen.generator.content.PostLoader;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.content.Slugs;
import io.sitegen.generator.html.CommentAnchors;
import io.sitegen.generator.html.CommentSanitizer;
import io.sitegen.generator.html.Descriptions;
import io.sitegen.generator.html.PostBodyProcessor;
import io.sitegen.generator.html.ProcessedBody;
import io.sitegen.generator.html.UrlPaths;
import io.sitegen.generator.internal.Fingerprint;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.markdown.MarkdownRenderer;
import io.sitegen.generator.model.Album;
import io.sitegen.generator.model.Comment;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.model.TagInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The process stage: gives each post its URL, renders its Markdown (in parallel) and fixes up its
 * HTML, and collects the tags. Two posts claiming one URL stop the build here.
 */
final class PostProcessor {

  private static final String STAGE = "process";

  private final SiteConfig config;
  private final MarkdownRenderer markdown;
  private final MarkdownRenderer commentMarkdown = MarkdownRenderer.forComments();
  private final CommentSanitizer sanitizer = new CommentSanitizer();
  private final Consumer<String> warn;
  private final Memo<String, Warned<ProcessedBody>> memo;
  private final Memo<String, String> commentMemo;

  /** What a post is made from. */
  private record Inputs(
      PostSource source,
      String outputPath,
      List<CommentSource> comments,
      Optional<String> gallery) {}

  /**
   * @param memo post bodies processed by earlier builds (rendering Markdown and fixing up HTML is
   *     the costly part of a post), with their warnings, by the fingerprint of their inputs; its
   *     version is the URLs of all posts, since links between posts are rewritten
   * @param commentMemo comments rendered and sanitised by earlier builds, by their inputs
   */
  PostProcessor(
      SiteConfig config,
      MarkdownRenderer markdown,
      Consumer<String> warn,
      Memo<String, Warned<ProcessedBody>> memo,
      Memo<String, String> commentMemo) {
    this.config = config;
    this.markdown = markdown;
    this.warn = warn;
    this.memo = memo;
    this.commentMemo = commentMemo;
  }

  /**
   * @param albums the photo albums, for the posts that show one
   */
  Site process(LoadedContent loaded, List<Album> photoAlbums) {
    List<PostSource> sources = new ArrayList<>(loaded.posts());
    sources.sort(
        Comparator.comparing((PostSource p) -> p.frontMatter().date())
            .reversed()
            .thenComparing(p -> slashed(p.source())));
    List<Album> albums = withoutPostImages(photoAlbums, sources);
    String[] outputPaths = outputPaths(sources);
    List<PageSource> pageSources = loaded.pages();
    String[] pagePaths = pagePaths(pageSources, sources, outputPaths);
    Map<String, String> urlsBySource = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      urlsBySource.put(
          slashed(sources.get(i).source()), UrlPaths.href(config.basePath(), outputPaths[i]));
    }
    for (int i = 0; i < pageSources.size(); i++) {
      urlsBySource.put(
          slashed(pageSources.get(i).source()), UrlPaths.href(config.basePath(), pagePaths[i]));
    }
    memo.begin(new Fingerprint().of(urlsBySource));
    commentMemo.begin("");
    PostBodyProcessor bodies = new PostBodyProcessor(config.basePath(), urlsBySource);
    Map<Path, List<CommentSource>> comments = threads(loaded.comments());
    Set<String> albumPaths = albums.stream().map(Album::path).collect(Collectors.toSet());
    List<Optional<String>> galleries = sources.stream().map(p -> gallery(p, albumPaths)).toList();
    List<Warned<Post>> made = new ArrayList<>(Collections.nCopies(sources.size(), null));
    IntStream.range(0, made.size())
        .parallel()
        .forEach(
            i -> {
              PostSource source = sources.get(i);
              Inputs key =
                  new Inputs(
                      source,
                      outputPaths[i],
                      comments.getOrDefault(source.source(), List.of()),
                      galleries.get(i));
              made.set(i, post(key, bodies));
            });
    // Warned in the posts' order, not the threads', so that every build lists them alike.
    List<Post> posts = made.stream().map(post -> post.reuse(warn)).toList();
    // Pages are few and cheap, so they are processed again in every build.
    List<Page> pages =
        IntStream.range(0, pageSources.size())
            .mapToObj(i -> page(pageSources.get(i), pagePaths[i], bodies))
            .toList();
    return new Site(
        config, posts, pages, tags(sources, loaded.tagMetadata()), loaded.assets(), albums);
  }

  /**
   * The albums without the images beside the posts that a post shows or links: those belong to
   * their post (a diagram), so a folder holding only such images is no album.
   */
  private static List<Album> withoutPostImages(List<Album> albums, List<PostSource> posts) {
    if (albums.isEmpty()) {
      // Nothing to take images out of; reading every post's links for them is not free.
      return albums;
    }
    Set<Path> referenced = new HashSet<>();
    for (Path file : ImageReferences.of(posts)) {
      if (file.getNameCount() > 1 && file.getName(0).toString().equals(PostLoader.POSTS_DIR)) {
        referenced.add(file);
      }
    }
    if (referenced.isEmpty()) {
      return albums;
    }
    return albums.stream().map(a -> a.without(referenced)).flatMap(Optional::stream).toList();
  }

  /**
   * Each page's output file, from {@code pagePermalink}. A page claiming the file of a post or of
   * another page stops the build, naming both files; clashes with listings and static files are
   * found when all pages are planned.
   */
  private String[] pagePaths(List<PageSource> pages, List<PostSource> posts, String[] postPaths) {
    Map<String, Path> claimed = new HashMap<>();
    for (int i = 0; i < postPaths.length; i++) {
      claimed.put(postPaths[i], posts.get(i).source());
    }
    String[] paths = new String[pages.size()];
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < paths.length; i++) {
      PageSource page = pages.get(i);
      String url = config.pagePermalink().expandPage(page.path());
      paths[i] = OutputPaths.fileOf(url);
      Path other = claimed.putIfAbsent(paths[i], page.source());
      if (other != null) {
        problems.add(
            Problem.at(
                page.source(),
                0,
                "has the same URL " + url + " as " + slashed(other),
                "Rename one of them, or give the page a 'slug:' in its front matter"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(STAGE, problems);
    }
    return paths;
  }

  private Page page(PageSource source, String outputPath, PostBodyProcessor bodies) {
    PostSource.FrontMatter fm = source.frontMatter();
    String body = source.html() ? source.body() : markdown.render(source.body());
    String href = UrlPaths.href(config.basePath(), outputPath);
    ProcessedBody processed =
        bodies.process(body, slashed(source.source().getParent()), href, idPrefix(outputPath));
    MissingPostLinks.warn(source.source(), source.body(), source.bodyLine(), processed, warn);
    return new Page(
        source.source(),
        source.path(),
        fm.title(),
        fm.summary(),
        fm.aliases(),
        source.menuTitle(),
        fm.extra(),
        outputPath,
        processed.html());
  }

  /**
   * The album a post shows: the one its front matter names, else the album of its own folder (the
   * images beside it), if there is one; {@code gallery: false} shows none.
   */
  private Optional<String> gallery(PostSource post, Set<String> albums) {
    Optional<String> named = post.frontMatter().gallery();
    if (named.isEmpty()) {
      String own = post.category().relative();
      return albums.contains(own) ? Optional.of(own) : Optional.empty();
    }
    String path = named.get().replaceAll("^/+|/+$", "");
    if (path.equals("false") || path.equals("none")) {
      return Optional.empty();
    }
    if (!albums.contains(path)) {
      warn.accept(
          post.source().toString().replace('\\', '/')
              + ": gallery '"
              + named.get()
              + "' is not an album, so the post shows no photos. Put the photos in photos/"
              + path
              + "/");
      return Optional.empty();
    }
    return Optional.of(path);
  }

  private String[] outputPaths(List<PostSource> sources) {
    String[] paths = new String[sources.size()];
    Map<String, PostSource> claimed = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < paths.length; i++) {
      PostSource post = sources.get(i);
      String url =
          config
              .permalink()
              .expand(post.category().relative(), post.slug(), post.frontMatter().date());
      paths[i] = OutputPaths.fileOf(url);
      PostSource other = claimed.putIfAbsent(paths[i], post);
      if (other != null) {
        problems.add(
            Problem.at(
                post.source(),
                0,
                "has the same URL " + url + " as " + other.source().toString().replace('\\', '/'),
                "Rename one of them, or give one a 'slug:' in its front matter"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(STAGE, problems);
    }
    return paths;
  }

  /**
   * Each post's comments, oldest first, with every reply pointing at a top-level comment: the pages
   * thread one level deep, so a reply to a reply joins its thread.
   */
  private Map<Path, List<CommentSource>> threads(List<CommentSource> all) {
    Map<Path, List<CommentSource>> byPost = new HashMap<>();
    for (CommentSource comment : all) {
      byPost.computeIfAbsent(comment.post(), k -> new ArrayList<>()).add(comment);
    }
    Map<Path, List<CommentSource>> result = new HashMap<>();
    byPost.forEach(
        (post, comments) -> {
          Map<String, CommentSource> byId = new HashMap<>();
          comments.forEach(c -> byId.put(c.id(), c));
          List<CommentSource> threaded = new ArrayList<>();
          for (CommentSource comment : comments) {
            threaded.add(withTopLevelParent(comment, byId));
          }
          threaded.sort(Comparator.comparing(CommentSource::date).thenComparing(CommentSource::id));
          result.put(post, threaded);
        });
    return result;
  }

  /**
   * The comment pointing at the top of its thread. A comment whose parent is missing starts a
   * thread of its own (warned about once, for that comment), and its replies join it; a cycle of
   * parents makes each a thread of its own.
   */
  private CommentSource withTopLevelParent(CommentSource comment, Map<String, CommentSource> byId) {
    comment
        .parentId()
        .filter(id -> !byId.containsKey(id))
        .ifPresent(
            id ->
                warn.accept(
                    comment.source().toString().replace('\\', '/')
                        + ": parent '"
                        + id
                        + "' is not a comment on the same post, so this is shown as a new thread"));
    CommentSource top = comment;
    Set<String> seen = new HashSet<>();
    seen.add(comment.id());
    boolean cycle = false;
    while (top.parentId().isPresent() && byId.containsKey(top.parentId().get())) {
      CommentSource parent = byId.get(top.parentId().get());
      if (!seen.add(parent.id())) {
        cycle = true;
        break;
      }
      top = parent;
    }
    Optional<String> parent = top == comment || cycle ? Optional.empty() : Optional.of(top.id());
    return new CommentSource(
        comment.id(),
        comment.source(),
        comment.post(),
        comment.author(),
        comment.url(),
        comment.date(),
        comment.markdown(),
        parent);
  }

  private Comment comment(CommentSource source) {
    String html =
        commentMemo.get(
            Fingerprint.ofText(source.id(), source.markdown()),
            () ->
                sanitizer.clean(
                    commentMarkdown.render(source.markdown()), CommentAnchors.of(source.id())));
    return new Comment(
        source.id(),
        source.source(),
        source.author(),
        source.url(),
        source.date(),
        html,
        source.parentId());
  }

  /** The post with the warnings processing its body gave, remembered or not. */
  private Warned<Post> post(Inputs key, PostBodyProcessor bodies) {
    PostSource source = key.source();
    String outputPath = key.outputPath();
    // The source's fingerprint stands for its path, body and body line: its text is hashed once.
    String bodyKey = Fingerprint.ofText(source.fingerprint(), outputPath);
    Warned<ProcessedBody> body =
        memo.get(
            bodyKey,
            () ->
                Warned.of(
                    w -> {},
                    warn -> {
                      ProcessedBody processed =
                          bodies.process(
                              source.html() ? source.body() : markdown.render(source.body()),
                              slashed(source.source().getParent()),
                              UrlPaths.href(config.basePath(), outputPath),
                              idPrefix(outputPath));
                      MissingPostLinks.warn(
                          source.source(), source.body(), source.bodyLine(), processed, warn);
                      return processed;
                    }));
    return new Warned<>(post(key, body.value()), body.warnings());
  }

  private Post post(Inputs key, ProcessedBody body) {
    PostSource source = key.source();
    PostSource.FrontMatter fm = source.frontMatter();
    List<String> tagKeys =
        new ArrayList<>(new LinkedHashSet<>(fm.tags().stream().map(Slugs::tagKey).toList()));
    return new Post(
        source.source(),
        source.category(),
        source.slug(),
        fm.title(),
        fm.date(),
        fm.timed(),
        tagKeys,
        fm.summary(),
        fm.aliases(),
        fm.extra(),
        key.outputPath(),
        body.html(),
        body.listingHtml(),
        body.truncated(),
        key.comments().stream().map(this::comment).toList(),
        key.gallery(),
        fm.updated(),
        fm.image().orElse(body.firstImage()),
        Descriptions.shorten(fm.summary().orElse(body.firstParagraph())),
        body.words(),
        fm.toc().orElse(config.toc())
            ? body.headings().stream()
                .map(h -> new Post.Heading(h.depth(), h.id(), h.text()))
                .toList()
            : List.of());
  }

  /** Tags used by the posts: metadata from tags.yaml, else the name as first written. */
  private static Map<String, TagInfo> tags(
      List<PostSource> sources, Map<String, TagInfo> metadata) {
    Map<String, TagInfo> tags = new TreeMap<>();
    for (PostSource post : sources) {
      for (String tag : post.frontMatter().tags()) {
        String key = Slugs.tagKey(tag);
        tags.computeIfAbsent(key, k -> metadata.getOrDefault(k, new TagInfo(k, tag, "")));
      }
    }
    return tags;
  }

  /** Unique per post or page, prefixed to its ids on listings. */
  private static String idPrefix(String outputPath) {
    return outputPath.replaceAll("\\.html$", "").replaceAll("[^A-Za-z0-9_-]+", "-");
  }

  /** A blog-relative path with {@code /} on every system, the key of links between posts. */
  private static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
