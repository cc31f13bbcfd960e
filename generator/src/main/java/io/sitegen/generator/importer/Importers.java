package io.sitegen.generator.importer;

import io.sitegen.generator.importer.jekyll.JekyllImporter;
import io.sitegen.generator.importer.pyblosxom.PyBlosxomImporter;
import io.sitegen.generator.importer.wordpress.WordPressImporter;
import java.util.Locale;

/** The importer of each engine, by the name {@code --from} takes. */
public final class Importers {

  /** The names {@code --from} accepts. */
  public static final String NAMES = "pyblosxom, wordpress, jekyll";

  private Importers() {}

  public static BlogImporter of(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "pyblosxom", "blosxom" -> new PyBlosxomImporter();
      case "wordpress", "wxr" -> new WordPressImporter();
      case "jekyll" -> new JekyllImporter();
      default ->
          throw new ImportException("'" + name + "' is not a blog engine to import from: " + NAMES);
    };
  }
}
