package io.sitegen.maven;

import io.sitegen.generator.check.CheckOptions;
import io.sitegen.generator.check.LinkChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the links of the site already built in {@code outputDirectory}: goal {@code check}. Fails
 * on any broken link inside the site; links to other sites are only requested with {@code
 * -Dsitegen.checkExternal}, and a dead one is a warning (an error with {@code -Dsitegen.strict}).
 * It does not build: run it after {@code package}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {

  /** Also request every link to another site, once per URL. */
  @Parameter(property = "sitegen.checkExternal", defaultValue = "false")
  boolean checkExternal;

  /** How many external requests may be open at once. */
  @Parameter(property = "sitegen.externalConcurrency", defaultValue = "8")
  int externalConcurrency;

  /** Seconds one external request may take. */
  @Parameter(property = "sitegen.externalTimeout", defaultValue = "10")
  int externalTimeout;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (MojoSupport.skipped(skip(), "check", getLog())) {
      return;
    }
    Path site = outputDirectory();
    if (!Files.isDirectory(site)) {
      throw MojoSupport.userMistake(
          "outputDirectory "
              + MojoSupport.shown(site, projectDirectory())
              + " holds no built site: run mvn package (or site-gen:build) first, or set"
              + " <outputDirectory> or -Dsitegen.outputDirectory to where the site was built");
    }
    if (externalConcurrency < 1 || externalTimeout < 1) {
      throw MojoSupport.userMistake(
          "<externalConcurrency> (-Dsitegen.externalConcurrency) and <externalTimeout>"
              + " (-Dsitegen.externalTimeout, in seconds) must be at least 1");
    }
    CheckOptions options =
        CheckOptions.of(siteDirectory(), site)
            .withExternal(checkExternal)
            .withExternalConcurrency(externalConcurrency)
            .withExternalTimeout(Duration.ofSeconds(externalTimeout))
            .withStrict(strict());
    CheckOptions chosen = baseUrl().map(options::withBaseUrl).orElse(options);
    MojoSupport.call(
        getLog(), () -> new LinkChecker().check(chosen, new MavenBuildListener(getLog())));
  }
}
