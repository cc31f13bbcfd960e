package io.sitegen.generator.site;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.content.LoadedContent;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.content.Slugs;
import io.sitegen.generator.html.PostBodyProcessor;
import io.sitegen.generator.html.ProcessedBody;
import io.sitegen.generator.html.UrlPaths;
import io.sitegen.generator.markdown.MarkdownRenderer;
import io.sitegen.generator.model.Post;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.model.TagInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The process stage: gives each post its URL, renders its Markdown (in parallel) and fixes up its
 * HTML, and collects the tags. Two posts claiming one URL stop the build here.
 */
final class PostProcessor {

  private static final String STAGE = "process";

  private final SiteConfig config;
  private final MarkdownRenderer markdown;

  PostProcessor(SiteConfig config, MarkdownRenderer markdown) {
    this.config = config;
    this.markdown = markdown;
  }

  Site process(LoadedContent loaded) {
    List<PostSource> sources = new ArrayList<>(loaded.posts());
    sources.sort(
        Comparator.comparing((PostSource p) -> p.frontMatter().date())
            .reversed()
            .thenComparing(p -> p.source().toString().replace('\\', '/')));
    String[] outputPaths = outputPaths(sources);
    Map<String, String> urlsBySource = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      urlsBySource.put(
          belowPosts(sources.get(i).source()), UrlPaths.href(config.basePath(), outputPaths[i]));
    }
    PostBodyProcessor bodies = new PostBodyProcessor(config.basePath(), urlsBySource);
    Post[] posts = new Post[sources.size()];
    IntStream.range(0, posts.length)
        .parallel()
        .forEach(i -> posts[i] = post(sources.get(i), outputPaths[i], bodies));
    return new Site(config, List.of(posts), tags(sources, loaded.tagMetadata()), loaded.assets());
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
      String path = url.substring(1);
      paths[i] = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
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

  private Post post(PostSource source, String outputPath, PostBodyProcessor bodies) {
    PostSource.FrontMatter fm = source.frontMatter();
    String href = UrlPaths.href(config.basePath(), outputPath);
    String idPrefix = outputPath.replaceAll("\\.html$", "").replaceAll("[^A-Za-z0-9_-]+", "-");
    ProcessedBody body =
        bodies.process(
            markdown.render(source.markdown()), source.category().relative(), href, idPrefix);
    List<String> tagKeys =
        new ArrayList<>(new LinkedHashSet<>(fm.tags().stream().map(Slugs::tagKey).toList()));
    return new Post(
        source.source(),
        source.category(),
        source.slug(),
        fm.title(),
        fm.date(),
        tagKeys,
        fm.summary(),
        fm.aliases(),
        fm.extra(),
        outputPath,
        body.html(),
        body.listingHtml(),
        body.truncated());
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

  /** {@code posts/a/b.md} as {@code a/b.md}. */
  private static String belowPosts(Path source) {
    Path relative = source.subpath(1, source.getNameCount());
    return relative.toString().replace('\\', '/');
  }
}
