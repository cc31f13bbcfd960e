package io.sitegen.generator.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.internal.BlogFiles;
import io.sitegen.generator.internal.Fingerprint;
import io.sitegen.generator.internal.SourceFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Pebble engine per build. Templates are looked up in the blog's {@code templates/} first, then
 * in the theme, so a blogger overrides one template by writing a file of the same name. Strict
 * variables make a typo in a template an error rather than a silently empty page.
 */
public final class TemplateEngine {

  static final String SUFFIX = ".peb";
  // Pebble names Java classes ("of [java.util.Collections$UnmodifiableMap]"); users need the name.
  private static final Pattern MISSING_ATTRIBUTE =
      Pattern.compile("Attribute \\[([^\\]]+)\\] of \\[[^\\]]*\\] does not exist");
  private static final String COMPILE_STAGE = "configure";
  private static final String STAGE = "render";

  private final PebbleEngine engine;
  private final Path siteTemplates;
  private String version = "";

  /**
   * @param siteTemplates the blog's {@code templates/} folder; it need not exist
   */
  public TemplateEngine(Path siteTemplates, Theme theme) {
    this.siteTemplates = siteTemplates;
    List<Loader<?>> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      FileLoader site = new FileLoader(siteTemplates.toString());
      site.setSuffix(SUFFIX);
      loaders.add(site);
    }
    ClasspathLoader themeLoader = new ClasspathLoader(theme.classLoader());
    themeLoader.setPrefix(Theme.TEMPLATES);
    themeLoader.setSuffix(SUFFIX);
    loaders.add(themeLoader);
    this.engine =
        new PebbleEngine.Builder()
            .loader(new DelegatingLoader(loaders))
            .strictVariables(true)
            .build();
  }

  /**
   * Compiles every template the site overrides and every template pages need, so a syntax error
   * fails the build before any page is written, naming the file and line.
   */
  public void compileAll() {
    Set<String> names = new LinkedHashSet<>(Theme.requiredTemplates());
    List<Problem> problems = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      // Pebble reads the files itself, so a link leaving the blog is refused before it can.
      BlogFiles blogFiles = BlogFiles.of(siteTemplates.getParent());
      List<Path> files;
      try (Stream<Path> walk = Files.walk(siteTemplates)) {
        files = walk.filter(p -> p.toString().endsWith(SUFFIX)).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        throw new BuildException(
            COMPILE_STAGE, Problem.general("cannot list " + siteTemplates + ": " + e, ""), e);
      }
      for (Path file : files) {
        blogFiles
            .refusal(file)
            .ifPresent(
                why ->
                    problems.add(
                        Problem.at(
                            Path.of(blogFiles.shown(file)),
                            0,
                            why,
                            "Copy the template into the blog's templates/ folder")));
        String name = siteTemplates.relativize(file).toString().replace('\\', '/');
        names.add(name.substring(0, name.length() - SUFFIX.length()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(COMPILE_STAGE, problems);
    }
    version = version(names);
    for (String name : names) {
      try {
        engine.getTemplate(name);
      } catch (PebbleException e) {
        problems.add(problem(e, name));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(COMPILE_STAGE, problems);
    }
  }

  /**
   * What the blog's templates are, as a fingerprint of their names and text: pages rendered under
   * another version may look different. The theme's templates come with the generator, whose
   * version the build cache is kept under.
   */
  public String version() {
    return version;
  }

  private String version(Set<String> names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      Path file = siteTemplates.resolve(name + SUFFIX);
      if (Files.isRegularFile(file)) {
        parts.add(name);
        parts.add(SourceFiles.readUtf8(COMPILE_STAGE, file, Path.of("templates", name + SUFFIX)));
      }
    }
    return Fingerprint.ofText(parts.toArray(String[]::new));
  }

  /**
   * Renders template {@code name} with {@code context}; errors name the template file and line and
   * the page being rendered.
   *
   * @param page what the page is, for messages ({@code post posts/a/b.md})
   */
  public String render(String name, Map<String, Object> context, String page) {
    try {
      PebbleTemplate template = engine.getTemplate(name);
      StringWriter out = new StringWriter(8192);
      template.evaluate(out, context);
      return out.toString();
    } catch (PebbleException e) {
      Problem problem = problem(e, name);
      throw new BuildException(
          STAGE,
          Problem.at(
              problem.file().orElseThrow(),
              problem.line(),
              problem.message() + " (rendering the " + page + ")",
              problem.hint()),
          e);
    } catch (IOException e) {
      throw new BuildException(STAGE, Problem.general("cannot render " + name + ": " + e, ""), e);
    }
  }

  private Problem problem(PebbleException e, String requested) {
    String name = e.getFileName() == null ? requested : e.getFileName();
    String file = name.endsWith(SUFFIX) ? name : name + SUFFIX;
    Path shown =
        Files.isRegularFile(siteTemplates.resolve(file))
            ? Path.of("templates", file)
            : Path.of("(theme) " + Theme.TEMPLATES + file);
    int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
    String message = e.getPebbleMessage() == null ? e.getMessage() : e.getPebbleMessage();
    Matcher missing = MISSING_ATTRIBUTE.matcher(message);
    if (missing.find()) {
      message = "'" + missing.group(1) + "' does not exist here";
    }
    return Problem.at(shown, line, "template error: " + message.strip(), "Fix the template");
  }
}
