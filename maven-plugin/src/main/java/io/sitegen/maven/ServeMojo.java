package io.sitegen.maven;

import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.serve.Preview;
import io.sitegen.generator.serve.ServeOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog, serves it on localhost and rebuilds it on every save, reloading the open pages:
 * goal {@code serve}. Runs until Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

  /** The address to listen on; another than this machine's only when asked. */
  @Parameter(property = "sitegen.host", defaultValue = ServeOptions.DEFAULT_HOST)
  String host;

  /** The port to listen on; 0 takes any free port. */
  @Parameter(property = "sitegen.port", defaultValue = "" + ServeOptions.DEFAULT_PORT)
  int port;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (MojoSupport.skipped(skip(), "serve", getLog())) {
      return;
    }
    BuildOptions build = MojoSupport.buildOptions(this);
    ServeOptions options = ServeOptions.of(build).withHost(host).withPort(port);
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      getLog()
          .warn(
              "Listening on "
                  + host
                  + ": other machines that reach this address can see the preview, drafts too");
    }
    try (Preview preview =
        MojoSupport.call(
            getLog(), () -> Preview.start(options, new MavenBuildListener(getLog())))) {
      preview.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
