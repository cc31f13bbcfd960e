package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.Problem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojoSupportTest {

  @TempDir Path project;

  private static final BuildException BAD_DATE =
      new BuildException(
          "load",
          Problem.at(
              Path.of("posts/a.md"), 3, "date 'x' is not a date", "Write it as YYYY-MM-DD HH:MM"));

  // --- summary ---

  @Test
  void summaryNamesTheOutputRelativeToTheProject() {
    BuildResult result = result(project.resolve("target/site"), 34, 180, 40, 12, List.of());

    assertThat(MojoSupport.summary(result, project, Duration.ofMillis(1234)))
        .isEqualTo(
            "Site built in target/site: 34 posts, 180 pages, 40 feed files, 12 files copied (1.2 s)");
  }

  @Test
  void summaryUsesTheSingularAndCountsWarnings() {
    BuildResult result = result(project.resolve("out"), 1, 1, 1, 1, List.of("a", "b"));

    assertThat(MojoSupport.summary(result, project, Duration.ofMillis(40)))
        .isEqualTo(
            "Site built in out: 1 post, 1 page, 1 feed file, 1 file copied, 2 warnings (0.0 s)");
  }

  @Test
  void anOutputOutsideTheProjectIsShownAbsolute(@TempDir Path elsewhere) {
    Path out = elsewhere.resolve("site");

    assertThat(MojoSupport.shown(out, project))
        .isEqualTo(out.toAbsolutePath().normalize().toString().replace('\\', '/'));
  }

  // --- error translation ---

  @Test
  void aMistakeInTheInputFailsWithTheGeneratorsMessageAndNoStackTrace() {
    AbstractMojoExecutionException translated = MojoSupport.translate(BAD_DATE);

    assertThat(translated).isInstanceOf(MojoFailureException.class);
    assertThat(translated.getMessage())
        .isEqualTo("load: posts/a.md:3: date 'x' is not a date. Write it as YYYY-MM-DD HH:MM");
    assertThat(translated.getCause()).isNull();
    assertThat(translated.getStackTrace()).isEmpty();
  }

  @Test
  void everyProblemOfAFailedBuildIsInTheMessage() {
    BuildException two =
        new BuildException(
            "load",
            List.of(
                Problem.at(Path.of("posts/a.md"), 2, "has no title", "Add 'title: Your title'"),
                Problem.at(Path.of("posts/b.md"), 3, "has no date", "Add 'date: ...'")));

    assertThat(MojoSupport.translate(two).getMessage())
        .contains("2 problems", "posts/a.md:2: has no title", "posts/b.md:3: has no date");
  }

  @Test
  void anIoFailureInsideABuildExceptionIsAnErrorThatKeepsItsCause() {
    BuildException io =
        new BuildException(
            "write",
            Problem.at(Path.of("target/site/index.html"), 0, "could not write", ""),
            new IOException("disk full"));

    AbstractMojoExecutionException translated = MojoSupport.translate(io);

    assertThat(translated).isInstanceOf(MojoExecutionException.class);
    assertThat(translated.getMessage()).isEqualTo(io.getMessage());
    assertThat(translated.getCause()).isSameAs(io);
  }

  @Test
  void anUncheckedIoExceptionIsAnErrorNamingTheIoProblem() {
    UncheckedIOException io = new UncheckedIOException(new IOException("Permission denied: x"));

    AbstractMojoExecutionException translated = MojoSupport.translate(io);

    assertThat(translated).isInstanceOf(MojoExecutionException.class);
    assertThat(translated.getMessage())
        .isEqualTo("Could not read or write the site's files: Permission denied: x");
    assertThat(translated.getCause()).isSameAs(io);
  }

  @Test
  void anyOtherRuntimeExceptionIsReportedAsABug() {
    IllegalStateException bug = new IllegalStateException("boom");

    AbstractMojoExecutionException translated = MojoSupport.translate(bug);

    assertThat(translated).isInstanceOf(MojoExecutionException.class);
    assertThat(translated.getMessage()).contains("bug in site-gen", "mvn -e", "boom");
    assertThat(translated.getCause()).isSameAs(bug);
  }

  @Test
  void callReturnsTheGeneratorsResult() throws Exception {
    assertThat(MojoSupport.call(new RecordingLog(), () -> "done")).isEqualTo("done");
  }

  @Test
  void callThrowsTheTranslationAndKeepsTheOriginalForDashX() {
    RecordingLog log = new RecordingLog();

    assertThatThrownBy(
            () ->
                MojoSupport.call(
                    log,
                    () -> {
                      throw BAD_DATE;
                    }))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(BAD_DATE.getMessage());
    assertThat(log.thrown).containsExactly(BAD_DATE);
  }

  // --- parameters ---

  @Test
  void parametersBecomeBuildOptions() throws Exception {
    BuildMojo mojo = mojo(project);
    mojo.drafts = true;
    mojo.future = true;
    mojo.baseUrl = " https://blog.example.org/ ";

    BuildOptions options = MojoSupport.buildOptions(mojo);

    assertThat(options.sourceDir()).isEqualTo(project.toAbsolutePath().normalize());
    assertThat(options.outputDir())
        .isEqualTo(project.resolve("target/site").toAbsolutePath().normalize());
    assertThat(options.includeDrafts()).isTrue();
    assertThat(options.includeFuture()).isTrue();
    assertThat(options.baseUrl()).contains("https://blog.example.org/");
  }

  @Test
  void aBlankBaseUrlLeavesSiteYamlInCharge() throws Exception {
    BuildMojo mojo = mojo(project);
    mojo.baseUrl = "";

    BuildOptions options = MojoSupport.buildOptions(mojo);

    assertThat(options.baseUrl()).isEqualTo(Optional.empty());
    assertThat(options.includeDrafts()).isFalse();
    assertThat(options.includeFuture()).isFalse();
  }

  @Test
  void aMissingSiteDirectoryNamesTheParameterToSet() {
    Path missing = project.resolve("nope");
    BuildMojo mojo = mojo(project);
    mojo.siteDirectory = missing.toFile();

    assertThatThrownBy(() -> MojoSupport.buildOptions(mojo))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "siteDirectory "
                + missing
                + " does not exist: set <siteDirectory> or -Dsitegen.siteDirectory")
        .asInstanceOf(type(MojoFailureException.class))
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void aSiteDirectoryThatIsAFileNamesTheParameterToSet() throws IOException {
    Path file = Files.writeString(project.resolve("site.yaml"), "title: x\n");
    BuildMojo mojo = mojo(project);
    mojo.siteDirectory = file.toFile();

    assertThatThrownBy(() -> MojoSupport.buildOptions(mojo))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is a file, not a folder: set <siteDirectory>");
  }

  @Test
  void anOutputDirectoryHoldingTheBlogIsRefusedBeforeItCanBeReplaced() {
    BuildMojo mojo = mojo(project);
    mojo.outputDirectory = project.toFile();

    assertThatThrownBy(() -> MojoSupport.buildOptions(mojo))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("set <outputDirectory> or -Dsitegen.outputDirectory");
  }

  @Test
  void skippingIsLoggedOnce() {
    RecordingLog log = new RecordingLog();

    assertThat(MojoSupport.skipped(true, "build", log)).isTrue();
    assertThat(MojoSupport.skipped(false, "build", log)).isFalse();
    assertThat(log.lines).containsExactly("[info] Skipping site-gen:build (sitegen.skip is true)");
  }

  /** A mojo as Maven would configure it with the defaults, for a project in {@code dir}. */
  static BuildMojo mojo(Path dir) {
    BuildMojo mojo = new BuildMojo();
    File base = dir.toFile();
    mojo.projectDirectory = base;
    mojo.siteDirectory = base;
    mojo.outputDirectory = new File(base, "target/site");
    mojo.cacheDirectory = new File(base, "target/sitegen-cache");
    return mojo;
  }

  private static BuildResult result(
      Path out, int posts, int pages, int feeds, int copied, List<String> warnings) {
    return new BuildResult(out, posts, pages, feeds, copied, 0, 0, 0, 0, 0, List.of(), warnings);
  }
}
