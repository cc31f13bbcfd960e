package io.sitegen.generator.cli;

import io.sitegen.generator.scaffold.BlogScaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code site-gen init DIR}: a new blog folder, as the Maven archetype makes it. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Writes a new blog into DIR (missing or empty): pom.xml, site.yaml, a first post, an"
            + " About page, .gitignore and a README.")
final class InitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The new blog's folder.")
  Path folder;

  @Mixin VerboseOption verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return verbose.run(
        err,
        () -> {
          Path absolute = folder.toAbsolutePath().normalize();
          String name = absolute.getFileName() == null ? "blog" : absolute.getFileName().toString();
          List<Path> files = new BlogScaffold().create(folder, name);
          out.println("Created a blog in " + folder + " (" + files.size() + " files)");
          out.println(
              "Next: cd " + folder + " && mvn package, or site-gen serve --source " + folder);
          return 0;
        });
  }
}
