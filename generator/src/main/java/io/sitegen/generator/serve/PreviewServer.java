package io.sitegen.generator.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sitegen.generator.internal.ContentTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Serves the site folder over HTTP with the live-reload script in every page, or the error page
 * while the last build failed. Nothing is cached, by the server or (told so) by the browser: a page
 * is read from disk on every request, so it is never older than the last build.
 */
final class PreviewServer implements AutoCloseable {

  /**
   * Threads answering requests at most; more requests wait their turn. Slow clients cannot hold
   * them for long: see {@link #REQUEST_SECONDS}.
   */
  static final int THREADS = 16;

  /** A request not read whole in this time is dropped (a client that stalls half way). */
  static final int REQUEST_SECONDS = 5;

  /** Files go out in pieces of this size, so no request holds a whole large file in memory. */
  private static final int CHUNK = 64 * 1024;

  static {
    // The JDK's server reads these once, when its classes load: they must be set before the
    // first server of this JVM is made. A value given on the command line wins.
    // Without TCP_NODELAY every kept-alive request waits ~40 ms for the client's delayed ACK.
    defaultProperty("sun.net.httpserver.nodelay", "true");
    // Timed from the first byte of a request, even while it waits for a thread.
    defaultProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
  }

  private final HttpServer server;
  private final ThreadPoolExecutor executor = boundedPool();
  private final SiteFiles files;
  private final LiveReload reload = new LiveReload();
  private final boolean loopbackOnly;
  private volatile String errorPage;

  private PreviewServer(HttpServer server, Path siteDir) {
    this.server = server;
    this.files = new SiteFiles(siteDir);
    this.loopbackOnly = server.getAddress().getAddress().isLoopbackAddress();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Binds the address now (so the port is known) and serves once {@link #start} is called. */
  static PreviewServer bind(String host, int port, Path siteDir) throws IOException {
    return new PreviewServer(HttpServer.create(new InetSocketAddress(host, port), 0), siteDir);
  }

  void start() {
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  /** The last build succeeded: serve the site, and reload the open pages. */
  void showSite() {
    errorPage = null;
    reload.reload();
  }

  /** The last build failed: serve this page instead of the site's pages, and reload. */
  void showError(String page) {
    errorPage = page;
    reload.reload();
  }

  @Override
  public void close() {
    reload.closeAll();
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * The live-reload stream must outlive the handler, so its exchange is left open; every other
   * exchange is closed here.
   */
  private void handle(HttpExchange exchange) {
    boolean keepOpen = false;
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (loopbackOnly && !isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 403, "text/plain; charset=utf-8", bytes("Only for this machine\n"));
        return;
      }
      if (LiveReload.PATH.equals(path) && method.equals("GET")) {
        reload.subscribe(exchange);
        keepOpen = true;
        return;
      }
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD\n"));
        return;
      }
      SiteFiles.Lookup lookup = files.find(path);
      String error = errorPage;
      if (error != null && !(lookup instanceof SiteFiles.Found found && !isHtml(found.file()))) {
        sendPage(exchange, 500, error);
        return;
      }
      if (lookup instanceof SiteFiles.Found found) {
        sendFile(exchange, 200, found.file());
      } else if (lookup instanceof SiteFiles.AddSlash slash) {
        exchange.getResponseHeaders().set("Location", slash.location());
        send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved\n"));
      } else {
        sendNotFound(exchange);
      }
    } catch (IOException e) {
      // The browser went away mid-response; nothing to tell anyone.
    } finally {
      if (!keepOpen) {
        exchange.close();
      }
    }
  }

  private void sendNotFound(HttpExchange exchange) throws IOException {
    Optional<Path> page = files.notFoundPage();
    if (page.isPresent()) {
      sendFile(exchange, 404, page.get());
    } else {
      sendPage(exchange, 404, "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>");
    }
  }

  private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
    String type = ContentTypes.of(file.getFileName().toString());
    if (ContentTypes.isHtml(type)) {
      send(exchange, status, type, bytes(LiveReload.inject(Files.readString(file))));
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      send(exchange, status, type, in, Files.size(file));
    }
  }

  private void sendPage(HttpExchange exchange, int status, String html) throws IOException {
    send(exchange, status, "text/html; charset=utf-8", bytes(LiveReload.inject(html)));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    send(exchange, status, type, new ByteArrayInputStream(body), body.length);
  }

  /**
   * Sends {@code size} bytes with a fixed Content-Length, in {@link #CHUNK}s: one write of a whole
   * large file made the JDK copy it into a direct buffer of its size, kept by a thread blocked on a
   * client that stopped reading (twice the file's size per aborted download).
   */
  private static void send(
      HttpExchange exchange, int status, String type, InputStream body, long size)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || size == 0 ? -1 : size);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        byte[] chunk = new byte[(int) Math.min(CHUNK, Math.max(size, 1))];
        for (long left = size; left > 0; ) {
          int n = body.read(chunk, 0, (int) Math.min(chunk.length, left));
          if (n < 0) {
            throw new IOException("the file shrank while it was sent (a build replaced it)");
          }
          out.write(chunk, 0, n);
          left -= n;
        }
      }
    }
  }

  /** {@link #THREADS} threads at most, none kept once idle. */
  private static ThreadPoolExecutor boundedPool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "site-gen preview");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static void defaultProperty(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * A page of another site can make the browser ask this one under a name that resolves to
   * 127.0.0.1 (DNS rebinding) and read drafts; the name it asks for gives it away.
   */
  private static boolean isLocalHost(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    host = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":")[0];
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
  }

  private static boolean isHtml(Path file) {
    return ContentTypes.isHtml(ContentTypes.of(file.getFileName().toString()));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
