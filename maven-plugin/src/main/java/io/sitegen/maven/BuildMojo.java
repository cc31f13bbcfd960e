package io.sitegen.maven;

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
    MojoSupport.build(this, getLog());
  }
}
