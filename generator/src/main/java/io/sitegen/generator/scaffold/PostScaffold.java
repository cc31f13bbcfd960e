package io.sitegen.generator.scaffold;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.ConfigLoader;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.content.PostLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the skeleton of a new post, {@code posts/<category>/<slug>.md}, dated now in the site's
 * time zone. Never replaces a file: an existing post of that name is an error.
 */
public final class PostScaffold {

  static final String STAGE = "new";

  /**
   * Creates the post file.
   *
   * @param listener told of warnings about {@code site.yaml}
   * @return the new file, relative to the blog folder ({@code posts/openstack/tips/x.md})
   * @throws BuildException when the title, slug or category cannot make a file name, when a post of
   *     that name exists, or when the file cannot be written
   */
  public Path create(NewPostOptions options, BuildListener listener) {
    Path sourceDir = options.sourceDir();
    if (!Files.isDirectory(sourceDir)) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "the blog folder " + sourceDir + " does not exist",
              "Point --source (<siteDirectory>) at your blog"));
    }
    String title = checkTitle(options.title());
    String category = PostNames.checkCategory(options.category());
    String slug =
        options.slug().isPresent()
            ? PostNames.checkSlug(options.slug().get())
            : PostNames.slugFromTitle(title);
    SiteConfig config =
        new ConfigLoader()
            .load(sourceDir, Optional.empty(), w -> listener.onEvent(BuildEvent.warning(w)));
    // Minutes only, as posts are written; cutting the seconds also keeps it out of the future.
    ZonedDateTime date = options.now().atZone(config.timezone()).truncatedTo(ChronoUnit.MINUTES);
    String text = SkeletonText.of(title, date, cleanTags(options.tags()), options.draft());

    Path shownFolder =
        category.isEmpty()
            ? Path.of(PostLoader.POSTS_DIR)
            : Path.of(PostLoader.POSTS_DIR, category.split("/"));
    Path shown = shownFolder.resolve(slug + ".md");
    Path folder = sourceDir.resolve(shownFolder);
    sameSlug(folder, slug)
        .ifPresent(existing -> failExists(shownFolder.resolve(existing.getFileName())));
    write(sourceDir.resolve(shown), shown, text);
    return shown;
  }

  private static String checkTitle(String title) {
    String stripped = title.strip();
    if (stripped.isEmpty() || stripped.lines().count() > 1) {
      throw new BuildException(
          STAGE,
          Problem.general(
              stripped.isEmpty() ? "the title is empty" : "the title has more than one line",
              "Give a one-line title: -Dtitle=\"...\" (Maven) or --title \"...\""));
    }
    return stripped;
  }

  /** Tags as given, trimmed, without empty ones or repeats. */
  private static List<String> cleanTags(List<String> tags) {
    Set<String> clean = new LinkedHashSet<>();
    for (String tag : tags) {
      if (!tag.isBlank()) {
        clean.add(tag.strip());
      }
    }
    return List.copyOf(clean);
  }

  /**
   * A post already in {@code folder} that the loader would give {@code slug}: {@code slug.md},
   * {@code slug.markdown} or {@code 2013-05-04-slug.md}. Its page would have the same URL.
   */
  private static Optional<Path> sameSlug(Path folder, String slug) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    Pattern same =
        Pattern.compile("(\\d{4}-\\d{2}-\\d{2}-)?" + Pattern.quote(slug) + "\\.(md|markdown)");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> same.matcher(f.getFileName().toString()).matches())
          .sorted()
          .findFirst();
    } catch (IOException e) {
      throw new BuildException(
          STAGE, Problem.general("cannot list " + folder + ": " + e, "Check its permissions"), e);
    }
  }

  private static void failExists(Path shown) {
    throw new BuildException(
        STAGE,
        Problem.at(
            shown,
            0,
            "already exists, and site-gen never overwrites a post",
            PostNames.slugHint()));
  }

  /** CREATE_NEW makes "is it there?" and "make it" one step, so a race cannot overwrite either. */
  private static void write(Path file, Path shown, String text) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw cannotWrite(shown, e);
    }
    try (OutputStream out =
        Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (FileAlreadyExistsException e) {
      failExists(shown);
    } catch (IOException e) {
      // Half a post would be read by the next build; the file is ours, so it goes.
      try {
        Files.deleteIfExists(file);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw cannotWrite(shown, e);
    }
  }

  private static BuildException cannotWrite(Path shown, IOException e) {
    return new BuildException(
        STAGE,
        Problem.at(shown, 0, "cannot write the file: " + e, "Check the folder's permissions"),
        e);
  }
}
