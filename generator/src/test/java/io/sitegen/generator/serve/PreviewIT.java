package io.sitegen.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview over real HTTP on a copy of {@code sites/basic}: what it serves, what it refuses, and
 * that each save rebuilds the site once, tells the open pages once, and shows the edit.
 */
class PreviewIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final String SCRIPT_MARK = "new EventSource(\"/__sitegen/events\")";
  private static final String SECRET = "the preview must never serve this";

  @TempDir Path tmp;
  private Path blog;
  private Path out;
  private Preview preview;
  private final List<BuildEvent> events = new CopyOnWriteArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** {@code event: reload} lines seen on the event stream. */
  private final AtomicInteger reloads = new AtomicInteger();

  private Thread listener;

  @BeforeEach
  void start() throws IOException {
    blog = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    BufferedImage dot = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    Files.createDirectories(blog.resolve("static/img"));
    ImageIO.write(dot, "png", blog.resolve("static/img/dot.png").toFile());
    // Beside the site folder, where "/../secret.txt" would lead if it were followed.
    out = tmp.resolve("out");
    Files.writeString(tmp.resolve("secret.txt"), SECRET);
    preview =
        Preview.start(
            ServeOptions.of(TestSites.options(blog, out))
                .withPort(0)
                .withQuietPeriod(Duration.ofMillis(100)),
            events::add);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (preview != null) {
      preview.close();
    }
    if (listener != null) {
      listener.interrupt();
      listener.join(5_000);
    }
  }

  @Test
  void pathsLeadingOutOfTheSiteAnswer404() throws IOException {
    for (String target :
        List.of(
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/diary/../../secret.txt",
            "/..%5csecret.txt",
            "/%00",
            "//etc/passwd",
            "/../../../../../../../../etc/passwd")) {
      String response = raw("GET", target);
      assertThat(status(response)).as(target).isEqualTo(404);
      assertThat(response).as(target).doesNotContain(SECRET).doesNotContain("root:");
    }
    // A symbolic link inside the site leading out of it.
    Files.createSymbolicLink(out.resolve("leak.txt"), tmp.resolve("secret.txt"));
    String leak = raw("GET", "/leak.txt");
    assertThat(status(leak)).isEqualTo(404);
    assertThat(leak).doesNotContain(SECRET);
  }

  @Test
  void unknownPathsGetTheSitesOwn404PageWithStatus404() throws Exception {
    HttpResponse<String> missing = get("no/such/page.html");

    assertThat(missing.statusCode()).isEqualTo(404);
    Document page = Jsoup.parse(missing.body());
    assertThat(page.select("h1").text()).isEqualTo("Page not found");
    assertThat(missing.body()).contains(SCRIPT_MARK);
  }

  @Test
  void servesTheSiteWithTheReloadScriptInjectedButNotWritten() throws Exception {
    HttpResponse<String> home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
    Document page = Jsoup.parse(home.body());
    assertThat(page.select(".site-title").text()).isEqualTo("Basic Test Blog");
    // The script is the last thing in the body, and only in what is served.
    assertThat(page.body().children().last().outerHtml()).contains(SCRIPT_MARK);
    assertThat(home.body()).containsOnlyOnce(SCRIPT_MARK);
    String onDisk = Files.readString(out.resolve("index.html"));
    assertThat(onDisk).doesNotContain("EventSource").doesNotContain("__sitegen");
    assertThat(home.body().replace(LiveReload.SCRIPT, "")).isEqualTo(onDisk);

    // Links in the pages and feeds point at the preview.
    HttpResponse<String> rss = get("index.rss");
    assertThat(rss.statusCode()).isEqualTo(200);
    assertThat(rss.headers().firstValue("Content-Type"))
        .contains("application/rss+xml; charset=utf-8");
    assertThat(rss.body()).contains(preview.address() + "diary/quiet-day.html");
    assertThat(rss.body()).doesNotContain("EventSource");
    assertThat(get("index.atom").headers().firstValue("Content-Type"))
        .contains("application/atom+xml; charset=utf-8");
    assertThat(get("css/site.css").headers().firstValue("Content-Type"))
        .contains("text/css; charset=utf-8");
    assertThat(get("robots.txt").headers().firstValue("Content-Type"))
        .contains("text/plain; charset=utf-8");
    assertThat(get("sitemap.xml").headers().firstValue("Content-Type"))
        .contains("application/xml; charset=utf-8");
    HttpResponse<byte[]> image =
        http.send(request("img/dot.png").build(), BodyHandlers.ofByteArray());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.body()).isEqualTo(Files.readAllBytes(out.resolve("img/dot.png")));
    assertThat(get("openstack/notes.txt").body())
        .isEqualTo(Files.readString(out.resolve("openstack/notes.txt")));

    // A folder: redirected to add the slash, then its index page.
    HttpResponse<String> folder = get("diary");
    assertThat(folder.statusCode()).isEqualTo(301);
    assertThat(folder.headers().firstValue("Location")).contains("/diary/");
    // Never a redirect to another host: "Location: //diary/" would be the host "diary". (The JDK's
    // server reads "//diary" as an authority with an empty path, which is not found.)
    for (String target : List.of("//diary", "///diary", "/%2Fdiary")) {
      String response = raw("GET", target);
      assertThat(status(response)).as(target).isIn(301, 404);
      assertThat(response).as(target).doesNotContainIgnoringCase("\r\nLocation: //");
    }
    HttpResponse<String> listing = get("diary/");
    assertThat(listing.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(listing.body()).select("main a").eachAttr("href"))
        .contains("/diary/fish-and-chips.html");

    // HEAD: the headers of GET, no body.
    HttpResponse<String> head =
        http.send(
            request("diary/fish-and-chips.html")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(head.body()).isEmpty();
    assertThat(status(raw("HEAD", "/no-such-page.html"))).isEqualTo(404);

    // Nothing else.
    HttpResponse<String> post =
        http.send(
            request("index.html").POST(HttpRequest.BodyPublishers.ofString("x=1")).build(),
            BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    assertThat(status(raw("DELETE", "/index.html"))).isEqualTo(405);
  }

  @Test
  void eachSaveRebuildsOnceAndTheOpenPagesSeeIt() throws Exception {
    subscribe();
    int saves = 0;

    // (a) A post's body: its page and the front page, which lists it, show the new text.
    replace("posts/diary/quiet-day.md", "Nothing happened", "A heron landed on the fence");
    awaitReloads(++saves);
    assertThat(page("diary/quiet-day.html").select("main").text())
        .contains("A heron landed on the fence")
        .doesNotContain("Nothing happened");
    assertThat(page("").select("main").text()).contains("A heron landed on the fence");
    assertThat(lastInfo()).startsWith("Rebuilt after posts/diary/quiet-day.md changed: 1 post");

    // The same, saved as many editors do: a new file moved over the old one.
    Path temp = blog.resolve("posts/diary/.quiet-day.md.tmp");
    Files.writeString(
        temp,
        Files.readString(blog.resolve("posts/diary/quiet-day.md"))
            .replace("A heron landed", "Two herons landed"));
    Files.move(
        temp,
        blog.resolve("posts/diary/quiet-day.md"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    awaitReloads(++saves);
    assertThat(page("diary/quiet-day.html").select("main").text()).contains("Two herons landed");

    // (b) A post's tags: the new tag's page lists it, the old one no longer does.
    replace("posts/openstack/havana-summit.md", "[openstack, conference]", "[openstack, summit]");
    awaitReloads(++saves);
    assertThat(page("tags/summit/").select("main a").eachAttr("href"))
        .contains("/openstack/havana-summit.html");
    assertThat(page("tags/conference/").select("main a").eachAttr("href"))
        .contains("/conference/lca/2014/hallway-track.html")
        .doesNotContain("/openstack/havana-summit.html");
    // A tag no post has any more is gone.
    replace("posts/diary/fish-and-chips.md", "tags: [food, 'c&<\"x\"']", "tags: [food]");
    awaitReloads(++saves);
    assertThat(get("tags/c-x/").statusCode()).isEqualTo(404);
    assertThat(get("tags/c-x/index.rss").statusCode()).isEqualTo(404);
    assertThat(page("diary/fish-and-chips.html").select(".tags a").eachText())
        .containsExactly("Food");

    // (c) A template: the theme's base, overridden by the blog with a marker, on every page.
    String base =
        Files.readString(
            Path.of("../themes/default/src/main/resources/themes/default/templates/base.peb"));
    Files.writeString(
        blog.resolve("templates/base.peb"),
        base.replace("</footer>", "<p class=\"preview-marker\">marker 1</p></footer>"));
    awaitReloads(++saves);
    for (String path :
        List.of(
            "",
            "page/2/",
            "diary/fish-and-chips.html",
            "diary/",
            "tags/",
            "tags/food/",
            "2014/03/",
            "comments/")) {
      assertThat(page(path).select(".preview-marker").text()).as(path).isEqualTo("marker 1");
    }
    HttpResponse<String> notFound = get("no-such-page.html");
    assertThat(Jsoup.parse(notFound.body()).select(".preview-marker").text()).isEqualTo("marker 1");

    // (d) A deleted post: its page is gone and the front page no longer links it.
    Files.delete(blog.resolve("posts/diary/quiet-day.md"));
    awaitReloads(++saves);
    assertThat(get("diary/quiet-day.html").statusCode()).isEqualTo(404);
    assertThat(page("").select("a").eachAttr("href")).doesNotContain("/diary/quiet-day.html");
    assertThat(page("diary/").select("a").eachAttr("href")).doesNotContain("/diary/quiet-day.html");

    // (e) Broken front matter: every page is the error page, naming the file and line; static
    // files are still served.
    String fish = Files.readString(blog.resolve("posts/diary/fish-and-chips.md"));
    Files.writeString(
        blog.resolve("posts/diary/fish-and-chips.md"), fish.replace("tags: [food]", "tags: [food"));
    awaitReloads(++saves);
    for (String path : List.of("", "diary/fish-and-chips.html", "tags/", "no-such-page.html")) {
      HttpResponse<String> error = get(path);
      assertThat(error.statusCode()).as(path).isEqualTo(500);
      Document errorPage = Jsoup.parse(error.body());
      assertThat(errorPage.body().id()).isEqualTo("sitegen-build-error");
      assertThat(errorPage.select("code.file").eachText())
          .contains("posts/diary/fish-and-chips.md:4");
      // It reloads by itself after the next save.
      assertThat(error.body()).contains(SCRIPT_MARK);
    }
    assertThat(get("css/site.css").statusCode()).isEqualTo(200);
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.level()).isEqualTo(BuildEvent.Level.WARNING);
              assertThat(e.message()).contains("did not build", "fish-and-chips.md");
            });
    // The last good site is still on disk.
    assertThat(out.resolve("diary/fish-and-chips.html")).exists();

    // Fixed: the site is back.
    Files.writeString(blog.resolve("posts/diary/fish-and-chips.md"), fish);
    awaitReloads(++saves);
    HttpResponse<String> back = get("diary/fish-and-chips.html");
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(back.body()).select("h1").text()).isEqualTo("Fish & \"chips\" <fast>");
    assertThat(get("").statusCode()).isEqualTo(200);

    // Files editors write beside the one being edited are not the blog's: no build.
    Files.writeString(blog.resolve("posts/diary/.fish-and-chips.md.swp"), "swap");
    Files.writeString(blog.resolve("posts/diary/fish-and-chips.md~"), "backup");
    Files.writeString(blog.resolve("posts/.x.md.swp"), "swap");
    Files.writeString(blog.resolve("posts/x.md~"), "backup");
    Files.writeString(blog.resolve("posts/diary/4913"), "");
    Files.delete(blog.resolve("posts/diary/4913"));
    // sed -i writes its result to sedXXXXXX beside the file, then renames it over the file.
    Files.writeString(blog.resolve("posts/diary/sedK3xP9q"), "sed's copy");
    Files.delete(blog.resolve("posts/diary/sedK3xP9q"));
    Thread.sleep(1_000);
    assertThat(reloads.get()).as("reload events after editor temp files").isEqualTo(saves);

    // Exactly one event per save, none late.
    Thread.sleep(1_000);
    assertThat(reloads.get()).as("reload events after %d saves", saves).isEqualTo(saves);
    assertThat(events.stream().filter(e -> e.message().startsWith("Rebuilt after")).count())
        .isEqualTo(saves - 1); // the failed build is reported as a warning instead
    // The files on disk never get the script.
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(f -> f.toString().endsWith(".html")))
          .isNotEmpty()
          .allSatisfy(
              f -> assertThat(Files.readString(f)).as(f.toString()).doesNotContain("__sitegen"));
    }
  }

  /** Listens on the event stream in the background, counting reload events. */
  private void subscribe() throws InterruptedException {
    CountDownLatch connected = new CountDownLatch(1);
    listener =
        new Thread(
            () -> {
              try {
                HttpResponse<Stream<String>> stream =
                    http.send(
                        request(LiveReload.PATH.substring(1)).build(), BodyHandlers.ofLines());
                assertThat(stream.headers().firstValue("Content-Type"))
                    .contains("text/event-stream; charset=utf-8");
                try (Stream<String> lines = stream.body()) {
                  lines.forEach(
                      line -> {
                        connected.countDown();
                        if (line.equals("event: reload")) {
                          reloads.incrementAndGet();
                        }
                      });
                }
              } catch (IOException | UncheckedIOException e) {
                // The preview closed the stream.
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sse listener");
    listener.setDaemon(true);
    listener.start();
    assertThat(connected.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("connected to the event stream")
        .isTrue();
  }

  /** Waits for the {@code expected}th reload event; fails if there are more. */
  private void awaitReloads(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (reloads.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(reloads.get()).as("reload events (build events: %s)", events).isEqualTo(expected);
  }

  private String lastInfo() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).level() == BuildEvent.Level.INFO) {
        return events.get(i).message();
      }
    }
    return "";
  }

  private Document page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), preview.address().toString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(preview.address() + path)).timeout(TIMEOUT);
  }

  @Test
  void answersOnlyToNamesOfThisMachine() throws IOException {
    String port = ":" + preview.address().getPort();
    assertThat(status(raw("GET", "/", "localhost" + port))).isEqualTo(200);
    assertThat(status(raw("GET", "/", "127.0.0.1" + port))).isEqualTo(200);
    // DNS rebinding: another site's name resolving to 127.0.0.1.
    String rebound = raw("GET", "/", "evil.example" + port);
    assertThat(status(rebound)).isEqualTo(403);
    assertThat(rebound).doesNotContain("<html");
    assertThat(status(raw("GET", "/", "localhost.evil.example"))).isEqualTo(403);
  }

  private String raw(String method, String target) throws IOException {
    return raw(method, target, preview.address().getAuthority());
  }

  /** A request as sent, byte for byte: the JDK's client would normalise the path. */
  private String raw(String method, String target, String host) throws IOException {
    try (Socket socket = new Socket(preview.address().getHost(), preview.address().getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream request = socket.getOutputStream();
      request.write(
          (method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      request.flush();
      InputStream response = socket.getInputStream();
      return new String(response.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    String[] statusLine = response.split("\r\n", 2)[0].split(" ");
    assertThat(statusLine).as("status line of %s", response).hasSizeGreaterThan(1);
    return Integer.parseInt(statusLine[1]);
  }

  private void replace(String file, String from, String to) throws IOException {
    String text = Files.readString(blog.resolve(file));
    assertThat(text).as(file).contains(from);
    Files.writeString(blog.resolve(file), text.replace(from, to));
  }
}
