package io.sitegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher {@code target/site-gen} (from {@code src/main/sh/site-gen}), run as a user runs it
 * on the {@code sites/feeds} fixture, with the JVM these tests run on (Java 17 here) and with
 * Temurin 25 where it is installed: its output is what {@code java -jar site-gen.jar} writes, the
 * first build leaves a class-data archive that later builds map, and a broken archive or a cache
 * folder that cannot be made only loses the speed-up.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("target/site-gen").toAbsolutePath();
  private static final Path JAR = Path.of("target/site-gen.jar").toAbsolutePath();
  private static final Path BLOG = TestSites.fixture("sites/feeds");

  @TempDir Path tmp;

  static Stream<Path> javaHomes() {
    List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
    Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    if (Files.isExecutable(temurin25.resolve("bin/java"))) {
      homes.add(temurin25);
    }
    return homes.stream();
  }

  @ParameterizedTest
  @MethodSource("javaHomes")
  void theFirstBuildLeavesAnArchiveThatLaterBuildsMapAndTheOutputIsJavaDashJars(Path javaHome)
      throws Exception {
    Path cache = tmp.resolve("cache");
    Path plain = tmp.resolve("plain");
    Run reference =
        run(
            Map.of(),
            javaHome.resolve("bin/java").toString(),
            "-jar",
            JAR.toString(),
            "build",
            "--source",
            BLOG.toString(),
            "--output",
            plain.toString());
    assertThat(reference.exit()).as(reference.err()).isZero();

    Run first = launch(javaHome, cache, Map.of(), tmp.resolve("first"));
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).as("no JVM messages in the build's output").doesNotContain("[warning]");
    assertThat(archives(cache)).as("one archive, nothing half-written").hasSize(1);
    assertThat(archives(cache).get(0).getFileName().toString()).endsWith(".jsa");
    assertSameFiles(plain, tmp.resolve("first"));

    Path classLog = tmp.resolve("classes.log");
    Run second =
        launch(
            javaHome,
            cache,
            Map.of("SITE_GEN_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog),
            tmp.resolve("second"));
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(Files.readString(classLog))
        .contains("io.sitegen.generator.site.BuildPipeline source: shared objects file (top)");
    assertSameFiles(plain, tmp.resolve("second"));
  }

  @Test
  void aBrokenArchiveIsIgnoredAndTheBuildSucceedsAlike() throws Exception {
    Path cache = tmp.resolve("cache");
    Path javaHome = Path.of(System.getProperty("java.home"));
    assertThat(launch(javaHome, cache, Map.of(), tmp.resolve("first")).exit()).isZero();
    Path archive = archives(cache).get(0);
    Files.delete(archive);
    Files.writeString(archive, "not an archive: a torn write, a disk error");

    Run broken = launch(javaHome, cache, Map.of(), tmp.resolve("broken"));

    assertThat(broken.exit()).as(broken.err()).isZero();
    assertThat(broken.out()).doesNotContain("[warning]").contains("built ");
    assertThat(broken.err()).isEmpty();
    assertSameFiles(tmp.resolve("first"), tmp.resolve("broken"));
  }

  @Test
  void aCacheFolderThatCannotBeMadeOnlyMeansNoArchive() throws Exception {
    Path notAFolder = Files.writeString(tmp.resolve("cache"), "a file where the folder would go");
    Path javaHome = Path.of(System.getProperty("java.home"));

    Run run = launch(javaHome, notAFolder, Map.of(), tmp.resolve("out"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(tmp.resolve("out/index.html")).isRegularFile();
  }

  @Test
  void buildsGetTheQuickCompilerAndTheSerialCollectorButThePreviewKeepsTheDefaults()
      throws Exception {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Map<String, String> flags = Map.of("SITE_GEN_JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Path cache = tmp.resolve("cache");

    Run build = run(env(javaHome, cache, flags), LAUNCHER.toString(), "build", "--help");
    Run serve = run(env(javaHome, cache, flags), LAUNCHER.toString(), "serve", "--help");

    assertThat(build.exit()).isZero();
    assertThat(flag(build.out(), "TieredStopAtLevel")).isEqualTo("1");
    assertThat(flag(build.out(), "UseSerialGC")).isEqualTo("true");
    assertThat(flag(build.out(), "MinHeapFreeRatio")).isEqualTo("20");
    assertThat(flag(build.out(), "MaxHeapFreeRatio")).isEqualTo("40");
    assertThat(build.out().lines().filter(l -> l.matches("\\s*\\S+ +MaxHeapSize +=.*")))
        .as("no heap limit: a big blog must not run out of memory because of the launcher")
        .hasSize(1)
        .noneMatch(l -> l.contains("command line"));
    assertThat(serve.exit()).isZero();
    assertThat(flag(serve.out(), "TieredStopAtLevel")).isEqualTo("4");
    assertThat(flag(serve.out(), "UseSerialGC")).isEqualTo("false");
    assertThat(flag(serve.out(), "MaxHeapFreeRatio")).isEqualTo("70");
    assertThat(archives(cache)).as("only a build writes the archive").isEmpty();
  }

  private Run launch(Path javaHome, Path cache, Map<String, String> extra, Path output)
      throws Exception {
    return run(
        env(javaHome, cache, extra),
        LAUNCHER.toString(),
        "build",
        "--source",
        BLOG.toString(),
        "--output",
        output.toString());
  }

  private static Map<String, String> env(Path javaHome, Path cache, Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("JAVA_HOME", javaHome.toString());
    env.put("XDG_CACHE_HOME", cache.toString());
    return env;
  }

  /** A flag's value as {@code -XX:+PrintFlagsFinal} lists it. */
  private static String flag(String flags, String name) {
    return flags
        .lines()
        .map(String::trim)
        .filter(l -> l.matches("\\S+ +" + name + " +=.*"))
        .map(l -> l.split("=")[1].trim().split(" ")[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not listed"));
  }

  private static List<Path> archives(Path cache) throws IOException {
    Path folder = cache.resolve("site-gen");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(expected)) {
      files = walk.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    try (Stream<Path> walk = Files.walk(actual)) {
      assertThat(walk.filter(Files::isRegularFile).map(actual::relativize).sorted().toList())
          .isEqualTo(files);
    }
    for (Path file : files) {
      assertThat(Files.mismatch(expected.resolve(file), actual.resolve(file)))
          .as(file.toString())
          .isEqualTo(-1L);
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run run(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("SITE_GEN_JAVA_OPTS");
    builder.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("no exit within 5 minutes: " + String.join(" ", command));
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
