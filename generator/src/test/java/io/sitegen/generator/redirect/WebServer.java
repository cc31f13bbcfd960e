package io.sitegen.generator.redirect;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx or Apache from Debian, started on a free loopback port with a configuration the test
 * writes, serving a built site under {@code /blog/}. Missing binaries skip the test, unless {@code
 * SITEGEN_REQUIRE_WEB_SERVERS=1} (as on CI) makes their absence fail it.
 */
final class WebServer implements AutoCloseable {

  /** As root both servers hand requests to an unprivileged user, who must be able to read. */
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final Process process;
  final int port;

  private WebServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static WebServer nginx(Path site, Path work) throws IOException {
    readableByAll(work);
    readableByAll(site);
    Path binary = require("/usr/sbin/nginx", "nginx-light");
    int port = freePort();
    Files.createDirectories(work.resolve("logs"));
    String user = ROOT ? "user nobody nogroup;\n" : "";
    String conf =
        user
            + "worker_processes 1;\ndaemon off;\npid "
            + work.resolve("nginx.pid")
            + ";\nerror_log "
            + work.resolve("logs/error.log")
            + ";\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n"
            + "  client_body_temp_path "
            + work
            + ";\n  include "
            + site.resolve(ServerRedirects.NGINX)
            + ";\n  server {\n    listen 127.0.0.1:"
            + port
            + ";\n    if ($sitegen_redirect) { return 301 $sitegen_redirect; }\n"
            + "    location /blog/ { alias "
            + site
            + "/; }\n  }\n}\n";
    Files.writeString(work.resolve("nginx.conf"), conf);
    return start(
        new ProcessBuilder(binary.toString(), "-p", work.toString(), "-c", "nginx.conf"),
        port,
        work);
  }

  static WebServer apache(Path site, Path work) throws IOException {
    readableByAll(work);
    readableByAll(site);
    Path binary = require("/usr/sbin/apache2", "apache2");
    int port = freePort();
    String modules = "/usr/lib/apache2/modules/";
    StringBuilder conf = new StringBuilder();
    for (String module : new String[] {"mpm_prefork", "authz_core", "alias", "dir", "mime"}) {
      conf.append("LoadModule ")
          .append(module)
          .append("_module ")
          .append(modules)
          .append("mod_")
          .append(module)
          .append(".so\n");
    }
    if (ROOT) {
      conf.append("User nobody\nGroup nogroup\n");
    }
    conf.append("ServerName localhost\nListen 127.0.0.1:")
        .append(port)
        .append("\nPidFile ")
        .append(work.resolve("httpd.pid"))
        .append("\nErrorLog ")
        .append(work.resolve("error.log"))
        .append("\nDefaultRuntimeDir ")
        .append(work)
        .append("\nTypesConfig /dev/null\nDirectoryIndex index.html\nAlias /blog ")
        .append(site)
        .append("\n<Directory ")
        .append(site)
        .append(">\n  AllowOverride All\n  Require all granted\n</Directory>\n");
    Files.writeString(work.resolve("httpd.conf"), conf);
    // -X: one process in the foreground, so destroying it stops the server.
    ProcessBuilder builder =
        new ProcessBuilder(binary.toString(), "-X", "-f", work.resolve("httpd.conf").toString());
    return start(builder, port, work);
  }

  private static WebServer start(ProcessBuilder builder, int port, Path work) throws IOException {
    Path log = work.resolve("server.log");
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    WebServer server = new WebServer(process, port);
    while (Instant.now().isBefore(deadline)) {
      // Apache listens before it has read all its configuration: ready means it answers.
      try {
        server.get("/");
        return server;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          fail(
              builder.command().get(0)
                  + " exited with "
                  + process.exitValue()
                  + ":\n"
                  + Files.readString(log));
        }
        sleep();
      }
    }
    process.destroyForcibly();
    throw new IOException(builder.command().get(0) + " did not listen on " + port);
  }

  /** The status and {@code Location} of a request, redirects not followed. */
  String[] get(String path) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    try {
      int status = connection.getResponseCode();
      String location = connection.getHeaderField("Location");
      return new String[] {
        String.valueOf(status),
        location == null ? "" : URI.create(location).getRawPath(),
        status == 200
            ? new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            : ""
      };
    } finally {
      connection.disconnect();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static Path require(String binary, String debianPackage) {
    Path path = Path.of(binary);
    if (!Files.isExecutable(path)) {
      String missing = binary + " not installed: apt-get install " + debianPackage;
      if ("1".equals(System.getenv("SITEGEN_REQUIRE_WEB_SERVERS"))) {
        fail(missing + " (SITEGEN_REQUIRE_WEB_SERVERS=1)");
      }
      Assumptions.abort(missing);
    }
    return path;
  }

  /** Test folders are private (0700); the server's user reads them, and every folder above. */
  private static void readableByAll(Path tree) throws IOException {
    try (var walk = Files.walk(tree)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Files.setPosixFilePermissions(
            path,
            PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    for (Path up = tree.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      Set<PosixFilePermission> modes = new HashSet<>(Files.getPosixFilePermissions(up));
      if (modes.add(PosixFilePermission.OTHERS_EXECUTE)) {
        Files.setPosixFilePermissions(up, modes);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
