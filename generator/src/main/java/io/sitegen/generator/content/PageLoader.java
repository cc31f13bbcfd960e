package io.sitegen.generator.content;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.SourceFiles;
import io.sitegen.generator.internal.YamlReader;
import io.sitegen.generator.model.Asset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks {@code pages/}: every Markdown or {@code .html} file is a page with a post's front matter
 * (no date needed), every other file is published beside it. A blog without {@code pages/} has no
 * pages. Reports the problems of all files at once.
 */
public final class PageLoader {

  public static final String PAGES_DIR = "pages";

  private final FrontMatterParser frontMatter;

  private final Consumer<String> warn;

  /**
   * @param warn told of front matter keys that look like misspelt known keys, and of links skipped
   */
  public PageLoader(ZoneId zone, Consumer<String> warn) {
    this.frontMatter = new FrontMatterParser(zone, warn);
    this.warn = warn;
  }

  /** What {@code pages/} holds: the pages to publish and the other files. */
  public record Loaded(List<PageSource> pages, List<Asset> assets, int draftsSkipped) {}

  /**
   * @param includeDrafts keep pages marked {@code draft: true}
   */
  public Loaded load(Path sourceDir, boolean includeDrafts) {
    Path pagesDir = sourceDir.resolve(PAGES_DIR);
    if (!Files.isDirectory(pagesDir)) {
      return new Loaded(List.of(), List.of(), 0);
    }
    List<PageSource> pages = new ArrayList<>();
    List<Asset> assets = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int drafts = 0;
    for (Path file : PostLoader.listFiles(sourceDir, pagesDir, warn)) {
      String relative = pagesDir.relativize(file).toString().replace('\\', '/');
      boolean html = file.getFileName().toString().endsWith(".html");
      if (!html && !PostLoader.isMarkdown(file)) {
        assets.add(new Asset(file, relative));
        continue;
      }
      try {
        PageSource page = parse(file, sourceDir.relativize(file), relative, html);
        if (page.frontMatter().draft() && !includeDrafts) {
          drafts++;
        } else {
          pages.add(page);
        }
      } catch (BuildException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(FrontMatterParser.STAGE, problems);
    }
    return new Loaded(List.copyOf(pages), List.copyOf(assets), drafts);
  }

  private PageSource parse(Path file, Path shown, String relative, boolean html) {
    String text = SourceFiles.readUtf8(FrontMatterParser.STAGE, file, shown);
    FrontMatterParser.Split split = FrontMatterParser.split(text, shown);
    PostSource.FrontMatter fm = frontMatter.parsePage(split, shown);
    Map<String, Object> extra = new LinkedHashMap<>(fm.extra());
    Object menu = extra.remove("menu");
    Optional<String> menuTitle = Optional.empty();
    if (menu instanceof Map || menu instanceof List) {
      throw new BuildException(
          FrontMatterParser.STAGE,
          Problem.at(
              shown,
              YamlReader.lineOf(split.yaml(), "menu", 2),
              "menu must be true or the page's link text in the header navigation",
              "e.g. 'menu: About me', or list the page in site.yaml's menu:"));
    } else if (Boolean.TRUE.equals(menu)) {
      menuTitle = Optional.of(fm.title());
    } else if (menu != null && !Boolean.FALSE.equals(menu)) {
      menuTitle = Optional.of(menu.toString().strip());
    }
    String path = PostLoader.stem(relative);
    if (fm.slug().isPresent()) {
      int slash = path.lastIndexOf('/');
      path = path.substring(0, slash + 1) + fm.slug().get();
    }
    if (path.equals("index") || path.endsWith("/index")) {
      path = path.substring(0, Math.max(0, path.length() - "/index".length()));
    }
    PostSource.FrontMatter typed =
        new PostSource.FrontMatter(
            fm.title(),
            fm.date(),
            fm.timed(),
            fm.tags(),
            fm.draft(),
            fm.summary(),
            fm.aliases(),
            fm.slug(),
            fm.gallery(),
            fm.updated(),
            fm.image(),
            fm.toc(),
            extra);
    return new PageSource(shown, path, typed, menuTitle, split.body(), html, split.bodyLine());
  }
}
