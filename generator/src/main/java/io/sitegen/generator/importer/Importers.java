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

  /**
   * The plan of importing with the engine {@code name}.
   *
   * @throws ImportException also for options that engine does not take
   */
  public static ImportPlan plan(String name, ImportOptions options) {
    BlogImporter importer = of(name);
    if (options.uploads().isPresent() && !(importer instanceof WordPressImporter)) {
      throw new ImportException(
          "--uploads (-Dsitegen.uploads) is the folder of WordPress's uploaded files; importing from "
              + name
              + " copies the files posts show without it. Leave it out");
    }
    return importer.plan(options);
  }

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
