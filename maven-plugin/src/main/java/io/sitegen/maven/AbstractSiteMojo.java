package io.sitegen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every site-gen goal shares; holds no behaviour, so goals never extend a goal. */
public abstract class AbstractSiteMojo extends AbstractMojo {

  // Fields are package-private so unit tests in this package can set them without a harness.

  /** The blog folder: it holds {@code site.yaml}, {@code posts/}, {@code tags.yaml}. */
  @Parameter(property = "sitegen.siteDirectory", defaultValue = "${project.basedir}")
  File siteDirectory;

  /** Where the site is written; the folder is replaced whole, and only when the build succeeds. */
  @Parameter(property = "sitegen.outputDirectory", defaultValue = "${project.build.directory}/site")
  File outputDirectory;

  /** Derived images kept between builds, so unchanged photos are never processed twice. */
  @Parameter(
      property = "sitegen.cacheDirectory",
      defaultValue = "${project.build.directory}/sitegen-cache")
  File cacheDirectory;

  /**
   * Keep the build's memory in the cache directory and update the output directory in place,
   * writing only files whose bytes changed: a build after no change writes nothing. {@code false}
   * builds everything into a fresh folder.
   */
  @Parameter(property = "sitegen.incremental", defaultValue = "true")
  boolean incremental = true;

  /** Fail the build on any warning (a photo left out, a misspelt key). */
  @Parameter(property = "sitegen.strict", defaultValue = "false")
  boolean strict;

  /** Also publish posts marked {@code draft: true}. */
  @Parameter(property = "sitegen.drafts", defaultValue = "false")
  boolean drafts;

  /** Also publish posts dated in the future. */
  @Parameter(property = "sitegen.future", defaultValue = "false")
  boolean future;

  /** The absolute URL of the site root; overrides {@code baseUrl} in {@code site.yaml}. */
  @Parameter(property = "sitegen.baseUrl")
  String baseUrl;

  /** Skips the goal, e.g. {@code -Dsitegen.skip} for a quick build of the rest. */
  @Parameter(property = "sitegen.skip", defaultValue = "false")
  boolean skip;

  /** Only to show paths relative to the project in messages. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File projectDirectory;

  // Without a pom.xml (goals that need none) Maven has no project folder to fill these in: the
  // blog is then the folder the command runs in, and its output goes to target/ there, as with one.

  Path siteDirectory() {
    return absolute(siteDirectory, Path.of(System.getProperty("user.dir")));
  }

  Path outputDirectory() {
    return absolute(outputDirectory, siteDirectory().resolve("target/site"));
  }

  Path cacheDirectory() {
    return absolute(cacheDirectory, siteDirectory().resolve("target/sitegen-cache"));
  }

  private static Path absolute(File set, Path fallback) {
    return (set == null ? fallback : set.toPath()).toAbsolutePath().normalize();
  }

  boolean strict() {
    return strict;
  }

  boolean incremental() {
    return incremental;
  }

  boolean drafts() {
    return drafts;
  }

  boolean future() {
    return future;
  }

  /** Empty when unset or blank, because {@code -Dsitegen.baseUrl=} means "use site.yaml". */
  Optional<String> baseUrl() {
    return Optional.ofNullable(baseUrl).map(String::strip).filter(url -> !url.isEmpty());
  }

  boolean skip() {
    return skip;
  }

  Path projectDirectory() {
    return projectDirectory == null ? siteDirectory() : absolute(projectDirectory, siteDirectory());
  }
}
