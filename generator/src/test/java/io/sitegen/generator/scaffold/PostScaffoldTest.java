package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.content.LoadedContent;
import io.sitegen.generator.content.PostLoader;
import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** New posts written into real blog folders, then read back by the project's own post loader. */
class PostScaffoldTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  /** 2013-09-29 18:58:41 UTC, which is 04:58 on the 30th in Sydney. */
  private static final Instant NOW = Instant.parse("2013-09-29T18:58:41Z");

  @TempDir Path blog;

  private final List<BuildEvent> events = new ArrayList<>();

  private Path create(NewPostOptions options) {
    return new PostScaffold().create(options, events::add);
  }

  private NewPostOptions options(String title) {
    return NewPostOptions.of(blog, title).withNow(NOW);
  }

  private void siteYaml(String text) throws IOException {
    Files.writeString(blog.resolve("site.yaml"), text);
  }

  private PostSource loadOnly() {
    LoadedContent content =
        new PostLoader(SYDNEY, w -> events.add(BuildEvent.warning(w))).load(blog, true, false, NOW);
    assertThat(content.posts()).hasSize(1);
    return content.posts().get(0);
  }

  @Test
  void writesTheSkeletonInTheCategoryFolderDatedNowInTheSiteZone() throws IOException {
    siteYaml("timezone: Australia/Sydney\n");

    Path created =
        create(
            options("Exploring a migration")
                .withCategory("openstack/tips")
                .withTags(List.of("nova", " neutron ", "", "nova")));

    assertThat(created).isEqualTo(Path.of("posts/openstack/tips/exploring-a-migration.md"));
    assertThat(Files.readString(blog.resolve(created)))
        .isEqualTo(
            """
            ---
            title: "Exploring a migration"
            date: 2013-09-30 04:58
            tags: [nova, neutron]
            ---

            Write your post here.
            """);
    PostSource post = loadOnly();
    assertThat(post.slug()).isEqualTo("exploring-a-migration");
    assertThat(post.category().segments()).containsExactly("openstack", "tips");
    assertThat(post.frontMatter().date())
        .isEqualTo(ZonedDateTime.of(2013, 9, 30, 4, 58, 0, 0, SYDNEY));
    assertThat(post.frontMatter().tags()).containsExactly("nova", "neutron");
    assertThat(post.frontMatter().draft()).isFalse();
    assertThat(events).isEmpty();
  }

  @Test
  void withoutSiteYamlTheDateIsUtcAndAnEmptyCategoryIsThePostsFolder() throws IOException {
    Path created = create(options("Hello").withCategory("/"));

    assertThat(created).isEqualTo(Path.of("posts/hello.md"));
    assertThat(Files.readString(blog.resolve(created))).contains("date: 2013-09-29 18:58\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nova: \"boot\" --poll, quickly # really",
        "- a title that starts like a list",
        "[not] {a} map: *star &anchor !tag %percent @at `tick`",
        "Zürich, 日本語 and 🎉",
        "back\\slash and 'single' quotes",
        "true",
        "2013-09-30",
        "---",
      })
  void anyOneLineTitleReadsBackExactly(String title) {
    create(options(title).withSlug("post"));

    PostSource post = loadOnly();

    assertThat(post.frontMatter().title()).isEqualTo(title);
    assertThat(post.frontMatter().extra()).isEmpty();
  }

  @Test
  void tagsThatYamlWouldMisreadAreQuotedAndReadBack() {
    List<String> tags = List.of("yes", "null", "1e3", "0x1F", "c++", "a, b", "#hash", "[x]", "Ünï");
    create(options("Tags").withTags(tags));

    assertThat(loadOnly().frontMatter().tags())
        .containsExactly("yes", "null", "1e3", "0x1F", "c++", "a, b", "#hash", "[x]", "Ünï");
  }

  @Test
  void aDraftIsMarkedAndLeftOutOfAnOrdinaryLoad() throws IOException {
    create(options("Unfinished").withDraft(true));

    assertThat(loadOnly().frontMatter().draft()).isTrue();
    LoadedContent published = new PostLoader(SYDNEY, w -> {}).load(blog, false, false, NOW);
    assertThat(published.posts()).isEmpty();
    assertThat(published.draftsSkipped()).isEqualTo(1);
  }

  @Test
  void aNewPostIsNotInTheFutureOfAnImmediateBuild() {
    create(options("Right now"));

    assertThat(new PostLoader(ZoneId.of("UTC"), w -> {}).load(blog, false, false, NOW).posts())
        .hasSize(1);
  }

  @Test
  void neverOverwritesAPostAndNamesTheFileAndTheSlugOption() throws IOException {
    Path existing = blog.resolve("posts/diary/hello.md");
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "my words\n");

    assertThatThrownBy(() -> create(options("Hello").withCategory("diary")))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("posts/diary/hello.md: already exists")
        .hasMessageContaining("-Dslug=");
    assertThat(Files.readString(existing)).isEqualTo("my words\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello.markdown", "2013-05-04-hello.md"})
  void aPostWithTheSameUrlUnderAnotherFileNameIsAlsoRefused(String name) throws IOException {
    Path existing = blog.resolve("posts/diary").resolve(name);
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "my words\n");

    assertThatThrownBy(() -> create(options("Hello").withCategory("diary")))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("posts/diary/" + name + ": already exists");
    assertThat(TestSites.files(blog.resolve("posts"))).containsExactly("diary/" + name);
  }

  @Test
  void theSlugOptionNamesTheFileWhateverTheTitle() {
    Path created = create(options("🎉🎉").withSlug("party").withCategory("diary"));

    assertThat(created).isEqualTo(Path.of("posts/diary/party.md"));
    assertThat(loadOnly().frontMatter().title()).isEqualTo("🎉🎉");
  }

  @Test
  void aTitleWithoutLatinLettersAndNoSlugWritesNothing() {
    assertThatThrownBy(() -> create(options("🎉🎉")))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("-Dslug=");
    assertThat(blog.resolve("posts")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "two\nlines"})
  void anEmptyOrMultiLineTitleIsRefused(String title) {
    assertThatThrownBy(() -> create(options(title).withSlug("x")))
        .isInstanceOf(BuildException.class)
        .hasMessageStartingWith("new: the title");
  }

  @Test
  void aMissingBlogFolderIsNamed() {
    Path missing = blog.resolve("nope");

    assertThatThrownBy(() -> new PostScaffold().create(NewPostOptions.of(missing, "x"), e -> {}))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aMisspeltSiteYamlKeyIsAWarning() throws IOException {
    siteYaml("timezon: UTC\n");

    create(options("Hello"));

    assertThat(events).extracting(BuildEvent::level).containsExactly(BuildEvent.Level.WARNING);
  }
}
