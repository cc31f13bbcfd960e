package io.sitegen.generator.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Git's smart HTTP protocol on 127.0.0.1: the JDK's HTTP server runs {@code git http-backend} as a
 * CGI for each request, behind Basic authentication, serving the bare repositories below a folder.
 */
final class GitHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final String authorization;

  private GitHttpServer(HttpServer server, String authorization) {
    this.server = server;
    this.authorization = authorization;
  }

  static GitHttpServer start(Path root, String user, String password) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    GitHttpServer git = new GitHttpServer(server, expected);
    server.createContext("/", exchange -> git.handle(exchange, root, user));
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return git;
  }

  /** {@code http://127.0.0.1:port/NAME}, the URL of the repository {@code root/NAME}. */
  String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange, Path root, String user) throws IOException {
    try (exchange) {
      if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      ProcessBuilder cgi = new ProcessBuilder("git", "http-backend");
      Map<String, String> env = cgi.environment();
      env.put("GIT_PROJECT_ROOT", root.toString());
      env.put("GIT_HTTP_EXPORT_ALL", "1");
      env.put("REMOTE_USER", user);
      env.put("REMOTE_ADDR", "127.0.0.1");
      env.put("REQUEST_METHOD", exchange.getRequestMethod());
      env.put("PATH_INFO", exchange.getRequestURI().getPath());
      env.put(
          "QUERY_STRING",
          exchange.getRequestURI().getRawQuery() == null
              ? ""
              : exchange.getRequestURI().getRawQuery());
      env.put("CONTENT_LENGTH", Integer.toString(body.length));
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      env.put("CONTENT_TYPE", type == null ? "" : type);
      String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
      if (encoding != null) {
        env.put("HTTP_CONTENT_ENCODING", encoding);
      }
      String protocol = exchange.getRequestHeaders().getFirst("Git-Protocol");
      if (protocol != null) {
        env.put("GIT_PROTOCOL", protocol);
      }
      Process process = cgi.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(body);
      }
      respond(exchange, process.getInputStream());
    }
  }

  /** Copies a CGI response: header lines (with {@code Status:}), a blank line, the body. */
  private static void respond(HttpExchange exchange, InputStream out) throws IOException {
    byte[] all = out.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    int skip = 4;
    if (end < 0) {
      end = indexOf(all, "\n\n".getBytes(StandardCharsets.US_ASCII));
      skip = 2;
    }
    int status = 200;
    for (String line :
        new String(all, 0, Math.max(end, 0), StandardCharsets.US_ASCII).split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (name.equalsIgnoreCase("Status")) {
        status = Integer.parseInt(value.split(" ")[0]);
      } else {
        exchange.getResponseHeaders().add(name, value);
      }
    }
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    rest.write(all, end + skip, all.length - end - skip);
    exchange.sendResponseHeaders(status, rest.size() == 0 ? -1 : rest.size());
    if (rest.size() > 0) {
      exchange.getResponseBody().write(rest.toByteArray());
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
