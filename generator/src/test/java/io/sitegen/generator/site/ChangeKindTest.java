package io.sitegen.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.internal.SourceFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which changed files start which part of a preview's build, and which start none. */
class ChangeKindTest {

  @Test
  void editorAndSedTemporaryFilesStartNoBuildAndAreNeverLoaded() {
    for (String temp :
        new String[] {
          "posts/diary/sedK3xP9q",
          "posts/sed0aZ9yQ",
          "photos/trip/sedAbCdEf",
          "posts/diary/.quiet-day.md.swp",
          "posts/diary/quiet-day.md~",
          "posts/diary/4913",
          "static/css/site.css.tmp"
        }) {
      Path path = Path.of(temp);
      // Before: a sed temp file beside the posts reran the photo stage.
      assertThat(ChangeKind.of(path)).as(temp).isEqualTo(ChangeKind.IGNORED);
      assertThat(SourceFiles.isHidden(path)).as(temp + " for the loaders").isTrue();
    }
  }

  @Test
  void filesThatOnlyLookLikeTemporaryOnesStillCount() {
    assertThat(ChangeKind.of(Path.of("posts/diary/sediment.md"))).isEqualTo(ChangeKind.CONTENT);
    assertThat(ChangeKind.of(Path.of("posts/diary/sedans.jpg"))).isEqualTo(ChangeKind.PHOTOS);
    assertThat(ChangeKind.of(Path.of("static/sedative12"))).isEqualTo(ChangeKind.STATIC);
  }
}
