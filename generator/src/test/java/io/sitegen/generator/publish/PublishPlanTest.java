package io.sitegen.generator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sitegen.generator.publish.PublishPlan.Action;
import io.sitegen.generator.publish.PublishPlan.Group;
import io.sitegen.generator.publish.PublishPlan.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan is a pure function of two manifests: every rule checked without a target. */
class PublishPlanTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  void aFirstPublishUploadsEverythingAsNew() {
    PublishPlan plan = PublishPlan.of(manifest("index.html", A, 10, "a.html", A, 5), empty());

    assertThat(plan.uploads())
        .containsExactly(
            new Action(Kind.UPLOAD, "a.html", 5, "new"),
            new Action(Kind.UPLOAD, "index.html", 10, "new"));
    assertThat(plan.deletes()).isEmpty();
    assertThat(plan.unchanged()).isZero();
    assertThat(plan.uploadBytes()).isEqualTo(15);
  }

  @Test
  void sameHashAndSizeIsUnchangedAndNotUploaded() {
    Manifest site = manifest("a.html", A, 5, "b.html", B, 7);

    PublishPlan plan = PublishPlan.of(site, site);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.unchanged()).isEqualTo(2);
  }

  @Test
  void theReasonSaysWhetherTheSizeOrOnlyTheContentChanged() {
    PublishPlan plan =
        PublishPlan.of(
            manifest("grew.html", B, 133, "same-size.html", B, 50),
            manifest("grew.html", A, 120, "same-size.html", A, 50));

    assertThat(plan.uploads())
        .extracting(Action::path, Action::reason)
        .containsExactly(
            tuple("grew.html", "changed (size 120 -> 133)"),
            tuple("same-size.html", "changed content"));
  }

  @Test
  void filesOfTheLastPublishThatTheSiteNoLongerHasAreDeleted() {
    PublishPlan plan =
        PublishPlan.of(manifest("kept.html", A, 1), manifest("kept.html", A, 1, "gone.html", B, 9));

    assertThat(plan.deletes())
        .containsExactly(new Action(Kind.DELETE, "gone.html", 9, "removed from site"));
    assertThat(plan.actions())
        .last()
        .extracting(Action::describe)
        .isEqualTo("delete gone.html: removed from site");
  }

  @Test
  void onlyPathsOfTheLastManifestAreEverDeleted() {
    // A file someone else put on the target (.htaccess, say) is in neither manifest, so no plan
    // can name it: it is never deleted, and only overwritten if the site now has a file there.
    PublishPlan plan =
        PublishPlan.of(manifest("new.html", A, 1), manifest("old.html", A, 1, "old.css", A, 1));

    assertThat(plan.deletes()).extracting(Action::path).containsExactly("old.css", "old.html");
    assertThat(plan.uploads()).extracting(Action::path).containsExactly("new.html");
  }

  @Test
  void uploadsGoAssetsFirstThenPostsListingsFeedsAndTheFrontPageLast() {
    Manifest site =
        manifest(
            "index.html",
            A,
            1,
            "feed.xml",
            A,
            1,
            "tips/index.html",
            A,
            1,
            "tips/hello.html",
            A,
            1,
            "css/site.css",
            A,
            1,
            "atom.atom",
            A,
            1,
            "robots.txt",
            A,
            1,
            "a/photo.JPG",
            A,
            1,
            "tips/page/2/index.html",
            A,
            1,
            "404.html",
            A,
            1);

    PublishPlan plan = PublishPlan.of(site, empty());

    assertThat(plan.uploads())
        .extracting(Action::path)
        .containsExactly(
            "a/photo.JPG",
            "css/site.css",
            "404.html",
            "tips/hello.html",
            "tips/index.html",
            "tips/page/2/index.html",
            "atom.atom",
            "feed.xml",
            "robots.txt",
            "index.html");
  }

  @Test
  void groupsAreDecidedByNameIgnoringCase() {
    assertThat(Group.of("index.html")).isEqualTo(Group.FRONT_PAGE);
    assertThat(Group.of("a/INDEX.HTML")).isEqualTo(Group.LISTING);
    assertThat(Group.of("a/Post.Html")).isEqualTo(Group.POST);
    assertThat(Group.of("feeds/all.RSS")).isEqualTo(Group.FEED);
    assertThat(Group.of("img/index.html.png")).isEqualTo(Group.ASSET);
    assertThat(Group.of("htmlfile")).isEqualTo(Group.ASSET);
  }

  @Test
  void theDeleteLimitIsExceededOnlyAboveIt() {
    PublishPlan plan =
        PublishPlan.of(empty(), manifest("a.html", A, 1, "b.html", A, 1, "c.html", A, 1));

    assertThat(plan.exceeds(3)).isFalse();
    assertThat(plan.exceeds(2)).isTrue();
    assertThat(plan.exceeds(0)).isTrue();
    assertThat(PublishPlan.of(empty(), empty()).exceeds(0)).isFalse();
  }

  @Test
  void theSameInputsGiveTheSamePlan() {
    Manifest site = manifest("b.html", A, 1, "a.html", B, 2, "c.css", A, 3);
    Manifest last = manifest("a.html", A, 2, "z.html", A, 1);

    assertThat(PublishPlan.of(site, last)).isEqualTo(PublishPlan.of(site, last));
  }

  /** A manifest from (path, hash, size) triples. */
  static Manifest manifest(Object... triples) {
    Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      entries.put(
          (String) triples[i],
          new Manifest.Entry((String) triples[i + 1], ((Integer) triples[i + 2]).longValue()));
    }
    return Manifest.of(entries);
  }

  private static Manifest empty() {
    return Manifest.empty();
  }
}
