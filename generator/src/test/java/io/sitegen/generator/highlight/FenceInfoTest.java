package io.sitegen.generator.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FenceInfoTest {

  @Test
  void theLanguageAloneHasNoOptions() {
    assertThat(FenceInfo.parse("java", "x\n", false))
        .isEqualTo(new CodeBlock("java", "x\n", false, Set.of()));
  }

  @Test
  void bareRangesInBracesAreHighlightedLines() {
    assertThat(FenceInfo.parse("java {3-5}", "", false).highlightedLines())
        .containsExactlyInAnyOrder(3, 4, 5);
    assertThat(FenceInfo.parse("java{1,4-5}", "", false).highlightedLines())
        .containsExactlyInAnyOrder(1, 4, 5);
    assertThat(FenceInfo.parse("java{1,4-5}", "", false).language()).isEqualTo("java");
  }

  @Test
  void hugoAttributesSetLineNumbersAndHighlightedLines() {
    CodeBlock block = FenceInfo.parse("go {linenos=true hl_lines=\"2 5-6\"}", "", false);
    assertThat(block.lineNumbers()).isTrue();
    assertThat(block.highlightedLines()).containsExactlyInAnyOrder(2, 5, 6);
    assertThat(FenceInfo.parse("go {linenos=table, hl_lines=[1,\"3-4\"]}", "", false))
        .isEqualTo(new CodeBlock("go", "", true, Set.of(1, 3, 4)));
  }

  @Test
  void theSiteDefaultHoldsUnlessTheFenceTurnsItOff() {
    assertThat(FenceInfo.parse("java", "", true).lineNumbers()).isTrue();
    assertThat(FenceInfo.parse("java {linenos=false}", "", true).lineNumbers()).isFalse();
  }

  @Test
  void nonsenseOptionsAreIgnored() {
    assertThat(FenceInfo.parse("java {style=monokai hl_lines=\"x\" 99999999999}", "", false))
        .isEqualTo(new CodeBlock("java", "", false, Set.of()));
  }
}
