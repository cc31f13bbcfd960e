package io.sitegen.generator.cli;

import io.sitegen.generator.scaffold.NewPostOptions;
import io.sitegen.generator.scaffold.PostScaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen new}: writes the skeleton of a new post, dated now. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Writes posts/CATEGORY/SLUG.md with front matter for a new post.")
final class NewPostCommand implements Callable<Integer> {

  @Option(
      names = "--source",
      defaultValue = ".",
      description = "The blog folder (holds site.yaml and posts/). Default: ${DEFAULT-VALUE}")
  Path source;

  @Option(names = "--title", required = true, description = "The post's title.")
  String title;

  @Option(
      names = "--category",
      defaultValue = "",
      description = "The category folder below posts/, e.g. openstack/tips. Default: posts/ itself")
  String category;

  @Option(
      names = "--tags",
      split = ",",
      description = "Tags, separated by commas: --tags nova,openstack")
  List<String> tags = new ArrayList<>();

  @Option(names = "--slug", description = "The file name without .md. Default: from the title")
  String slug;

  @Option(names = "--draft", description = "Mark the post draft: true.")
  boolean draft;

  @Mixin VerboseOption verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NewPostOptions options =
        NewPostOptions.of(source, title).withCategory(category).withTags(tags).withDraft(draft);
    NewPostOptions post = slug == null ? options : options.withSlug(slug);
    return verbose.run(
        err,
        () -> {
          Path created =
              new PostScaffold().create(post, event -> err.println("warning: " + event.message()));
          out.println("Created " + created.toString().replace('\\', '/'));
          return 0;
        });
  }
}
