package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Publishing to a real S3 server: s3proxy with jclouds' in-memory blob store, in this JVM on
 * 127.0.0.1, checking AWS v4 signatures. Each test publishes below a prefix of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3PublishIT extends TargetContract {

  private static final String ACCESS_KEY = "AKIDSITEGENTEST";
  private static final String SECRET_KEY = "s3cr3t-key-for-the-test-server";
  private static final String BUCKET = "blog";

  private S3Proxy proxy;
  private S3Client client;

  @BeforeAll
  void startServer() throws Exception {
    BlobStoreContext store =
        ContextBuilder.newBuilder("transient")
            .credentials("unused", "unused")
            .overrides(new Properties())
            .build(BlobStoreContext.class);
    proxy =
        S3Proxy.builder()
            .blobStore(store.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    while (!proxy.getState().equals("STARTED")) {
      Thread.sleep(10);
    }
    client =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(endpoint())
            .forcePathStyle(true)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .build();
    client.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterAll
  void stopServer() throws Exception {
    client.close();
    proxy.stop();
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  @Override
  PublishOptions options() {
    return PublishOptions.of("s3://" + BUCKET + "/" + folder)
        .withCredentials(Credentials.of(ACCESS_KEY, SECRET_KEY, null, null))
        .withTargetOptions(
            TargetOptions.of(endpoint().toString(), "us-east-1", null, false, false, null));
  }

  @Override
  PublishOptions withWrongPassword(PublishOptions options, String password) {
    return options.withCredentials(Credentials.of(ACCESS_KEY, password, null, null));
  }

  @Override
  Map<String, String> contents() {
    Map<String, String> files = new TreeMap<>();
    for (S3Object object :
        client.listObjectsV2Paginator(l -> l.bucket(BUCKET).prefix(folder + "/")).contents()) {
      byte[] bytes = client.getObjectAsBytes(g -> g.bucket(BUCKET).key(object.key())).asByteArray();
      files.put(object.key().substring(folder.length() + 1), Folders.sha256(bytes));
    }
    return files;
  }

  @Test
  void objectsCarryTheirTypeAndCaching() throws Exception {
    Path site = site();
    publish(site, options());

    HeadObjectResponse page = head("diary/quiet-day.html");
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.cacheControl()).isEqualTo("no-cache");
    assertThat(page.websiteRedirectLocation()).isNull();
    assertThat(head("index.rss").contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(head("index.rss").cacheControl()).isEqualTo("no-cache");
    assertThat(head("index.atom").contentType()).isEqualTo("application/atom+xml; charset=utf-8");
    // The theme's stylesheet keeps its name across versions, so it must be revalidated too.
    assertThat(head("css/site.css").contentType()).isEqualTo("text/css; charset=utf-8");
    assertThat(head("css/site.css").cacheControl()).isEqualTo("no-cache");
    // An S3-compatible endpoint gets no object redirect; the page's refresh still redirects.
    assertThat(head("2013/09/havana.html").websiteRedirectLocation()).isNull();
    byte[] alias = Files.readAllBytes(site.resolve("2013/09/havana.html"));
    assertThat(ObjectHeaders.of("2013/09/havana.html", alias).redirect())
        .as("the redirect AWS would get")
        .contains("https://blog.example.org/openstack/havana-summit.html");
    assertThat(
            ObjectHeaders.of(
                    "diary/quiet-day.html",
                    Files.readAllBytes(site.resolve("diary/quiet-day.html")))
                .redirect())
        .isEmpty();
  }

  @Test
  void objectRedirectsAskedOfAStoreThatRefusesThemFallBackToTheRedirectPages() throws Exception {
    Path site = site();
    PublishOptions options =
        options().withTargetOptions(options().targetOptions().withObjectRedirects(true));

    PublishResult result = publish(site, options);

    assertThat(contents()).isEqualTo(expected(site));
    assertThat(result.uploaded()).isEqualTo(Folders.siteFiles(site).size());
    HeadObjectResponse alias = head("2013/09/havana.html");
    assertThat(alias.websiteRedirectLocation()).isNull();
    assertThat(alias.contentType()).isEqualTo("text/html");
    assertThat(events)
        .filteredOn(e -> e.level() == BuildEvent.Level.WARNING)
        .extracting(BuildEvent::message)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("s3://" + BUCKET + "/" + folder + " refused an object redirect (")
        .contains("redirect pages are published as pages")
        .endsWith("set s3ObjectRedirects to false (--s3-object-redirects=false)");
  }

  @Test
  void contentAddressedFilesAreImmutableForAYear() {
    assertThat(ObjectHeaders.of("photos/a/cat_0123456789abcdef.jpg", new byte[0]))
        .isEqualTo(
            new ObjectHeaders(
                "image/jpeg", "public, max-age=31536000, immutable", java.util.Optional.empty()));
    assertThat(ObjectHeaders.of("photos/a/cat.jpg", new byte[0]).cacheControl())
        .isEqualTo("no-cache");
  }

  @Test
  void aMissingBucketIsOneClearLine() {
    PublishOptions options =
        PublishOptions.of("s3://no-such-bucket/www")
            .withCredentials(Credentials.of(ACCESS_KEY, SECRET_KEY, null, null))
            .withTargetOptions(
                TargetOptions.of(endpoint().toString(), null, null, false, false, null));

    assertThatThrownBy(() -> publish(site(), options))
        .hasNoCause()
        .hasMessageContaining("there is no bucket 'no-such-bucket' at " + endpoint());
  }

  private HeadObjectResponse head(String path) {
    return client.headObject(h -> h.bucket(BUCKET).key(folder + "/" + path));
  }
}
