package io.sitegen.generator.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External links against a local server: a live page, a dead one, a slow one, one without HEAD. */
class ExternalLinksTest {

  private HttpServer server;
  private ExecutorService handlers;
  private String origin;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    requests.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
    mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    try {
      int status =
          switch (path) {
            case "/missing" -> 404;
            case "/no-head" -> method.equals("HEAD") ? 405 : 200;
            case "/slow" -> {
              sleep(5_000);
              yield 200;
            }
            case "/busy" -> {
              sleep(200);
              yield 200;
            }
            default -> 200;
          };
      exchange.sendResponseHeaders(status, -1);
    } finally {
      open.decrementAndGet();
      exchange.close();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void deadSlowAndRefusingLinksAreToldApart() {
    ExternalLinks links = new ExternalLinks(4, Duration.ofSeconds(1));

    var failures =
        links.failures(
            List.of(origin + "/ok", origin + "/missing", origin + "/slow", origin + "/no-head"));

    assertThat(failures)
        .containsExactly(
            Map.entry(origin + "/missing", "HTTP 404"),
            Map.entry(origin + "/slow", "no answer within 1 s"));
    assertThat(requests.get("GET /no-head")).hasValue(1);
    assertThat(requests.get("HEAD /ok")).hasValue(1);
    assertThat(requests).doesNotContainKey("GET /ok");
  }

  @Test
  void noMoreRequestsAreOpenAtOnceThanAllowed() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      urls.add(origin + "/busy?n=" + i);
    }

    assertThat(new ExternalLinks(3, Duration.ofSeconds(5)).failures(urls)).isEmpty();

    assertThat(mostOpen.get()).isBetween(1, 3);
    assertThat(requests.get("HEAD /busy")).hasValue(12);
  }

  @Test
  void aHostThatRefusesConnectionsIsAFailure() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(
            new ExternalLinks(1, Duration.ofSeconds(2))
                .failures(List.of("http://127.0.0.1:" + port + "/")))
        .containsValue("connection refused");
  }

  @Test
  void eachUrlOfTheSiteIsRequestedOnceAndDeadOnesAreWarnings(@TempDir Path dir) {
    Path blog = dir.resolve("blog");
    TestSites.write(
        blog,
        """
        --- site.yaml ---
        title: Links
        baseUrl: https://blog.example.org/
        --- posts/a/one.md ---
        ---
        title: One
        date: 2014-03-01 09:00
        ---
        [live](ORIGIN/ok#intro) and [dead](ORIGIN/missing) and [again](ORIGIN/ok#other).
        --- posts/a/two.md ---
        ---
        title: Two
        date: 2014-03-02 09:00
        ---
        [live](ORIGIN/ok) and [dead](ORIGIN/missing).
        """
            .replace("ORIGIN", origin));
    Path out = dir.resolve("out");
    TestSites.build(blog, out);
    List<BuildEvent> events = new ArrayList<>();
    CheckOptions options =
        CheckOptions.of(blog, out).withExternal(true).withExternalTimeout(Duration.ofSeconds(2));

    CheckResult result = new LinkChecker().check(options, events::add);

    assertThat(requests.get("HEAD /ok")).hasValue(1);
    assertThat(requests.get("HEAD /missing")).hasValue(1);
    assertThat(result.warnings())
        .containsExactly(origin + "/missing: HTTP 404 (linked from a/one.html and 11 other pages)");
    assertThat(events)
        .filteredOn(e -> e.level() == BuildEvent.Level.WARNING)
        .extracting(BuildEvent::message)
        .containsExactly("dead external link " + result.warnings().get(0));
    assertThat(events.get(events.size() - 1).message())
        .endsWith(", 0 broken; 2 external URLs, 1 dead");

    assertThatThrownBy(() -> new LinkChecker().check(options.withStrict(true), e -> {}))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining(
            "a/one.html: dead external link \"" + origin + "/missing\" (HTTP 404)");
  }
}
