package io.sitegen.generator.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.serve.Preview;
import io.sitegen.generator.serve.ServeOptions;
import io.sitegen.generator.testing.TestSites;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;

/** The check every import test makes last: an imported blog's old URLs, asked of its preview. */
final class OldUrlChecks {

  private OldUrlChecks() {}

  /**
   * Serves {@code blog} on a free port and asks for each old URL: it must answer 200 with a page
   * whose canonical link ends with the new URL (the post itself, or its redirect page).
   */
  static void answerThroughThePreview(Path blog, Path out, Map<String, String> oldToNew)
      throws Exception {
    try (Preview preview =
        Preview.start(ServeOptions.of(TestSites.options(blog, out)).withPort(0), e -> {})) {
      HttpClient http = HttpClient.newHttpClient();
      for (Map.Entry<String, String> url : oldToNew.entrySet()) {
        URI old = preview.address().resolve(url.getKey());
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(old).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url.getKey()).isEqualTo(200);
        assertThat(
                Jsoup.parse(response.body(), old.toString())
                    .select("link[rel=canonical]")
                    .attr("href"))
            .as(url.getKey())
            .endsWith(url.getValue());
      }
    }
  }
}
