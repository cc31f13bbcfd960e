package io.sitegen.maven;

import io.sitegen.generator.api.BuildOptions;
import io.sitegen.generator.api.BuildResult;
import io.sitegen.generator.api.SiteGenerator;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the blog in {@code siteDirectory} into {@code outputDirectory}: goal {@code build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (MojoSupport.skipped(skip(), "build", getLog())) {
      return;
    }
    BuildOptions options = MojoSupport.buildOptions(this);
    long start = System.nanoTime();
    BuildResult result =
        MojoSupport.call(
            getLog(), () -> new SiteGenerator().build(options, new MavenBuildListener(getLog())));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    // The generator already said each stage; this is the one line to look for afterwards.
    getLog().info(MojoSupport.summary(result, projectDirectory(), elapsed));
  }
}
