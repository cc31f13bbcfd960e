package io.sitegen.generator.highlight;

import static org.fife.ui.rsyntaxtextarea.SyntaxConstants.*;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Fence language names (and their usual aliases, as GitHub, Hugo and Pandoc spell them) to lexers.
 * Names are matched ignoring case.
 */
final class Languages {

  private static final Map<String, Supplier<Lexer>> LEXERS = new TreeMap<>();

  static {
    style(SYNTAX_STYLE_JAVA, "java");
    style(SYNTAX_STYLE_KOTLIN, "kotlin", "kt", "kts");
    style(SYNTAX_STYLE_SCALA, "scala", "sc");
    style(SYNTAX_STYLE_GROOVY, "groovy", "gradle");
    style(SYNTAX_STYLE_XML, "xml", "xsd", "xsl", "xslt", "pom", "svg", "wsdl", "plist");
    style(SYNTAX_STYLE_HTML, "html", "htm", "xhtml");
    style(SYNTAX_STYLE_CSS, "css");
    style(SYNTAX_STYLE_LESS, "less");
    style(SYNTAX_STYLE_JAVASCRIPT, "javascript", "js", "mjs", "cjs", "jsx");
    style(SYNTAX_STYLE_TYPESCRIPT, "typescript", "ts", "tsx", "mts");
    style(SYNTAX_STYLE_JSON, "json", "jsonc", "json5", "geojson");
    style(SYNTAX_STYLE_JSON_WITH_COMMENTS, "jshintrc");
    style(SYNTAX_STYLE_PROPERTIES_FILE, "properties", "props", "jproperties");
    style(SYNTAX_STYLE_INI, "ini", "cfg", "conf", "toml", "editorconfig", "gitconfig");
    style(SYNTAX_STYLE_SQL, "sql", "mysql", "postgresql", "psql", "plsql");
    style(
        SYNTAX_STYLE_UNIX_SHELL,
        "shell",
        "sh",
        "bash",
        "zsh",
        "ksh",
        "console",
        "shell-session",
        "shellsession",
        "terminal");
    style(SYNTAX_STYLE_WINDOWS_BATCH, "bat", "batch", "cmd", "dos");
    style(SYNTAX_STYLE_DOCKERFILE, "dockerfile", "docker", "containerfile");
    style(SYNTAX_STYLE_PYTHON, "python", "py", "python3", "py3", "gyp");
    style(SYNTAX_STYLE_GO, "go", "golang");
    style(SYNTAX_STYLE_RUST, "rust", "rs");
    style(SYNTAX_STYLE_C, "c", "h");
    style(SYNTAX_STYLE_CPLUSPLUS, "cpp", "c++", "cc", "cxx", "hpp", "hh", "hxx");
    style(SYNTAX_STYLE_CSHARP, "csharp", "cs", "c#");
    style(SYNTAX_STYLE_RUBY, "ruby", "rb", "gemspec", "rake");
    style(SYNTAX_STYLE_PHP, "php", "php3", "php4", "php5", "php7", "php8");
    style(SYNTAX_STYLE_JSP, "jsp");
    style(SYNTAX_STYLE_PERL, "perl", "pl", "pm");
    style(SYNTAX_STYLE_LUA, "lua");
    style(SYNTAX_STYLE_DART, "dart");
    style(SYNTAX_STYLE_D, "d");
    style(SYNTAX_STYLE_CLOJURE, "clojure", "clj", "cljs", "edn");
    style(SYNTAX_STYLE_LISP, "lisp", "elisp", "emacs-lisp", "scheme", "racket");
    style(SYNTAX_STYLE_TCL, "tcl");
    style(SYNTAX_STYLE_LATEX, "latex", "tex");
    style(SYNTAX_STYLE_MARKDOWN, "markdown", "md");
    style(SYNTAX_STYLE_MAKEFILE, "makefile", "make", "mk");
    style(SYNTAX_STYLE_VISUAL_BASIC, "vb", "vbnet", "vba", "vbscript");
    style(SYNTAX_STYLE_DELPHI, "delphi", "pascal", "objectpascal");
    style(SYNTAX_STYLE_FORTRAN, "fortran", "f90", "f95");
    style(SYNTAX_STYLE_ASSEMBLER_X86, "asm", "nasm", "x86asm");
    style(SYNTAX_STYLE_ACTIONSCRIPT, "actionscript", "as");
    style(SYNTAX_STYLE_PROTO, "proto", "protobuf");
    style(SYNTAX_STYLE_HANDLEBARS, "handlebars", "hbs", "mustache");
    style(SYNTAX_STYLE_DTD, "dtd");
    style(SYNTAX_STYLE_HTACCESS, "htaccess", "apache", "apacheconf");
    style(SYNTAX_STYLE_NSIS, "nsis");
    style(SYNTAX_STYLE_SAS, "sas");
    style(SYNTAX_STYLE_VHDL, "vhdl");
    style(SYNTAX_STYLE_CSV, "csv");
    style(SYNTAX_STYLE_HOSTS, "hosts");
    LEXERS.put("yaml", YamlLexer::new);
    LEXERS.put("yml", YamlLexer::new);
    LEXERS.put("diff", DiffLexer::new);
    LEXERS.put("patch", DiffLexer::new);
    LEXERS.put("udiff", DiffLexer::new);
  }

  private Languages() {}

  private static void style(String syntaxStyle, String... names) {
    for (String name : names) {
      LEXERS.put(name, () -> new TokenMakerLexer(syntaxStyle));
    }
  }

  /** A fresh lexer for the fence language {@code name}, or empty if none is known. */
  static Optional<Lexer> lexer(String name) {
    Supplier<Lexer> lexer = LEXERS.get(name.toLowerCase(Locale.ROOT));
    return lexer == null ? Optional.empty() : Optional.of(lexer.get());
  }
}
