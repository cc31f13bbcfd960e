package io.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve goal wired to the real preview: it builds, serves, and stops when interrupted. */
class ServeMojoTest {

  private static final Pattern SERVING = Pattern.compile("\\[info\\] Serving (http://\\S+/) ");

  @TempDir Path project;

  @Test
  void servesTheBuiltBlogUntilInterrupted() throws Exception {
    write("site.yaml", "title: \"Tiny\"\n");
    write("posts/tips/hello.md", "---\ntitle: \"Hello\"\ndate: 2014-01-01 10:00\n---\nBody\n");
    ServeMojo mojo = new ServeMojo();
    File base = project.toFile();
    mojo.projectDirectory = base;
    mojo.siteDirectory = base;
    mojo.outputDirectory = new File(base, "target/site");
    mojo.cacheDirectory = new File(base, "target/sitegen-cache");
    mojo.host = "127.0.0.1";
    mojo.port = 0;
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);
    Thread goal =
        new Thread(
            () -> {
              try {
                mojo.execute();
              } catch (Exception e) {
                log.lines.add("[thrown] " + e);
              }
            });
    goal.start();
    try {
      URI address = awaitAddress(log);
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(address.resolve("tips/hello.html"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Hello").contains("EventSource");
      assertThat(project.resolve("target/site/tips/hello.html")).isRegularFile();
    } finally {
      goal.interrupt();
      goal.join(10_000);
    }
    assertThat(goal.isAlive()).as("the goal ends when interrupted (Ctrl+C)").isFalse();
    assertThat(log.lines).noneMatch(line -> line.startsWith("[thrown]"));
  }

  private static URI awaitAddress(RecordingLog log) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<URI> found =
          log.lines.stream()
              .map(SERVING::matcher)
              .filter(Matcher::find)
              .map(m -> URI.create(m.group(1)))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      assertThat(log.lines).noneMatch(line -> line.startsWith("[thrown]"));
      Thread.sleep(50);
    }
    throw new AssertionError("the preview never said where it serves: " + log.lines);
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
