package io.sitegen.generator.content;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.content.PostSource.FrontMatter;
import io.sitegen.generator.internal.KeySpelling;
import io.sitegen.generator.internal.YamlReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits a post file into YAML front matter and Markdown body, and types the known keys. Every
 * problem names the file and the line of the offending key.
 */
final class FrontMatterParser {

  static final String STAGE = "load";
  private static final String HOW =
      "Start the file with a line '---', then 'title: ...' and 'date: YYYY-MM-DD HH:MM', then a"
          + " line '---'";

  private static final List<String> KNOWN_KEYS =
      List.of(
          "title",
          "date",
          "updated",
          "lastmod",
          "last_modified_at",
          "tags",
          "draft",
          "summary",
          "aliases",
          "slug",
          "gallery",
          "image",
          "toc",
          "menu");

  /** {@code updated:} and the names Hugo ({@code lastmod}) and Jekyll give it. */
  private static final List<String> UPDATED_KEYS =
      List.of("updated", "lastmod", "last_modified_at");

  private final YamlReader yaml = new YamlReader();
  private final ZoneId zone;
  private final Consumer<String> warn;

  FrontMatterParser(ZoneId zone, Consumer<String> warn) {
    this.zone = zone;
    this.warn = warn;
  }

  /** The split of a file: front matter text, body text and the line the body starts on. */
  record Split(String yaml, String body, int bodyLine) {}

