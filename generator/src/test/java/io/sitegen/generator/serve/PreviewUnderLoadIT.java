package io.sitegen.generator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview under the load a browser (or a hung tab) gives it, over real sockets: downloads
 * abandoned half way, many requests on one kept-alive connection, and many slow clients at once.
 */
class PreviewUnderLoadIT {

  private static final int MB = 1024 * 1024;

  @TempDir Path tmp;
  private byte[] photo;
  private Preview preview;
  private final List<Socket> sockets = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), tmp.resolve("blog"));
    photo = new byte[5 * MB];
    new Random(9).nextBytes(photo);
    Files.write(blog.resolve("static/big.bin"), photo);
    preview =
        Preview.start(
            ServeOptions.of(TestSites.options(blog, tmp.resolve("out"))).withPort(0), e -> {});
  }

  @AfterEach
  void stop() throws IOException {
    closeAll();
    preview.close();
  }

  private void closeAll() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  @Test
  void abortedDownloadsOfALargeFileLeaveTheMemoryAsItWas() throws Exception {
    long before = memoryAfterGc();

    // Ten at a time, fewer than the preview's threads, so that each is being answered; measured
    // while the last ten hang.
    for (int batch = 0; batch < 10; batch++) {
      closeAll();
      abortDownloads(10);
    }
    long after = memoryAfterGc();

    // Before: each hung download held the whole file twice (read into the heap, copied into a
    // direct buffer for one write), and threads kept those buffers: 2.5 GB more.
    assertThat((after - before) / MB).as("MB more heap and direct memory").isLessThan(32);
    closeAll();
    Response full = get(connect(), "/big.bin");
    assertThat(full.status()).isEqualTo(200);
    assertThat(full.body()).isEqualTo(photo);
  }

  @Test
  void manyRequestsOnOneKeptAliveConnectionAreNotDelayedByNagle() throws IOException {
    Socket socket = connect();
    get(socket, "/");
    long start = System.nanoTime();

    for (int i = 0; i < 50; i++) {
      assertThat(get(socket, "/").status()).isEqualTo(200);
    }

    // Before: about 44 ms each (Nagle's algorithm against the client's delayed ACK), 2.2 s.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void twoHundredSlowClientsUseBoundedThreadsAndOthersAreStillAnswered() throws Exception {
    for (int i = 0; i < 200; i++) {
      // A request begun and never finished.
      connect().getOutputStream().write(ascii("GET / HTTP/1.1\r\nHost: localhost\r\n"));
    }
    Thread.sleep(2_000);
    assertThat(previewThreads()).isLessThanOrEqualTo(PreviewServer.THREADS);
    long start = System.nanoTime();

    Response page = get(connect(), "/");
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(page.status()).isEqualTo(200);
    // Before: 201 threads, one per slow client; now they wait, and are dropped after a while.
    assertThat(waited).isLessThan(Duration.ofSeconds(PreviewServer.REQUEST_SECONDS + 5));
  }

  /** Starts a download of the 5 MB file, reads 64 KB of it and stops reading, as a hung tab. */
  private void abortDownloads(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Socket socket = connect();
      socket.getOutputStream().write(request("/big.bin"));
      socket.getInputStream().readNBytes(64 * 1024);
    }
  }

  private static long memoryAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long direct =
          ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
              .filter(pool -> pool.getName().equals("direct"))
              .mapToLong(BufferPoolMXBean::getMemoryUsed)
              .sum();
      used = Math.min(used, heap + direct);
    }
    return used;
  }

  private static long previewThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("site-gen preview"))
        .count();
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(preview.address().getHost(), preview.address().getPort());
    socket.setSoTimeout(30_000);
    sockets.add(socket);
    return socket;
  }

  private record Response(int status, byte[] body) {}

  /** One GET on a kept-alive connection: the headers, then exactly Content-Length bytes. */
  private static Response get(Socket socket, String path) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request(path));
    out.flush();
    InputStream in = socket.getInputStream();
    String head = headers(in);
    int status = Integer.parseInt(head.substring(9, 12));
    long length = -1;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring("content-length:".length()).strip());
      }
    }
    assertThat(length).as("Content-Length of " + path).isNotNegative();
    return new Response(status, in.readNBytes((int) length));
  }

  private static String headers(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the headers: " + head);
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] request(String path) {
    return ascii("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
