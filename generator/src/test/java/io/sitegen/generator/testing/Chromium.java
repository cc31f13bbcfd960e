package io.sitegen.generator.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven over its DevTools protocol (JSON on a WebSocket): one tab, asked
 * questions with {@code Runtime.evaluate}.
 *
 * <p>{@link #requireInstalled} skips a test, with a notice on stderr, where Chromium is not
 * installed; with {@code SITEGEN_REQUIRE_BROWSER=1} (as on CI) its absence fails instead.
 */
public final class Chromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String MISSING = "Chromium not installed: apt-get install chromium";
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Path profile;
  private final Process process;
  private final Deque<String> log = new ArrayDeque<>();
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private WebSocket devtools;

  /** Skips (or, with {@code SITEGEN_REQUIRE_BROWSER=1}, fails) the test without Chromium. */
  public static void requireInstalled() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("SITEGEN_REQUIRE_BROWSER"))) {
        fail(MISSING + " (SITEGEN_REQUIRE_BROWSER=1)");
      }
      System.err.println("SKIPPED: " + MISSING);
      Assumptions.abort(MISSING);
    }
  }

  /** Starts Chromium on {@code url} with a profile in {@code tmp} and connects to its tab. */
  public static Chromium open(Path tmp, String url) throws Exception {
    Chromium chromium = new Chromium(Files.createDirectories(tmp.resolve("chromium-profile")), url);
    try {
      chromium.connect(chromium.devToolsPort(), url);
      return chromium;
    } catch (Exception | AssertionError e) {
      chromium.close();
      throw e;
    }
  }

  private Chromium(Path profile, String url) throws IOException {
    this.profile = profile;
    this.process =
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
  }

  @Override
  public void close() throws InterruptedException {
    if (devtools != null) {
      devtools.abort();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
    removeSocketFolder();
  }

  /**
   * A killed Chromium leaves the folder of its singleton socket in the system temp folder; the
   * profile links to it.
   */
  private void removeSocketFolder() {
    Path link = profile.resolve("SingletonSocket");
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

  /** The port of Chromium's DevTools endpoint, from its stderr. */
  private int devToolsPort() throws Exception {
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              // Reads stderr to the end, or Chromium blocks once the pipe is full.
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  synchronized (log) {
                    log.addLast(line);
                    if (log.size() > 40) {
                      log.removeFirst();
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
        await(
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

  /** A new, empty parameter object for {@link #call}. */
  public ObjectNode params() {
    return json.createObjectNode();
  }

  /** Sends one DevTools command and waits up to {@code timeout} for its reply's result. */
  public JsonNode call(String method, ObjectNode params, Duration timeout) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    devtools.sendText(json.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
    JsonNode answer = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  public JsonNode call(String method, ObjectNode params) throws Exception {
    return call(method, params, Duration.ofSeconds(10));
  }

  /**
   * The value of a JavaScript expression in the page, as a string; empty while the page is between
   * documents or when the expression throws.
   */
  public String evaluate(String expression) {
    try {
      JsonNode result =
          call(
              "Runtime.evaluate",
              params()
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

  /** Asks every 200 ms until the answer passes, for 20 seconds at most. */
  public <T> T await(String what, Supplier<T> ask, Predicate<T> done) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
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
    synchronized (log) {
      return String.join("\n", List.copyOf(log));
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
