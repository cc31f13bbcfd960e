package io.sitegen.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitegen.generator.testing.TestSites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live reload in a real browser: headless Chromium shows a post of the preview, the test edits the
 * post's Markdown and sends the browser nothing but questions (DevTools {@code Runtime.evaluate}),
 * and the page must reload itself and show the new text.
 *
 * <p>Skipped, with a notice on stderr, where Chromium is not installed; with {@code
 * SITEGEN_REQUIRE_BROWSER=1} (as on CI) its absence fails instead.
 */
class LiveReloadBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String MISSING = "Chromium not installed: apt-get install chromium";
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration RELOAD = Duration.ofSeconds(20);
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private static final String POST = "posts/diary/quiet-day.md";
  private static final String OLD_TEXT = "Nothing happened, and that was fine.";
  private static final String NEW_TEXT = "A heron landed on the fence at noon.";

  @TempDir Path tmp;
  private Preview preview;
  private Process chromium;
  private WebSocket devtools;
  private final Deque<String> chromiumLog = new ArrayDeque<>();
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

  @BeforeEach
  void requireChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("SITEGEN_REQUIRE_BROWSER"))) {
        fail(MISSING + " (SITEGEN_REQUIRE_BROWSER=1)");
      }
      System.err.println("SKIPPED: " + MISSING);
      Assumptions.abort(MISSING);
    }
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (devtools != null) {
      devtools.abort();
    }
    if (chromium != null) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      chromium.waitFor(10, TimeUnit.SECONDS);
      removeSocketFolder();
    }
    if (preview != null) {
      preview.close();
    }
  }

  /**
   * A killed Chromium leaves the folder of its singleton socket in the system temp folder; the
   * profile links to it.
   */
  private void removeSocketFolder() {
    Path link = tmp.resolve("chromium-profile/SingletonSocket");
    try {
      if (Files.isSymbolicLink(link)) {
        Path folder = Files.readSymbolicLink(link).getParent();
        if (folder != null && folder.getFileName().toString().startsWith("org.chromium.")) {
          try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
              Files.deleteIfExists(file);
            }
          }
          Files.deleteIfExists(folder);
        }
      }
    } catch (IOException e) {
      // Only litter in the temp folder.
    }
  }

  @Test
  void anOpenPageReloadsItselfAfterTheMarkdownIsSaved() throws Exception {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    preview =
        Preview.start(
            ServeOptions.of(TestSites.options(blog, tmp.resolve("out")))
                .withPort(0)
                .withQuietPeriod(Duration.ofMillis(100)),
            e -> {});
    String postUrl = preview.address() + "diary/quiet-day.html";

    connect(launchChromium(postUrl), postUrl);

    // The page as first loaded, with its live-reload stream open: an edit saved before the stream
    // is open would reload nothing, however correct the server.
    awaitValue(
        "the page to load",
        () -> evaluate("document.readyState === 'complete' && document.body.innerText"),
        text -> text.contains(OLD_TEXT));
    awaitValue("the event stream to open", this::openEventSources, count -> count.equals("1"));
    evaluate("window.__sitegenBeforeEdit = 'still here'");
    String timeOrigin = evaluate("String(performance.timeOrigin)");

    String markdown = Files.readString(blog.resolve(POST));
    Files.writeString(blog.resolve(POST), markdown.replace(OLD_TEXT, NEW_TEXT));

    String text =
        awaitValue(
            "the page to show the new text",
            () -> evaluate("document.readyState === 'complete' && document.body.innerText"),
            t -> t.contains(NEW_TEXT));
    assertThat(text).doesNotContain(OLD_TEXT);
    // It is a new document, made by the page's own location.reload().
    assertThat(evaluate("typeof window.__sitegenBeforeEdit")).isEqualTo("undefined");
    assertThat(evaluate("performance.getEntriesByType('navigation')[0].type")).isEqualTo("reload");
    assertThat(evaluate("String(performance.timeOrigin)")).isNotEqualTo(timeOrigin);
    assertThat(evaluate("location.href")).isEqualTo(postUrl);
  }

  /** Starts Chromium on {@code url}; returns the port of its DevTools endpoint. */
  private int launchChromium(String url) throws Exception {
    Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
    chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                url)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              // Reads stderr to the end, or Chromium blocks once the pipe is full.
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  synchronized (chromiumLog) {
                    chromiumLog.addLast(line);
                    if (chromiumLog.size() > 40) {
                      chromiumLog.removeFirst();
                    }
                  }
                  Matcher m = DEVTOOLS.matcher(line);
                  if (m.find()) {
                    endpoint.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                // Chromium was killed.
              }
              endpoint.completeExceptionally(new IllegalStateException("Chromium exited"));
            },
            "chromium stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return URI.create(endpoint.get(STARTUP.toSeconds(), TimeUnit.SECONDS)).getPort();
    } catch (TimeoutException | ExecutionException e) {
      throw new AssertionError("no DevTools endpoint from Chromium; its stderr: " + log(), e);
    }
  }

  /** Connects to the DevTools socket of the tab showing {@code url}. */
  private void connect(int port, String url) throws Exception {
    String socketUrl =
        awaitValue(
            "a tab showing " + url,
            () -> {
              try {
                String list =
                    http.send(
                            HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/json/list"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                            BodyHandlers.ofString())
                        .body();
                for (JsonNode target : json.readTree(list)) {
                  if (target.path("type").asText().equals("page")
                      && target.path("url").asText().equals(url)) {
                    return target.path("webSocketDebuggerUrl").asText();
                  }
                }
                return "";
              } catch (IOException e) {
                return "";
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
              }
            },
            s -> !s.isEmpty());
    devtools =
        http.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create(socketUrl), new Replies())
            .get(10, TimeUnit.SECONDS);
  }

  /** Sends one DevTools command and waits for its reply's {@code result}. */
  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    devtools.sendText(json.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
    JsonNode answer = reply.get(10, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  /**
   * The value of a JavaScript expression in the page, as a string; empty while the page is between
   * documents or when the expression throws.
   */
  private String evaluate(String expression) {
    try {
      JsonNode result =
          call(
              "Runtime.evaluate",
              json.createObjectNode()
                  .put("expression", expression)
                  .put("returnByValue", true)
                  .put("awaitPromise", false));
      if (result.has("exceptionDetails")) {
        return "";
      }
      JsonNode value = result.path("result").path("value");
      return value.isMissingNode() || value.isNull()
          ? result.path("result").path("type").asText()
          : value.asText();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    } catch (Exception e) {
      return "";
    }
  }

  /**
   * How many {@code EventSource}s of the page are open: the live-reload script's is not reachable
   * from the page's globals, so the heap is asked for every object of that prototype.
   */
  private String openEventSources() {
    try {
      JsonNode prototype =
          call(
              "Runtime.evaluate",
              json.createObjectNode().put("expression", "EventSource.prototype"));
      JsonNode objects =
          call(
              "Runtime.queryObjects",
              json.createObjectNode()
                  .put("prototypeObjectId", prototype.path("result").path("objectId").asText()));
      JsonNode open =
          call(
              "Runtime.callFunctionOn",
              json.createObjectNode()
                  .put("objectId", objects.path("objects").path("objectId").asText())
                  .put(
                      "functionDeclaration",
                      "function() { return String(this.filter(function(s) {"
                          + " return s.readyState === EventSource.OPEN"
                          + " && s.url.endsWith('/__sitegen/events'); }).length); }")
                  .put("returnByValue", true));
      return open.path("result").path("value").asText();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    } catch (Exception e) {
      return "";
    }
  }

  /** Asks every 200 ms until the answer passes, for {@link #RELOAD} at most. */
  private <T> T awaitValue(String what, Supplier<T> ask, Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + RELOAD.toNanos();
    T last = ask.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out waiting for "
                + what
                + "; last answer: "
                + last
                + "\nChromium's stderr: "
                + log());
      }
      Thread.sleep(200);
      last = ask.get();
    }
    return last;
  }

  private String log() {
    synchronized (chromiumLog) {
      return String.join("\n", List.copyOf(chromiumLog));
    }
  }

  /** Collects each DevTools message (possibly in parts) and completes the reply it answers. */
  private final class Replies implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        try {
          JsonNode node = json.readTree(message.toString());
          if (node.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          }
        } catch (IOException e) {
          // Not JSON: not a reply.
        }
        message.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
