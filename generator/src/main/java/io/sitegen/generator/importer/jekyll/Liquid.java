package io.sitegen.generator.importer.jekyll;

import io.sitegen.generator.importer.BodyLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquid of a Jekyll body replaced by what Jekyll made of it, where site-gen has the same
 * thing: {@code highlight} blocks become fenced code (or {@code <pre>} in HTML), {@code post_url}
 * and {@code link} relative links to the imported file, {@code raw} its content, {@code site.url}
 * and {@code site.baseurl} nothing before a path (the path is then the site's own). Anything else
 * ran theme code we do not have: it stays as text and is named with its line.
 */
final class Liquid {

  /** The imported file a Liquid link names, as a link relative to the file being converted. */
  interface Links {
    /** {@code post_url}'s argument, {@code 2010-07-21-name} (perhaps in a subfolder). */
    Optional<String> post(String name);

    /** {@code link}'s argument, a path below the site's source. */
    Optional<String> file(String path);
  }

  /**
   * @param line the 1-based line of the file
   */
  record Left(int line, String what) {}

  record Converted(String body, List<Left> left) {}

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\{%-?\\s*(\\w+)\\s*(.*?)\\s*-?%\\}|\\{\\{-?\\s*(.*?)\\s*-?\\}\\}", Pattern.DOTALL);

  /** {@code "/x" | relative_url}, also {@code absolute_url} and {@code prepend: site.baseurl}. */
  private static final Pattern URL_FILTER =
      Pattern.compile(
          "([\"'])([^\"']*)\\1\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.(?:base)?url)");

  private final boolean markdown;
  private final Links links;
  private final String url;
  private final String baseurl;

  /**
   * @param url {@code site.url}, without a trailing slash
   * @param baseurl {@code site.baseurl}, without a trailing slash
   */
  Liquid(boolean markdown, Links links, String url, String baseurl) {
    this.markdown = markdown;
    this.links = links;
    this.url = url;
    this.baseurl = baseurl;
  }

  /**
   * @param firstLine the line of the file the body starts on
   */
  Converted convert(String body, int firstLine) {
    List<Left> left = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(body);
    int at = 0;
    while (m.find(at)) {
      out.append(body, at, m.start());
      at = m.end();
      int line = firstLine - 1 + BodyLinks.lineAt(body, m.start());
      if (m.group(3) != null) {
        out.append(output(m.group(3), body, at).orElseGet(() -> leave(m.group(), line, left)));
        continue;
      }
      String tag = m.group(1);
      String args = m.group(2);
      switch (tag) {
        case "raw", "highlight" -> {
          Matcher end = Pattern.compile("\\{%-?\\s*end" + tag + "\\s*-?%\\}").matcher(body);
          if (!end.find(at)) {
            out.append(leave(m.group(), line, left));
            continue;
          }
          String inside = body.substring(at, end.start());
          out.append(tag.equals("raw") ? inside : code(args, inside, out, body, end.end()));
          at = end.end();
        }
        case "post_url" ->
            out.append(links.post(args.strip()).orElseGet(() -> leave(m.group(), line, left)));
        case "link" ->
            out.append(links.file(args.strip()).orElseGet(() -> leave(m.group(), line, left)));
        default -> out.append(leave(m.group(), line, left));
      }
    }
    out.append(body.substring(at));
    return new Converted(out.toString(), List.copyOf(left));
  }

  private static String leave(String token, int line, List<Left> left) {
    String shown = token.replaceAll("\\s+", " ");
    left.add(
        new Left(
            line,
            "Liquid "
                + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown)
                + " left as text"));
    return token;
  }

  /** {@code site.url} and {@code site.baseurl}: nothing where a path follows, else their value. */
  private Optional<String> output(String expression, String body, int after) {
    boolean pathFollows =
        body.startsWith("/", after) || body.startsWith("{{", after) || after == body.length();
    switch (expression) {
      case "site.url" -> {
        return Optional.of(pathFollows ? "" : url);
      }
      case "site.baseurl" -> {
        return Optional.of(pathFollows ? "" : baseurl);
      }
      default -> {
        Matcher filter = URL_FILTER.matcher(expression);
        return filter.matches() ? Optional.of(filter.group(2)) : Optional.empty();
      }
    }
  }

  /**
   * A {@code highlight} block as the code site-gen highlights: a fence with the language and {@code
   * linenos} (Jekyll's {@code mark_lines} as {@code hl_lines}); in HTML a {@code pre}.
   */
  private String code(String args, String inside, StringBuilder before, String body, int after) {
    String[] words = args.strip().split("\\s+", 2);
    String language = words[0];
    String options = words.length > 1 ? words[1] : "";
    String code = inside.replaceFirst("\\A[ \\t]*\\r?\\n", "").replaceFirst("\\s+\\z", "");
    if (!markdown) {
      return "<pre><code class=\"language-"
          + language
          + "\">"
          + code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
          + "</code></pre>";
    }
    List<String> fenceOptions = new ArrayList<>();
    if (options.matches("(?s).*\\blinenos\\b.*")) {
      fenceOptions.add("linenos=true");
    }
    Matcher marked = Pattern.compile("mark_lines=\"([^\"]*)\"").matcher(options);
    if (marked.find()) {
      fenceOptions.add("hl_lines=\"" + marked.group(1) + "\"");
    }
    String fence = "```";
    while (code.contains(fence)) {
      fence += "`";
    }
    boolean lineStart = before.length() == 0 || before.charAt(before.length() - 1) == '\n';
    boolean lineEnd =
        after == body.length() || body.charAt(after) == '\n' || body.charAt(after) == '\r';
    return (lineStart ? "" : "\n")
        + fence
        + language
        + (fenceOptions.isEmpty() ? "" : " {" + String.join(" ", fenceOptions) + "}")
        + "\n"
        + code
        + "\n"
        + fence
        + (lineEnd ? "" : "\n");
  }
}
