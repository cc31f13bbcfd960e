package io.sitegen.generator.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post written by {@code new} is published by the next build, title and all. */
class NewPostIT {

  @Test
  void theNewPostIsPublishedByABuild(@TempDir Path dir) throws IOException {
    Path blog = TestSites.copy(TestSites.fixture("sites/basic"), dir.resolve("blog"));
    Path out = dir.resolve("out");
    String title = "Exploring a migration: \"nova\" #2 → neutron";

    Path created =
        new PostScaffold()
            .create(
                NewPostOptions.of(blog, title)
                    .withCategory("openstack/tips")
                    .withTags(List.of("nova", "neutron"))
                    .withNow(TestSites.NOW.minusSeconds(60)),
                event -> {});
    TestSites.build(blog, out);

    assertThat(created)
        .isEqualTo(Path.of("posts/openstack/tips/exploring-a-migration-nova-2-neutron.md"));
    Document page = TestSites.page(out, "openstack/tips/exploring-a-migration-nova-2-neutron.html");
    assertThat(page.selectFirst("h1").text()).isEqualTo(title);
    assertThat(page.select(".post-body").text()).isEqualTo("Write your post here.");
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("openstack/tips/exploring-a-migration-nova-2-neutron.html");
  }
}
