package io.sitegen.generator.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Requests links to other sites: {@code HEAD} first, {@code GET} where a server refuses {@code
 * HEAD}, at most a given number at once, each with a time limit. Redirects are followed.
 */
final class ExternalLinks {

  private static final String USER_AGENT = "site-gen link check";

  private final int concurrency;
  private final Duration timeout;

  ExternalLinks(int concurrency, Duration timeout) {
    this.concurrency = concurrency;
    this.timeout = timeout;
  }

  /**
   * Requests each URL once.
   *
   * @return why each URL that failed failed ({@code HTTP 404}, {@code no answer within 10 s}), by
   *     URL; the rest are missing
   */
  SortedMap<String, String> failures(Collection<String> urls) {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    ThreadFactory daemons =
        task -> {
          Thread thread = new Thread(task, "site-gen-link-check");
          thread.setDaemon(true);
          return thread;
        };
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemons);
    try {
      List<String> order = new ArrayList<>(urls);
      List<Future<Optional<String>>> results = new ArrayList<>();
      for (String url : order) {
        results.add(pool.submit(() -> failure(client, url)));
      }
      SortedMap<String, String> failures = new TreeMap<>();
      for (int i = 0; i < order.size(); i++) {
        String url = order.get(i);
        results.get(i).get().ifPresent(reason -> failures.put(url, reason));
      }
      return failures;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking external links", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking external links failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Why {@code url} does not answer, or empty when it does. */
  private Optional<String> failure(HttpClient client, String url) throws InterruptedException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("not a valid URL (" + e.getReason() + ")");
    }
    try {
      int status = status(client, uri, "HEAD");
      // Some servers refuse HEAD, or answer it differently; a GET is what a reader does.
      if (status == 405 || status == 403 || status == 501) {
        status = status(client, uri, "GET");
      }
      return status >= 400 ? Optional.of("HTTP " + status) : Optional.empty();
    } catch (HttpConnectTimeoutException e) {
      return Optional.of("could not connect within " + seconds());
    } catch (HttpTimeoutException e) {
      return Optional.of("no answer within " + seconds());
    } catch (ConnectException e) {
      return Optional.of("connection refused");
    } catch (IOException e) {
      return Optional.of(describe(e));
    } catch (IllegalArgumentException e) {
      return Optional.of("not a valid URL (" + e.getMessage() + ")");
    }
  }

  private int status(HttpClient client, URI uri, String method)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .build();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    // The status is all we want: closing the body at once spares downloading a large file.
    response.body().close();
    return response.statusCode();
  }

  private String seconds() {
    return timeout.toMillis() % 1000 == 0
        ? timeout.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", timeout.toMillis() / 1000.0);
  }

  private static String describe(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException) {
        return "unknown host";
      }
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
