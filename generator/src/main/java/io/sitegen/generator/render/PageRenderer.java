package io.sitegen.generator.render;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.RedirectFormat;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.internal.Fingerprint;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Parallel;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.PathClaims;
import io.sitegen.generator.write.Written;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The render stage: claims the path of every page the plan lists, so no two things share one, and
 * renders them in parallel into the output folder, except pages whose inputs equal those an earlier
 * build rendered the file on disk from.
 */
public final class PageRenderer {

  private final TemplateEngine templates;
  private final OutputFolder output;
  private final PathClaims claims;
  private final Memo<String, String> inputs;
  private final Fingerprint fingerprint;

  /**
   * @param inputs the fingerprint of each page's inputs, by output path, as earlier builds (of this
   *     process or, from the build cache, of another) rendered them
   * @param fingerprint this build's, which hashes each view shared by many pages once
   */
  public PageRenderer(
      TemplateEngine templates,
      OutputFolder output,
      PathClaims claims,
      Memo<String, String> inputs,
      Fingerprint fingerprint) {
    this.templates = templates;
    this.output = output;
    this.claims = claims;
    this.inputs = inputs;
    this.fingerprint = fingerprint;
  }

  public Written render(Site site, List<Listing> listings, Views views) {
    List<PageJob> jobs = PagePlan.of(site, listings, views);
    List<Problem> clashes =
        new ArrayList<>(
            claims.claim(
                jobs.stream().map(j -> new PathClaims.Claim(j.outputPath(), j.origin())).toList()));
    clashes.addAll(claims.folderClashes());
    if (!clashes.isEmpty()) {
      throw new BuildException("render", clashes);
    }
    inputs.begin(templates.version());
    boolean redirectPages = site.config().redirects().contains(RedirectFormat.HTML);
    AtomicInteger rendered = new AtomicInteger();
    Parallel.forEach(
        jobs,
        job -> {
          // Alias pages are planned whatever the format, so an alias clashing with a page stops
          // the build (a server rule would otherwise hide the page, or loop); written only as
          // asked.
          if (!redirectPages && job.template().equals(PagePlan.REDIRECT_TEMPLATE)) {
            return;
          }
          // Anything a page shows is in its job, so equal inputs give the same bytes.
          String digest = fingerprint.of(job);
          boolean same = inputs.lookup(job.outputPath()).filter(digest::equals).isPresent();
          inputs.record(job.outputPath(), digest);
          // A page whose file is gone from the output folder is rendered again.
          if (same && output.keep(job.outputPath())) {
            return;
          }
          output.write(
              job.outputPath(), templates.render(job.template(), job.context(), job.origin()));
          rendered.incrementAndGet();
        });
    return new Written(jobs.size(), rendered.get());
  }
}
