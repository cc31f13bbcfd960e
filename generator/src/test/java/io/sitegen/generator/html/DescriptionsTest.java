package io.sitegen.generator.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Descriptions} against the definitions it keeps to: white space is what {@code \s} matches
 * (ASCII only; a no-break space is a letter), runs of it collapse to one space after {@link
 * String#strip()}, and the cut is at the last space within the first {@code max} + 1 characters.
 */
class DescriptionsTest {

  private static final List<String> AWKWARD =
      List.of(
          "",
          "   ",
          "one",
          "  one  two\t\tthree\n\nfour\r\n five\u000B\fsix  ",
          "\u2003 Unicode spaces at the ends are stripped \u2003",
          "a\u00A0no-break\u00A0space is no space",
          "x".repeat(30),
          "x".repeat(9) + " " + "y".repeat(20),
          "word ".repeat(40),
          "ten chars.".repeat(3),
          "exactly   ten",
          "\t\tab cd ef gh\n ij kl");

  @Test
  void shortenCollapsesAndCutsAsTheRegularExpressionsSay() {
    for (String text : AWKWARD) {
      for (int max = 1; max <= 32; max++) {
        assertThat(Descriptions.shorten(text, max))
            .as("%s at %d", text, max)
            .isEqualTo(byRegex(text, max));
      }
    }
  }

  @Test
  void wordsAreWhatSplittingAtWhiteSpaceGives() {
    for (String text : AWKWARD) {
      int expected = text.isBlank() ? 0 : text.strip().split("\\s+").length;
      assertThat(Descriptions.words(text)).as(text).isEqualTo(expected);
    }
    assertThat(Descriptions.words("  one  two\t\tthree\n")).isEqualTo(3);
    assertThat(Descriptions.words("a\u00A0b")).isEqualTo(1);
  }

  private static String byRegex(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > 0 ? cut : max) + "…";
  }
}
