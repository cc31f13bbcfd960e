package io.sitegen.generator.testing;

import static org.assertj.core.api.Assertions.fail;

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
 * Headless Chromium driven over DevTools for browser tests: it opens one page, and the test asks it
 * questions ({@code Runtime.evaluate}) until the answer it waits for comes.
 *
 * <p>{@link #requireOrSkip} skips a test, with a notice on stderr, where Chromium is not installed;
 * with {@code SITEGEN_REQUIRE_BROWSER=1} (as on CI) its absence fails instead.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String MISSING = "Chromium not installed: apt-get install chromium";
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration RELOAD = Duration.ofSeconds(20);
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Path tmp;
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

  private HeadlessChromium(Path tmp) {
    this.tmp = tmp;
  }

  /** Aborts the calling test where Chromium is missing, or fails it on CI. */
  public static void requireOrSkip() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("SITEGEN_REQUIRE_BROWSER"))) {
        fail(MISSING + " (SITEGEN_REQUIRE_BROWSER=1)");
      }
      System.err.println("SKIPPED: " + MISSING);
      Assumptions.abort(MISSING);
    }
  }

  /** Chromium showing {@code url}, its profile in {@code tmp}, connected to that tab. */
  public static HeadlessChromium open(Path tmp, String url) throws Exception {
    HeadlessChromium browser = new HeadlessChromium(tmp);
    try {
      browser.connect(browser.launchChromium(url), url);
      return browser;
    } catch (Exception | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (devtools != null) {
      devtools.abort();
    }
    if (chromium != null) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      try {
        chromium.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      removeSocketFolder();
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
  public JsonNode call(String method, ObjectNode params) throws Exception {
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
  public String evaluate(String expression) {
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

  /** Asks every 200 ms until the answer passes, for {@link #RELOAD} at most. */
  public <T> T awaitValue(String what, Supplier<T> ask, Predicate<T> done)
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
