package io.sitegen.generator.scaffold;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Writes a new blog folder from the template in {@code scaffold/blog/}, the same files the Maven
 * archetype packages (its build copies them), so {@code site-gen init} and {@code mvn
 * archetype:generate} give the same blog. Only {@code pom.xml} has placeholders, in the archetype's
 * {@code ${name}} form.
 */
public final class BlogScaffold {

  static final String STAGE = "init";
  private static final String TEMPLATE = "blog/";
  private static final String INDEX = "blog.files";

  /** The archetype's name for {@code .gitignore}, which Maven's resource copying would drop. */
  static final String GITIGNORE = "__gitignore__";

  /**
   * Writes the blog into {@code folder}, which must be missing or empty.
   *
   * @param name the blog's artifactId in its pom.xml, e.g. the folder's name
   * @return the files written, relative to {@code folder}, in template order
   * @throws BuildException when the folder holds anything, or cannot be written
   */
  public List<Path> create(Path folder, String name) {
    refuseNonEmpty(folder);
    Map<String, String> values =
        Map.of(
            "groupId",
            "blog",
            "artifactId",
            name.replaceAll("[^A-Za-z0-9_.-]+", "-"),
            "version",
            "1.0-SNAPSHOT",
            "siteGenVersion",
            siteGenVersion());
    List<Path> written = new ArrayList<>();
    try {
      for (String file : templateFiles()) {
        String text = resource(TEMPLATE + file);
        if (file.equals("pom.xml")) {
          for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
          }
        }
        Path shown = Path.of(file.equals(GITIGNORE) ? ".gitignore" : file);
        Path target = folder.resolve(shown);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        written.add(shown);
      }
    } catch (IOException e) {
      throw new BuildException(
          STAGE,
          Problem.general(
              "cannot write the new blog in " + folder + ": " + e.getMessage(),
              "Check that the folder can be written"),
          e);
    }
    return written;
  }

  /** The template's files, as listed in its index, since a jar's folders cannot be listed. */
  static List<String> templateFiles() {
    return resource(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static void refuseNonEmpty(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BuildException(
          STAGE, Problem.general(folder + " is a file", "Give the name of a new or empty folder"));
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new BuildException(
              STAGE,
              Problem.general(
                  "the folder " + folder + " is not empty, and init never overwrites a file",
                  "Give the name of a new or empty folder"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String siteGenVersion() {
    Properties version = new Properties();
    try (InputStream in =
        BlogScaffold.class.getResourceAsStream("/io/sitegen/generator/version.properties")) {
      version.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return version.getProperty("version");
  }

  private static String resource(String name) {
    try (InputStream in = BlogScaffold.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the blog template file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