  static Split split(String text, Path file) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new BuildException(
          STAGE, Problem.at(file, 1, "has no front matter (the first line is not '---')", HOW));
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        String front = String.join("\n", lines.subList(1, i));
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return new Split(front, body, i + 2);
      }
    }
    throw new BuildException(
        STAGE,
        Problem.at(
            file,
            1,
            "front matter opened with '---' on line 1 is never closed",
            "Add a line '---' after the last front matter key"));
  }

  /**
   * Types the front matter of {@code file}.
   *
   * @param fileDate the date from a {@code YYYY-MM-DD-} file name prefix, used when there is no
   *     {@code date:}
   * @param unrealNameDate a file name prefix shaped like a date that is none ({@code 2024-02-30})
   */
  FrontMatter parse(
      Split split, Path file, Optional<ZonedDateTime> fileDate, Optional<String> unrealNameDate) {
    return parse(split, file, fileDate, unrealNameDate, true);
  }

  /**
   * Types the front matter of a page: the same keys as a post's, but a page needs no date (its
   * {@code date} is null when it has none).
   */
  FrontMatter parsePage(Split split, Path file) {
    return parse(split, file, Optional.empty(), Optional.empty(), false);
  }

  private FrontMatter parse(
      Split split,
      Path file,
      Optional<ZonedDateTime> fileDate,
      Optional<String> unrealNameDate,
      boolean dateRequired) {
    Map<String, Object> raw = yaml.readMap(STAGE, split.yaml(), file, 2);
    Map<String, Object> extra = new LinkedHashMap<>(raw);
    List<Problem> problems = new ArrayList<>();

    Object title = extra.remove("title");
    if (title == null
        || title.toString().isBlank()
        || title instanceof Map
        || title instanceof List) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(split.yaml(), "title", 2),
              title == null
                  ? "has no title" + misspelt(extra.keySet(), "title")
                  : "title must be a single line of text",
              "Add 'title: Your title' to the front matter"));
    } else {
      checkText(
              title.toString().strip(),
              "title",
              PostLimits.MAX_TITLE,
              file,
              YamlReader.lineOf(split.yaml(), "title", 2))
          .ifPresent(problems::add);
    }

    Object dateValue = extra.remove("date");
    ZonedDateTime date = null;
    if (dateValue == null) {
      date = fileDate.orElse(null);
      if (date == null && dateRequired) {
        problems.add(
            Problem.at(
                file,
                2,
                "has no date"
                    + misspelt(extra.keySet(), "date")
                    + unrealNameDate
                        .map(
                            d ->
                                ": the file name starts with "
                                    + d
                                    + ", which is"
                                    + " not a real date")
                        .orElse(""),
                unrealNameDate.isPresent()
                    ? "Correct the date in the file name, or add 'date: YYYY-MM-DD HH:MM' to the"
                        + " front matter"
                    : "Add 'date: YYYY-MM-DD HH:MM' to the front matter, or start the file name"
                        + " with YYYY-MM-DD-"));
      }
    } else {
      date = PostDates.parse(dateValue.toString(), zone).orElse(null);
      if (date == null) {
        problems.add(
            Problem.at(
                file,
                YamlReader.lineOf(split.yaml(), "date", 2),
                "date '" + dateValue + "' is not a date",
                "Write it as " + PostDates.ACCEPTED));
      }
    }

    List<String> tags = stringList(extra.remove("tags"), "tags", split.yaml(), file, problems);
    List<String> aliases =
        new ArrayList<>(
            stringList(extra.remove("aliases"), "aliases", split.yaml(), file, problems));
    // Jekyll's jekyll-redirect-from name for the same thing.
    aliases.addAll(
        stringList(extra.remove("redirect_from"), "redirect_from", split.yaml(), file, problems));
    if (tags.size() > PostLimits.MAX_TAGS) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(split.yaml(), "tags", 2),
              "has " + tags.size() + " tags; a post may have at most " + PostLimits.MAX_TAGS,
              "Keep the tags that readers would browse by"));
    }
    for (String tag : tags) {
      checkText(
              tag,
              "tag '" + PostLimits.shown(tag) + "'",
              PostLimits.MAX_TAG,
              file,
              YamlReader.lineOf(split.yaml(), "tags", 2))
          .ifPresent(problems::add);
    }
    for (String alias : aliases) {
      PostLimits.aliasProblem(alias)
          .ifPresent(
              why ->
                  problems.add(
                      Problem.at(
                          file,
                          YamlReader.lineOf(split.yaml(), "aliases", 2),
                          "alias '" + PostLimits.shown(alias) + "' " + why,
                          "Write old URLs from the site root, e.g. /2012/06/old-name.html")));
    }
    Object draft = extra.remove("draft");
    // Jekyll's 'published: false' is a draft (a post copied from a Jekyll blog must not go out).
    if (draft == null && Boolean.FALSE.equals(extra.get("published"))) {
      draft = Boolean.TRUE;
    }
    if (draft != null && !(draft instanceof Boolean)) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(split.yaml(), "draft", 2),
              "draft must be true or false",
              ""));
    }
    Optional<ZonedDateTime> updated = updated(extra, split.yaml(), file, zone, problems);
    Object image = extra.remove("image");
    Object toc = extra.remove("toc");
    if (toc != null && !(toc instanceof Boolean)) {
      problems.add(
          Problem.at(
              file, YamlReader.lineOf(split.yaml(), "toc", 2), "toc must be true or false", ""));
    }
    Object summary = extra.remove("summary");
    // Jekyll's excerpt and Hugo's description say the same, where the author gave no summary.
    for (String other : List.of("excerpt", "description")) {
      if (summary == null && extra.get(other) instanceof String text && !text.isBlank()) {
        summary = text;
      }
    }
    if (summary != null) {
      checkText(
              summary.toString().strip(),
              "summary",
              PostLimits.MAX_SUMMARY,
              file,
              YamlReader.lineOf(split.yaml(), "summary", 2))
          .ifPresent(problems::add);
    }
    Object slug = extra.remove("slug");
    Object gallery = extra.get("gallery");
    if (gallery instanceof Map || gallery instanceof List) {
      // Jekyll themes write gallery: as a list of images; a copied post must still build.
      warn.accept(
          file.toString().replace('\\', '/')
              + ":"
              + YamlReader.lineOf(split.yaml(), "gallery", 2)
              + ": gallery: is a list here (as Jekyll themes write it), not one of site-gen's"
              + " albums, so it is not read as one (the post shows its own folder's album, if any);"
              + " it reaches templates as post.extra.gallery. For an album, put the images in"
              + " photos/<name>/ and write 'gallery: <name>'");
      gallery = null;
    } else {
      extra.remove("gallery");
    }
    if (slug != null && !isSlug(slug.toString().strip())) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(split.yaml(), "slug", 2),
              "slug '" + slug + "' cannot be part of a URL",
              "Use letters, digits and hyphens, without '/'"));
    } else if (slug != null) {
      slugLength(slug.toString().strip(), file, YamlReader.lineOf(split.yaml(), "slug", 2))
          .ifPresent(problems::add);
    }

    // Before the errors stop the build: a failed build must still say which keys look misspelt,
    // except those an error already names (a missing title or date).
    for (String key : extra.keySet()) {
      KeySpelling.probablyMeant(key, KNOWN_KEYS)
          .filter(
              known ->
                  problems.stream().noneMatch(p -> p.message().contains(misspelling(key, known))))
          .ifPresent(
              known ->
                  warn.accept(
                      file.toString().replace('\\', '/')
                          + ":"
                          + YamlReader.lineOf(split.yaml(), key, 2)
                          + ": unknown front matter key '"
                          + key
                          + "': did you mean '"
                          + known
                          + "'?"));
    }
    if (!problems.isEmpty()) {
      throw new BuildException(STAGE, problems);
    }
    return new FrontMatter(
        title.toString().strip(),
        date,
        dateValue != null && PostDates.hasTime(dateValue.toString()),
        tags,
        Boolean.TRUE.equals(draft),
        Optional.ofNullable(summary)
            .map(Object::toString)
            .map(String::strip)
            .filter(s -> !s.isEmpty()),
        aliases,
        Optional.ofNullable(slug).map(s -> s.toString().strip()),
        Optional.ofNullable(gallery).map(g -> g.toString().strip()),
        updated,
        Optional.ofNullable(image).map(i -> i.toString().strip()).filter(i -> !i.isEmpty()),
        Optional.ofNullable((Boolean) toc),
        extra);
  }

  /**
   * A problem when {@code text} holds a control character or is longer than {@code max} characters;
   * {@code what} names it in the message ({@code title}, {@code tag 'x'}).
   */
  private static Optional<Problem> checkText(
      String text, String what, int max, Path file, int line) {
    Optional<String> control = PostLimits.controlCharacter(text);
    if (control.isPresent()) {
      return Optional.of(
          Problem.at(
              file,
              line,
              what + " holds a control character (" + control.get() + ")",
              "Remove it: it is invisible and not allowed in pages and feeds"));
    }
    if (text.length() > max) {
      return Optional.of(
          Problem.at(
              file,
              line,
              what + " is " + text.length() + " characters long; at most " + max + " are allowed",
              "Shorten it"));
    }
    return Optional.empty();
  }

  /** A problem when a slug, which becomes a file name, is too long for one. */
  static Optional<Problem> slugLength(String slug, Path file, int line) {
    int bytes = PostLimits.utf8Length(slug);
    if (bytes <= PostLimits.MAX_NAME_BYTES) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.at(
            file,
            line,
            "slug is "
                + slug.length()
                + " characters long ("
                + bytes
                + " bytes); a file name allows at most "
                + PostLimits.MAX_NAME_BYTES
                + " bytes",
            "Give the post a shorter 'slug:'"));
  }

  /** The last-modified date under any of its names; two of them at once is a mistake. */
  private static Optional<ZonedDateTime> updated(
      Map<String, Object> extra, String yaml, Path file, ZoneId zone, List<Problem> problems) {
    List<String> given = UPDATED_KEYS.stream().filter(extra::containsKey).toList();
    if (given.isEmpty()) {
      return Optional.empty();
    }
    String key = given.get(0);
    int line = YamlReader.lineOf(yaml, key, 2);
    if (given.size() > 1) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(yaml, given.get(1), 2),
              "has both '" + key + "' and '" + given.get(1) + "'",
              "Keep one of them"));
    }
    Object value = extra.remove(key);
    given.forEach(extra::remove);
    Optional<ZonedDateTime> date =
        value == null ? Optional.empty() : PostDates.parse(value.toString(), zone);
    if (date.isEmpty()) {
      problems.add(
          Problem.at(
              file,
              line,
              key + " '" + value + "' is not a date",
              "Write it as " + PostDates.ACCEPTED));
    }
    return date;
  }

  /**
   * " ('titel' looks like a misspelling of 'title')" when an unknown key is a near miss of the
   * missing required one, so the user learns why the key they wrote did not count.
   */
  private static String misspelt(Set<String> keys, String required) {
    return keys.stream()
        .filter(key -> !KNOWN_KEYS.contains(key))
        .filter(key -> KeySpelling.probablyMeant(key, List.of(required)).isPresent())
        .findFirst()
        .map(key -> misspelling(key, required))
        .orElse("");
  }

  /** How an error that a required key is missing names a key that looks like it. */
  private static String misspelling(String key, String required) {
    return " ('" + key + "' looks like a misspelling of '" + required + "')";
  }

  private static boolean isSlug(String slug) {
    return !slug.isEmpty()
        && !slug.equals(".")
        && !slug.equals("..")
        && slug.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
  }

  /** A list of strings, also accepting the shorthand {@code tags: a, b}. */
  private static List<String> stringList(
      Object value, String key, String yaml, Path file, List<Problem> problems) {
    if (value == null) {
      return List.of();
    }
    List<?> items;
    if (value instanceof List<?> list) {
      items = list;
    } else if (value instanceof Map) {
      problems.add(
          Problem.at(
              file,
              YamlReader.lineOf(yaml, key, 2),
              key + " must be a list",
              "e.g. " + key + ": [a, b]"));
      return List.of();
    } else {
      items = List.of(value.toString().split(","));
    }
    Set<String> result = new LinkedHashSet<>();
    for (Object item : items) {
      if (item instanceof Map || item instanceof List) {
        problems.add(
            Problem.at(
                file,
                YamlReader.lineOf(yaml, key, 2),
                key + " must be a list of words",
                "e.g. " + key + ": [a, b]"));
        continue;
      }
      String text = item == null ? "" : item.toString().strip();
      if (!text.isEmpty()) {
        result.add(text);
      }
    }
    return List.copyOf(result);
  }
}
