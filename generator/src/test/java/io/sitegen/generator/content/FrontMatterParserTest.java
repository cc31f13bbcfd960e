package io.sitegen.generator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final Path FILE = Path.of("posts/openstack/x.md");

  private final List<String> warnings = new ArrayList<>();
  private final FrontMatterParser parser = new FrontMatterParser(SYDNEY, warnings::add);

  private PostSource.FrontMatter parse(String text) {
    return parser.parse(
        FrontMatterParser.split(text, FILE), FILE, Optional.empty(), Optional.empty());
  }

  private List<Problem> problems(String text) {
    BuildException e = catchThrowableOfType(BuildException.class, () -> parse(text));
    assertThat(e).as("a BuildException").isNotNull();
    assertThat(e.stage()).isEqualTo("load");
    return e.problems();
  }

  @Test
  void splitSeparatesFrontMatterFromBodyAndKnowsTheBodysLine() {
    FrontMatterParser.Split split =
        FrontMatterParser.split(
            "---\ntitle: A\ndate: 2013-09-30\n---\nFirst body line\n\nSecond\n", FILE);
    assertThat(split.yaml()).isEqualTo("title: A\ndate: 2013-09-30");
    assertThat(split.body()).isEqualTo("First body line\n\nSecond");
    // Lines 1-4 are the front matter and its fences; the body starts on line 5.
    assertThat(split.bodyLine()).isEqualTo(5);
  }

  @Test
  void splitAcceptsDotsAsTheClosingFenceAndAnEmptyBody() {
    FrontMatterParser.Split split = FrontMatterParser.split("---\ntitle: A\n...\n", FILE);
    assertThat(split.yaml()).isEqualTo("title: A");
    assertThat(split.body()).isEmpty();
    assertThat(split.bodyLine()).isEqualTo(4);
  }

  @Test
  void splitKeepsLaterRulesInTheBody() {
    FrontMatterParser.Split split =
        FrontMatterParser.split("---\ntitle: A\n---\nabove\n\n---\n\nbelow", FILE);
    assertThat(split.body()).isEqualTo("above\n\n---\n\nbelow");
    assertThat(split.bodyLine()).isEqualTo(4);
  }

  @Test
  void aFileWithoutFrontMatterFailsOnLineOne() {
    BuildException e =
        catchThrowableOfType(
            BuildException.class, () -> FrontMatterParser.split("title: A\n\nBody\n", FILE));
    assertThat(e.problems())
        .extracting(Problem::file, Problem::line)
        .containsExactly(tuple(Optional.of(FILE), 1));
    assertThat(e.problems().get(0).message()).contains("no front matter");
  }

  @Test
  void frontMatterThatIsNeverClosedFailsOnLineOne() {
    BuildException e =
        catchThrowableOfType(
            BuildException.class, () -> FrontMatterParser.split("---\ntitle: A\nBody\n", FILE));
    assertThat(e.problems()).extracting(Problem::line).containsExactly(1);
    assertThat(e.problems().get(0).message()).contains("never closed");
  }

  @Test
  void typesTheKnownKeys() {
    PostSource.FrontMatter fm =
        parse(
            """
            ---
            title: "  Havana summit notes  "
            date: 2013-09-30 04:58
            tags: [openstack, conference]
            draft: true
            summary: "  Notes from Portland.  "
            aliases: [/2013/09/havana.html, /havana/]
            ---
            Body
            """);
    assertThat(fm.title()).isEqualTo("Havana summit notes");
    assertThat(fm.date()).isEqualTo(ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, SYDNEY));
    assertThat(fm.tags()).containsExactly("openstack", "conference");
    assertThat(fm.draft()).isTrue();
    assertThat(fm.summary()).contains("Notes from Portland.");
    assertThat(fm.aliases()).containsExactly("/2013/09/havana.html", "/havana/");
    assertThat(fm.extra()).isEmpty();
  }

  @Test
  void aDateWithoutATimeOfDayIsNotTimed() {
    assertThat(parse("---\ntitle: A\ndate: 2013-09-30 04:58\n---\n").timed()).isTrue();
    assertThat(parse("---\ntitle: A\ndate: 2013-09-30T04:58:00+10:00\n---\n").timed()).isTrue();
    // Shown without "00:00": the author gave only a day.
    assertThat(parse("---\ntitle: A\ndate: 2013-09-30\n---\n").timed()).isFalse();
  }

  @Test
  void aPageNeedsNoDate() {
    PostSource.FrontMatter fm =
        parser.parsePage(
            FrontMatterParser.split("---\ntitle: About\nmenu: Me\n---\nBody\n", FILE), FILE);
    assertThat(fm.title()).isEqualTo("About");
    assertThat(fm.date()).isNull();
    assertThat(fm.extra()).containsEntry("menu", "Me");
  }

  @Test
  void defaultsForOptionalKeys() {
    PostSource.FrontMatter fm = parse("---\ntitle: A\ndate: 2013-09-30\nsummary: '  '\n---\n");
    assertThat(fm.tags()).isEmpty();
    assertThat(fm.aliases()).isEmpty();
    assertThat(fm.draft()).isFalse();
    assertThat(fm.summary()).isEmpty();
  }

  @Test
  void tagsShorthandIsACommaSeparatedListWithoutDuplicates() {
    assertThat(parse("---\ntitle: A\ndate: 2013-09-30\ntags: nova, keystone , nova\n---\n").tags())
        .containsExactly("nova", "keystone");
    assertThat(parse("---\ntitle: A\ndate: 2013-09-30\ntags: nova\n---\n").tags())
        .containsExactly("nova");
    assertThat(parse("---\ntitle: A\ndate: 2013-09-30\ntags: [a, '', b, a]\n---\n").tags())
        .containsExactly("a", "b");
  }

  @Test
  void extraKeysAreKeptInOrderWithTheirYamlTypes() {
    PostSource.FrontMatter fm =
        parse(
            """
            ---
            layout: wide
            title: A
            cover: images/cover.jpg
            date: 2013-09-30
            rating: 4
            links: [a, b]
            ---
            """);
    assertThat(fm.extra())
        .containsExactly(
            Map.entry("layout", "wide"),
            Map.entry("cover", "images/cover.jpg"),
            Map.entry("rating", 4),
            Map.entry("links", List.of("a", "b")));
  }

  @Test
  void yaml12KeepsDatesAndYesAsStrings() {
    PostSource.FrontMatter fm =
        parse("---\ntitle: 2013-09-30\ndate: 2013-09-30T04:58:00+10:00\nanswer: no\n---\n");
    assertThat(fm.title()).isEqualTo("2013-09-30");
    assertThat(fm.date().toLocalDateTime().toString()).isEqualTo("2013-09-30T04:58");
    assertThat(fm.extra()).containsEntry("answer", "no");
  }

  @Test
  void theDateOfTheFileNameIsUsedWithoutADateKey() {
    ZonedDateTime fromName = ZonedDateTime.of(2014, 3, 1, 0, 0, 0, 0, SYDNEY);
    String text = "---\ntitle: Rainy\n---\n";
    assertThat(
            parser
                .parse(
                    FrontMatterParser.split(text, FILE),
                    FILE,
                    Optional.of(fromName),
                    Optional.empty())
                .date())
        .isEqualTo(fromName);
    // A date key wins over the file name.
    String dated = "---\ntitle: Rainy\ndate: 2014-03-02 10:00\n---\n";
    assertThat(
            parser
                .parse(
                    FrontMatterParser.split(dated, FILE),
                    FILE,
                    Optional.of(fromName),
                    Optional.empty())
                .date())
        .isEqualTo(ZonedDateTime.of(2014, 3, 2, 10, 0, 0, 0, SYDNEY));
  }

  @Test
  void everyBadKeyIsReportedOnItsOwnLine() {
    List<Problem> problems =
        problems(
            """
            ---
            title: A
            tags:
              openstack: yes
            date: 2013-02-30
            draft: maybe
            aliases: [old.html]
            ---
            Body
            """);
    // File lines: 1 ---, 2 title, 3 tags, 4 (tags' map), 5 date, 6 draft, 7 aliases.
    assertThat(problems)
        .extracting(Problem::line, p -> p.message().split(" ")[0])
        .containsExactlyInAnyOrder(
            tuple(5, "date"), tuple(3, "tags"), tuple(6, "draft"), tuple(7, "alias"));
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).contains(FILE));
    assertThat(problems.stream().filter(p -> p.line() == 5).findFirst().orElseThrow().message())
        .isEqualTo("date '2013-02-30' is not a date");
  }

  @Test
  void updatedLastmodAndLastModifiedAtAreOneDateImageAndTocAreTyped() {
    for (String key : List.of("updated", "lastmod", "last_modified_at")) {
      PostSource.FrontMatter fm =
          parse(
              "---\ntitle: A\ndate: 2013-09-30 04:58\n"
                  + key
                  + ": 2013-10-02 08:00\nimage: cover.png\ntoc: true\n---\nBody\n");
      assertThat(fm.updated()).as(key).contains(ZonedDateTime.of(2013, 10, 2, 8, 0, 0, 0, SYDNEY));
      assertThat(fm.image()).contains("cover.png");
      assertThat(fm.toc()).contains(true);
      assertThat(fm.extra()).isEmpty();
    }
    PostSource.FrontMatter plain = parse("---\ntitle: A\ndate: 2013-09-30\n---\nBody\n");
    assertThat(plain.updated()).isEmpty();
    assertThat(plain.toc()).isEmpty();
  }

  @Test
  void aBadUpdatedDateTwoOfItsNamesAndANonBooleanTocAreReportedOnTheirLines() {
    assertThat(problems("---\ntitle: A\ndate: 2013-09-30\nlastmod: soon\n---\nBody\n"))
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(4, "lastmod 'soon' is not a date"));
    assertThat(
            problems(
                "---\ntitle: A\ndate: 2013-09-30\nupdated: 2013-10-01\nlastmod: 2013-10-02\n"
                    + "---\nBody\n"))
        .extracting(Problem::line, Problem::message, Problem::hint)
        .containsExactly(tuple(5, "has both 'updated' and 'lastmod'", "Keep one of them"));
    assertThat(problems("---\ntitle: A\ndate: 2013-09-30\ntoc: yes please\n---\nBody\n"))
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(4, "toc must be true or false"));
  }

  @Test
  void aMissingTitleAndDateAreReportedTogether() {
    List<Problem> problems = problems("---\nsummary: nothing else\n---\nBody\n");
    assertThat(problems)
        .extracting(Problem::line, Problem::message)
        .containsExactlyInAnyOrder(tuple(2, "has no title"), tuple(2, "has no date"));
  }

  @Test
  void aListAsTitleIsReportedOnTheTitleLine() {
    List<Problem> problems = problems("---\ndate: 2013-09-30\ntitle: [a, b]\n---\n");
    assertThat(problems)
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(3, "title must be a single line of text"));
  }

  @Test
  void yamlSyntaxErrorsNameTheFileLine() {
    // The duplicate key is on line 4 of the file (line 3 of the front matter).
    List<Problem> problems = problems("---\ntitle: A\ndate: 2013-09-30\ntitle: B\n---\n");
    assertThat(problems).extracting(Problem::line).containsExactly(4);
    assertThat(problems.get(0).message()).startsWith("malformed YAML");
  }

  @Test
  void aMisspeltKnownKeyIsKeptButWarnedAboutWithItsLine() {
    PostSource.FrontMatter fm = parse("---\ntitle: A\ndate: 2013-09-30\ntag: nova\n---\n");
    assertThat(fm.tags()).isEmpty();
    assertThat(fm.extra()).containsExactly(Map.entry("tag", "nova"));
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith("posts/openstack/x.md:4:").contains("'tags'");
  }
}
