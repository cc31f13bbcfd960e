package io.sitegen.generator.serve;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import org.jsoup.nodes.Entities;

/**
 * What the browser shows while the last build failed: every problem with its file, line and fix,
 * and the reload script, so the page recovers by itself on the next good save.
 */
final class ErrorPage {

  private ErrorPage() {}

  static String of(BuildException failure) {
    StringBuilder items = new StringBuilder();
    for (Problem problem : failure.problems()) {
      String where =
          problem.file().map(f -> f.toString().replace('\\', '/')).orElse("")
              + (problem.line() > 0 ? ":" + problem.line() : "");
      items.append("<li>");
      if (!where.isEmpty()) {
        items.append("<code class=\"file\">").append(escape(where)).append("</code> ");
      }
      items.append("<span class=\"message\">").append(escape(problem.message())).append("</span>");
      if (!problem.hint().isEmpty()) {
        items.append("<br><span class=\"hint\">").append(escape(problem.hint())).append("</span>");
      }
      items.append("</li>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em}
        h1{color:#b00020}li{margin:.5em 0}code{background:#f3f3f3;padding:0 .2em}
        .hint{color:#555}</style></head>
        <body id="sitegen-build-error"><h1>The site did not build</h1>
        <p>Stage <code>%s</code> stopped. Fix the file and save: this page reloads by itself.</p>
        <ul>
        %s</ul>
        </body></html>
        """
        .formatted(escape(failure.stage()), items);
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }
}
