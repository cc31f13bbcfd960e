package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A prefix of an S3 bucket, on AWS or an S3-compatible store ({@code endpoint}). Objects have no
 * temporary names: an upload is held until the publisher renames it into place, and then sent as
 * one PUT to the final key with its headers ({@link ObjectHeaders}), which S3 makes visible whole.
 */
final class S3Target implements PublishTarget {

  private final S3Client s3;
  private final Targets.Bucket bucket;

  /**
   * Whether redirect pages also become object redirects ({@link TargetOptions#objectRedirects}).
   * S3-compatible stores mostly lack them (s3proxy even fails the signature of the header), so the
   * first refusal turns them off for the rest of the publish: the page's own refresh redirects.
   */
  private boolean objectRedirects;

  private final BuildListener listener;

  /** Files written under a temporary name, waiting for their rename. */
  private final Map<String, byte[]> staged = new HashMap<>();

  private S3Target(
      S3Client s3, Targets.Bucket bucket, boolean objectRedirects, BuildListener listener) {
    this.s3 = s3;
    this.bucket = bucket;
    this.objectRedirects = objectRedirects;
    this.listener = listener;
  }

  /**
   * Makes the client and checks that the bucket answers to these credentials.
   *
   * @throws BuildException for refused credentials, a missing bucket or an endpoint that does not
   *     answer, naming the option to fix; the secret key is never part of a message
   */
  static S3Target connect(Targets.Bucket bucket, PublishOptions options, BuildListener listener) {
    TargetOptions settings = options.targetOptions();
    var builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(credentials(options, listener))
            .region(region(settings));
    settings
        .endpoint()
        .ifPresent(
            endpoint ->
                // S3-compatible stores answer on one host, so bucket names go in the path; and
                // many refuse the SDK's newer default checksum headers (HTTP 501), so send those
                // only where an operation requires them.
                builder
                    .endpointOverride(URI.create(endpoint))
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
    S3Client s3 = builder.build();
    try {
      s3.headBucket(b -> b.bucket(bucket.name()));
      return new S3Target(s3, bucket, settings.wantsObjectRedirects(), listener);
    } catch (S3Exception e) {
      s3.close();
      int status = e.statusCode();
      if (status == 403 || status == 401 || status == 400) {
        throw Failures.problem(
            bucket.shown() + " refused the credentials (" + errorCode(e) + ")",
            "Check " + options.names().credentials() + ": the access key id and secret key");
      }
      if (status == 404) {
        throw Failures.problem(
            "there is no bucket '" + bucket.name() + "'" + where(settings),
            "Create it, or fix the bucket in " + options.names().target());
      }
      throw Failures.problem(
          "cannot reach " + bucket.shown() + where(settings) + ": " + errorCode(e),
          "Check " + options.names().target() + " and the endpoint");
    } catch (SdkClientException e) {
      s3.close();
      throw Failures.problem(
          "cannot reach " + bucket.shown() + where(settings) + ": " + e.getMessage(),
          "Check the endpoint, the region and the network");
    }
  }

  /** From the settings ({@code <server>}, {@code --user}) when given, else the AWS chain. */
  private static AwsCredentialsProvider credentials(
      PublishOptions options, BuildListener listener) {
    Credentials login = options.credentials();
    if (login.user().isPresent() && login.password().isPresent()) {
      listener.onEvent(BuildEvent.debug("S3 access key id " + login.user().get()));
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(login.user().get(), login.password().get()));
    }
    listener.onEvent(BuildEvent.debug("S3 credentials from the AWS default chain"));
    return DefaultCredentialsProvider.builder().build();
  }

  private static Region region(TargetOptions settings) {
    if (settings.region().isPresent()) {
      return Region.of(settings.region().get());
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      // S3-compatible stores mostly ignore the region, and AWS redirects to the right one.
      return Region.US_EAST_1;
    }
  }

  private static String where(TargetOptions settings) {
    return settings.endpoint().map(e -> " at " + e).orElse("");
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? "HTTP " + e.statusCode()
        : e.awsErrorDetails().errorCode();
  }

  @Override
  public String describe() {
    return bucket.shown();
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    try {
      return Optional.of(
          s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key(key(path))).asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(String path, InputStream content) throws IOException {
    staged.put(path, content.readAllBytes());
  }

  @Override
  public void rename(String from, String to) throws IOException {
    byte[] content = staged.remove(from);
    if (content == null) {
      throw new IOException("cannot rename " + from + ": nothing was written under that name");
    }
    put(to, content);
  }

  private void put(String to, byte[] content) throws IOException {
    ObjectHeaders headers = ObjectHeaders.of(to, content);
    PutObjectRequest.Builder put =
        PutObjectRequest.builder()
            .bucket(bucket.name())
            .key(key(to))
            .contentType(headers.contentType())
            .cacheControl(headers.cacheControl());
    Optional<String> redirect = objectRedirects ? headers.redirect() : Optional.empty();
    redirect.ifPresent(put::websiteRedirectLocation);
    try {
      s3.putObject(put.build(), RequestBody.fromBytes(content));
    } catch (S3Exception e) {
      if (redirect.isEmpty() || e.statusCode() >= 500 && e.statusCode() != 501) {
        throw failed(e);
      }
      objectRedirects = false;
      listener.onEvent(
          BuildEvent.warning(
              bucket.shown()
                  + " refused an object redirect ("
                  + errorCode(e)
                  + "): redirect pages are published as pages, which redirect by themselves."
                  + " To skip the try, set s3ObjectRedirects to false"
                  + " (--s3-object-redirects=false)"));
      put(to, content);
    } catch (SdkException e) {
      throw failed(e);
    }
  }

  @Override
  public boolean delete(String path) throws IOException {
    if (staged.remove(path) != null) {
      return true;
    }
    try {
      s3.headObject(h -> h.bucket(bucket.name()).key(key(path)));
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw failed(e);
    }
    try {
      s3.deleteObject(d -> d.bucket(bucket.name()).key(key(path)));
      return true;
    } catch (SdkException e) {
      throw failed(e);
    }
  }

  @Override
  public boolean removeEmptyFolder(String path) {
    // Keys have no folders: one goes with its last object.
    return false;
  }

  @Override
  public void close() {
    s3.close();
  }

  private String key(String path) {
    return bucket.prefix().isEmpty() ? path : bucket.prefix() + "/" + path;
  }

  /** The publisher's message already names the operation, the file and the target. */
  private static IOException failed(SdkException e) {
    return new IOException(e instanceof S3Exception s3e ? errorCode(s3e) : e.getMessage(), e);
  }
}
