package io.sitegen.generator.scaffold;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The file name and folder of a new post: a slug made from its title, and a checked category
 * folder. Both refuse what the post loader would skip or what could leave {@code posts/}.
 */
final class PostNames {

  static final int MAX_SLUG = 60;

  private static final String SLUG_FLAGS = "-Dslug=NAME (Maven) or --slug NAME (command line)";

  /** Letters that Unicode does not decompose into a base letter and a mark. */
  private static final Map<Integer, String> UNDECOMPOSED =
      Map.ofEntries(
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'Æ', "ae"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'Œ', "oe"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'Ø', "o"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'Ł', "l"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'Đ', "d"),
          Map.entry((int) 'ð', "d"),
          Map.entry((int) 'Ð', "d"),
          Map.entry((int) 'þ', "th"),
          Map.entry((int) 'Þ', "th"),
          Map.entry((int) 'ı', "i"));

  /** Characters some file system forbids, or that a shell or URL would misread. */
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}:*?\"<>|\\\\/]");

  private PostNames() {}

  /**
   * The slug of a title: ASCII letters and digits in lower case, every other run of characters one
   * hyphen, accents dropped ({@code Café} is {@code cafe}), and at most {@value #MAX_SLUG}
   * characters, cut at a hyphen. Empty when the title has no Latin letters or digits at all.
   */
  static String slugOf(String title) {
    String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            c -> {
              if (Character.getType(c) == Character.NON_SPACING_MARK
                  || c == '\''
                  || c == '\u2019') {
                // Accents go, and so do apostrophes: "Don't" is "dont", not "don-t".
                return;
              }
              String replacement = UNDECOMPOSED.get(c);
              if (replacement != null) {
                folded.append(replacement);
              } else {
                folded.appendCodePoint(c);
              }
            });
    String slug =
        folded
            .toString()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() <= MAX_SLUG) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', MAX_SLUG);
    return slug.substring(0, cut > 0 ? cut : MAX_SLUG).replaceAll("-+$", "");
  }

  /** The slug for {@code title}, failing with what to do when the title gives none. */
  static String slugFromTitle(String title) {
    String slug = slugOf(title);
    if (slug.isEmpty()) {
      throw new BuildException(
          PostScaffold.STAGE,
          Problem.general(
              "the title '" + title + "' has no Latin letters or digits to make a file name of",
              "Name the file yourself: " + SLUG_FLAGS));
    }
    return slug;
  }

  /**
   * A slug given by the user, as the file name without {@code .md}: anything the post loader reads
   * as a post, except path separators and characters file systems forbid.
   */
  static String checkSlug(String slug) {
    String name = slug.strip();
    if (name.endsWith(".md")) {
      name = name.substring(0, name.length() - ".md".length());
    }
    String wrong = wrongName(name);
    if (wrong.isEmpty() && name.chars().anyMatch(Character::isWhitespace)) {
      wrong = "has white space";
    }
    if (!wrong.isEmpty()) {
      throw new BuildException(
          PostScaffold.STAGE,
          Problem.general(
              "slug '" + slug + "' " + wrong + ", so it cannot name the post's file",
              "Use letters, digits and hyphens, e.g. exploring-a-migration"));
    }
    return name;
  }

  /**
   * The category as a folder path below {@code posts/}, {@code /}-separated without a leading or
   * trailing {@code /}. The leading {@code /} of the usual spelling ({@code /openstack/tips}) is
   * accepted; {@code ..}, {@code \}, drive letters and names the post loader skips are not.
   */
  static String checkCategory(String category) {
    String text = category.strip();
    List<String> folders = new ArrayList<>();
    String wrong = "";
    if (text.indexOf('\\') >= 0) {
      wrong = "has a backslash";
    } else if (text.startsWith("~") || text.matches("^[A-Za-z]:(/.*)?$")) {
      wrong = "is a path on disk";
    } else {
      for (String folder : text.split("/+")) {
        if (folder.isEmpty()) {
          continue;
        }
        String folderWrong = wrongName(folder);
        if (!folderWrong.isEmpty()) {
          wrong = "has a folder '" + folder + "' that " + folderWrong;
          break;
        }
        folders.add(folder);
      }
    }
    if (!wrong.isEmpty()) {
      throw new BuildException(
          PostScaffold.STAGE,
          Problem.general(
              "category '" + category + "' " + wrong,
              "Name the folders below posts/, e.g. openstack/tips"));
    }
    return String.join("/", folders);
  }

  /**
   * Why {@code name} cannot be one file or folder name of a post, or empty: {@code .} and {@code
   * ..}, names the post loader skips (hidden files, editor backups), unsafe characters.
   */
  private static String wrongName(String name) {
    if (name.isEmpty()) {
      return "is empty";
    }
    if (name.equals(".") || name.equals("..")) {
      return "leaves its folder";
    }
    if (name.startsWith(".")
        || name.startsWith("#")
        || name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".tmp")) {
      return "would be skipped as a hidden or backup file";
    }
    if (UNSAFE.matcher(name).find()) {
      return "has a character file names cannot hold (/ \\ : * ? \" < > | or a control)";
    }
    return "";
  }

  /** How a front end should say "pick another file name". */
  static String slugHint() {
    return "Pick another file name: " + SLUG_FLAGS;
  }
}
