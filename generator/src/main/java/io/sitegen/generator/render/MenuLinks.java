package io.sitegen.generator.render;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.ConfigLoader;
import io.sitegen.generator.config.MenuEntry;
import io.sitegen.generator.model.CategoryPath;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Page;
import io.sitegen.generator.render.view.CategoryView;
import io.sitegen.generator.render.view.Link;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The header navigation: site.yaml's {@code menu:} entries as links, or, when it has none, the
 * pages whose front matter says {@code menu:}, in path order. An entry naming a page or category
 * the blog does not have stops the build at its line of site.yaml.
 */
final class MenuLinks {

  private MenuLinks() {}

  /**
   * @param categories every category's view, by path
   * @param hasAlbums whether the blog has an albums index
   * @param href the URL of an output file
   */
  static List<Link> of(
      List<MenuEntry> entries,
      List<Page> pages,
      Map<CategoryPath, CategoryView> categories,
      boolean hasAlbums,
      Function<String, String> href) {
    if (entries.isEmpty()) {
      return pages.stream()
          .filter(p -> p.menuTitle().isPresent())
          .map(p -> new Link(p.menuTitle().get(), href.apply(p.outputPath())))
          .toList();
    }
    Map<String, Page> byPath = new TreeMap<>();
    pages.forEach(p -> byPath.putIfAbsent(p.path(), p));
    List<Link> links = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (MenuEntry entry : entries) {
      switch (entry.kind()) {
        case PAGE -> {
          Page page = byPath.get(entry.target());
          if (page == null) {
            problems.add(
                problem(
                    entry,
                    "menu entry page: " + entry.target() + " is not a page",
                    "Write pages/" + entry.target() + ".md, or name one of " + byPath.keySet()));
          } else {
            String title = entry.title().or(page::menuTitle).orElse(page.title());
            links.add(new Link(title, href.apply(page.outputPath())));
          }
        }
        case CATEGORY -> {
          CategoryPath path = CategoryPath.parse(entry.target());
          CategoryView category = categories.get(path);
          if (category == null) {
            problems.add(
                problem(
                    entry,
                    "menu entry category: /" + entry.target() + " has no posts",
                    "Name a folder of posts/ that holds posts, e.g. 'category: /openstack'"));
          } else {
            String name = category.name().isEmpty() ? "Home" : category.name();
            links.add(new Link(entry.title().orElse(name), category.url()));
          }
        }
        case ARCHIVES ->
            links.add(new Link(entry.title().orElse("Archives"), href.apply(OutputPaths.ARCHIVES)));
        case ALBUMS -> {
          if (!hasAlbums) {
            problems.add(
                problem(
                    entry,
                    "menu entry albums: the blog has no photo albums",
                    "Put photos in photos/<album>/, or remove the entry"));
          } else {
            links.add(
                new Link(entry.title().orElse("Photos"), href.apply(OutputPaths.ALBUMS_INDEX)));
          }
        }
        case URL -> links.add(new Link(entry.title().orElseThrow(), entry.target()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException("index", problems);
    }
    return List.copyOf(links);
  }

  /** Whether the menu links the archives, which then get a page. */
  static boolean linksArchives(List<MenuEntry> entries) {
    return entries.stream().anyMatch(e -> e.kind() == MenuEntry.Kind.ARCHIVES);
  }

  private static Problem problem(MenuEntry entry, String message, String hint) {
    return Problem.at(Path.of(ConfigLoader.FILE_NAME), entry.line(), message, hint);
  }
}
