package io.sitegen.generator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints, from a resource Maven filters at build time, so a
 * 0.1.0-SNAPSHOT jar never claims to be 0.1.0.
 */
final class JarVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"site-gen " + version()};
  }

  static String version() {
    try (InputStream in =
        JarVersion.class.getResourceAsStream("/io/sitegen/generator/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the site-gen jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
