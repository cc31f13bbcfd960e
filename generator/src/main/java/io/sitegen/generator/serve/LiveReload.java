package io.sitegen.generator.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells open pages to reload over Server-Sent Events: each served page gets a script that listens
 * on {@link #PATH}, and every finished build sends one {@code reload} event. The browser's {@code
 * EventSource} reconnects by itself when the preview restarts.
 */
final class LiveReload {

  static final String PATH = "/__sitegen/events";

  /** Injected before {@code </body>}; reloads the page on each event. */
  static final String SCRIPT =
      "<script>(function(){var s=new EventSource(\""
          + PATH
          + "\");s.addEventListener(\"reload\",function(){s.close();location.reload();});})();"
          + "</script>";

  private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");

  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
  private long builds;

  /** Keeps the response open as an event stream; returns at once, the stream stays open. */
  void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    // A comment line, so the client sees the connection open before the first build.
    body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    body.flush();
    clients.add(body);
  }

  /** One event to every open page; a page that went away is dropped. */
  synchronized void reload() {
    builds++;
    byte[] event =
        String.format(Locale.ROOT, "event: reload\ndata: %d\n\n", builds)
            .getBytes(StandardCharsets.UTF_8);
    for (OutputStream client : clients) {
      try {
        client.write(event);
        client.flush();
      } catch (IOException e) {
        clients.remove(client);
        closeQuietly(client);
      }
    }
  }

  void closeAll() {
    for (OutputStream client : clients) {
      closeQuietly(client);
    }
    clients.clear();
  }

  /** The page with the script, before its last {@code </body>}, or at the end if it has none. */
  static String inject(String html) {
    Matcher m = BODY_END.matcher(html);
    int at = -1;
    while (m.find()) {
      at = m.start();
    }
    return at < 0 ? html + SCRIPT : html.substring(0, at) + SCRIPT + html.substring(at);
  }

  private static void closeQuietly(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // The page is gone already.
    }
  }
}
