package io.sitegen.generator.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.sitegen.generator.highlight.CodeHighlighter;
import io.sitegen.generator.highlight.FenceInfo;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CommonMark plus tables, strikethrough (one or two tildes), task lists, autolinks, footnotes,
 * heading ids and typographic quotes and dashes; fenced code of posts is highlighted by a {@link
 * CodeHighlighter}. Built once per build; Flexmark's parser and renderer are safe to share between
 * threads (vsch/flexmark-java#111), so posts render in parallel.
 */
public final class MarkdownRenderer {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private final Parser parser;
  private final HtmlRenderer renderer;

  private MarkdownRenderer(boolean trusted, NodeRenderer codeRenderer) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            StrikethroughSubscriptExtension.create(),
            TaskListExtension.create(),
            AutolinkExtension.create(),
            FootnoteExtension.create(),
            TypographicExtension.create()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, trusted);
    options.set(HtmlRenderer.RENDER_HEADER_ID, trusted);
    // A reader's raw HTML is shown as the text they typed; the sanitiser runs after anyway.
    options.set(HtmlRenderer.ESCAPE_HTML, !trusted);
    // Quotes honour these keys; dashes and ellipses come out as named entities whatever the
    // options say (0.64.8), so render() maps those. Unicode characters work in HTML and feeds
    // alike.
    options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
    options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
    options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
    options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
    options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
    options.set(TablesExtension.CLASS_NAME, "table");
    // GitHub strikes through ~one~ tilde as well as ~~two~~; Flexmark parses one tilde only as
    // subscript, so that subscript is rendered as a deletion.
    options.set(StrikethroughSubscriptExtension.SUBSCRIPT_STYLE_HTML_OPEN, "<del>");
    options.set(StrikethroughSubscriptExtension.SUBSCRIPT_STYLE_HTML_CLOSE, "</del>");
    // Flexmark's default adds readonly, which HTML does not allow on a checkbox; the body
    // processor wraps each box with its text in a label.
    options.set(
        TaskListExtension.ITEM_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>");
    options.set(
        TaskListExtension.ITEM_NOT_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>");
    this.parser = Parser.builder(options).build();
    HtmlRenderer.Builder builder = HtmlRenderer.builder(options);
    if (codeRenderer != null) {
      builder.nodeRendererFactory(ignored -> codeRenderer);
    }
    this.renderer = builder.build();
  }

  /**
   * For posts: the author's raw HTML is kept, headings get ids and fenced code is highlighted.
   *
   * @param lineNumbers whether code blocks show line numbers unless their fence says otherwise
   */
  public static MarkdownRenderer forPosts(CodeHighlighter highlighter, boolean lineNumbers) {
    NodeRenderer code =
        () ->
            Set.of(
                new NodeRenderingHandler<>(
                    FencedCodeBlock.class,
                    (block, context, html) -> {
                      String highlighted =
                          highlighter.html(
                              FenceInfo.parse(
                                  block.getInfo().toString(),
                                  block.getContentChars().normalizeEOL(),
                                  lineNumbers));
                      // Inside pre the writer keeps each line's leading white space (its
                      // default trims it, which would flatten the code's indentation).
                      html.openPre();
                      html.raw(highlighted);
                      html.closePre();
                    }));
    return new MarkdownRenderer(true, code);
  }

  /** For readers' comments: raw HTML is escaped and headings get no ids. */
  public static MarkdownRenderer forComments() {
    return new MarkdownRenderer(false, null);
  }

  /** The HTML of a Markdown document; raw HTML is kept or escaped as configured. */
  public String render(String markdown) {
    // Control characters are invisible, invalid in XML feeds and never meant: dropped at the
    // source.
    String html = renderer.render(parser.parse(CONTROL.matcher(markdown).replaceAll("")));
    if (html.indexOf('&') < 0) {
      return html;
    }
    // An entity in the output is either escaped source text (then it reads &amp;...) or came from
    // the typographic extension or the author's own entity, so mapping these five is safe.
    return html.replace("&ndash;", "\u2013")
        .replace("&mdash;", "\u2014")
        .replace("&hellip;", "\u2026")
        .replace("&laquo;", "\u00AB")
        .replace("&raquo;", "\u00BB");
  }
}
