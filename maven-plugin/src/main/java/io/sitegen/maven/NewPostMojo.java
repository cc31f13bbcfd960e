package io.sitegen.maven;

import io.sitegen.generator.scaffold.NewPostOptions;
import io.sitegen.generator.scaffold.PostScaffold;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the skeleton of a new post, dated now: goal {@code new}, e.g. {@code mvn site-gen:new
 * -Dtitle="Exploring a migration" -Dcategory=openstack/tips}. Never overwrites a file. Needs no
 * POM, so it also works in a blog folder built only with the command line.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewPostMojo extends AbstractSiteMojo {

  /** The post's title. */
  @Parameter(property = "title", required = true)
  String title;

  /** The category folder below {@code posts/}, e.g. {@code openstack/tips}; empty for posts/. */
  @Parameter(property = "category", defaultValue = "")
  String category;

  /** Tags separated by commas, e.g. {@code -Dtags=nova,openstack}. */
  @Parameter(property = "tags", defaultValue = "")
  String tags;

  /** The file name without {@code .md}; by default made from the title. */
  @Parameter(property = "slug")
  String slug;

  /** Writes {@code draft: true}, so builds leave the post out until drafts are asked for. */
  @Parameter(property = "draft", defaultValue = "false")
  boolean draft;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (MojoSupport.skipped(skip(), "new", getLog())) {
      return;
    }
    NewPostOptions options =
        NewPostOptions.of(siteDirectory(), title == null ? "" : title)
            .withCategory(category == null ? "" : category)
            .withTags(tags == null ? List.of() : List.of(tags.split(",")))
            .withDraft(draft);
    if (slug != null && !slug.isBlank()) {
      options = options.withSlug(slug);
    }
    NewPostOptions chosen = options;
    Path created =
        MojoSupport.call(
            getLog(), () -> new PostScaffold().create(chosen, new MavenBuildListener(getLog())));
    getLog().info("Created " + created.toString().replace('\\', '/'));
  }
}
