package io.sitegen.generator.cli;

import io.sitegen.generator.api.SiteGenerator;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints, from a resource Maven filters at build time, so a
 * 0.1.0-SNAPSHOT jar never claims to be 0.1.0.
 */
final class JarVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"site-gen " + SiteGenerator.version()};
  }
}
