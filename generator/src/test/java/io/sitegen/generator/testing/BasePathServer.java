package io.sitegen.generator.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a built site's folder below a base path ({@code /blog/}) on loopback, as a web host would
 * serve a blog whose {@code baseUrl} has that path: anything outside it is a 404.
 */
public final class BasePathServer implements AutoCloseable {

  private final HttpServer server;
  private final String basePath;

  static {
    // As the preview server does, and as web servers do: without TCP_NODELAY the JDK's server
    // holds each small kept-alive response ~40 ms for the client's delayed ACK, which a timing of
    // the search client (SearchBenchmarkIT) would take for the client's own time. Read once, when
    // the server's classes load.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private BasePathServer(HttpServer server, String basePath) {
    this.server = server;
    this.basePath = basePath;
  }

  /** Serves {@code root} at {@code basePath} (starting and ending with {@code /}). */
  public static BasePathServer start(Path root, String basePath) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        basePath,
        exchange -> {
          String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
          Path file = root.resolve(path.substring(basePath.length())).normalize();
          if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] bytes = Files.readAllBytes(file);
          exchange.getResponseHeaders().set("Content-Type", type(file.toString()));
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
          }
        });
    server.start();
    return new BasePathServer(server, basePath);
  }

  /** {@code http://127.0.0.1:port/blog/}. */
  public String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  private static String type(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (name.endsWith(".json")) {
      return "application/json";
    }
    return "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
