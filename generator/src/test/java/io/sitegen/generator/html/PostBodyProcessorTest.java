package io.sitegen.generator.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PostBodyProcessorTest {

  private static final String POST_URL = "/blog/openstack/havana-summit.html";
  private static final String PREFIX = "openstack-havana-summit";

  private final PostBodyProcessor processor =
      new PostBodyProcessor(
          "/blog/",
          Map.of(
              "posts/openstack/tips/nova-quotas.md", "/blog/openstack/tips/nova-quotas.html",
              "posts/book/reading-list.md", "/blog/book/reading-list.html",
              "posts/hello.md", "/blog/hello.html"));

  private ProcessedBody process(String html) {
    return processor.process(html, "posts/openstack", POST_URL, PREFIX);
  }

  private static Document full(ProcessedBody body) {
    return Jsoup.parseBodyFragment(body.html());
  }

  private static Document listing(ProcessedBody body) {
    return Jsoup.parseBodyFragment(body.listingHtml());
  }

  @Test
  void relativeLinksAndImagesBecomeSitePathsBelowTheBasePath() {
    Document doc =
        full(
            process(
                "<p><a id=\"a1\" href=\"notes.txt\">n</a>"
                    + "<a id=\"a2\" href=\"./files/slides.pdf\">s</a>"
                    + "<a id=\"a3\" href=\"../book/cover.jpg\">c</a>"
                    + "<a id=\"a4\" href=\"notes.txt?raw=1#top\">q</a>"
                    + "<a id=\"a5\" href=\"my notes.txt\">sp</a>"
                    + "<img id=\"i1\" src=\"diagram.svg\" alt=\"d\"></p>"));
    assertThat(doc.getElementById("a1").attr("href")).isEqualTo("/blog/openstack/notes.txt");
    assertThat(doc.getElementById("a2").attr("href")).isEqualTo("/blog/openstack/files/slides.pdf");
    assertThat(doc.getElementById("a3").attr("href")).isEqualTo("/blog/book/cover.jpg");
    assertThat(doc.getElementById("a4").attr("href"))
        .isEqualTo("/blog/openstack/notes.txt?raw=1#top");
    assertThat(doc.getElementById("a5").attr("href")).isEqualTo("/blog/openstack/my%20notes.txt");
    assertThat(doc.getElementById("i1").attr("src")).isEqualTo("/blog/openstack/diagram.svg");
  }

  @Test
  void srcsetCandidatesAreEachRewrittenKeepingTheirDescriptors() {
    Document doc =
        full(
            process(
                "<picture><source id=\"s\" srcset=\"big.webp 2x,small.webp 1x\">"
                    + "<img id=\"i\" src=\"small.png\" srcset=\"small.png 480w, /abs/big.png 960w\""
                    + " alt=\"x\"></picture>"));
    assertThat(doc.getElementById("s").attr("srcset"))
        .isEqualTo("/blog/openstack/big.webp 2x, /blog/openstack/small.webp 1x");
    assertThat(doc.getElementById("i").attr("srcset"))
        .isEqualTo("/blog/openstack/small.png 480w, /abs/big.png 960w");
    assertThat(doc.getElementById("i").attr("src")).isEqualTo("/blog/openstack/small.png");
  }

  @Test
  void mediaAttributesAreRewrittenToo() {
    Document doc =
        full(
            process(
                "<video id=\"v\" src=\"clip.mp4\" poster=\"clip.jpg\"></video>"
                    + "<audio id=\"au\" src=\"talk.ogg\"></audio>"
                    + "<object id=\"o\" data=\"chart.svg\"></object>"));
    assertThat(doc.getElementById("v").attr("src")).isEqualTo("/blog/openstack/clip.mp4");
    assertThat(doc.getElementById("v").attr("poster")).isEqualTo("/blog/openstack/clip.jpg");
    assertThat(doc.getElementById("au").attr("src")).isEqualTo("/blog/openstack/talk.ogg");
    assertThat(doc.getElementById("o").attr("data")).isEqualTo("/blog/openstack/chart.svg");
  }

  @Test
  void absoluteFragmentMailtoAndRootRelativeUrlsAreLeftAlone() {
    String[] untouched = {
      "https://docs.openstack.org/nova/",
      "http://example.org/x.txt",
      "//cdn.example.org/x.js",
      "/already/site/path.html",
      "#section",
      "?page=2",
      "mailto:mira@example.org",
      "tel:+61200000000",
      "data:text/plain,hi",
      "../../outside-the-site.txt"
    };
    StringBuilder html = new StringBuilder("<p>");
    for (int i = 0; i < untouched.length; i++) {
      html.append("<a id=\"u")
          .append(i)
          .append("\" href=\"")
          .append(untouched[i])
          .append("\">x</a>");
    }
    Document doc = full(process(html.append("</p>").toString()));
    for (int i = 0; i < untouched.length; i++) {
      assertThat(doc.getElementById("u" + i).attr("href")).as(untouched[i]).isEqualTo(untouched[i]);
    }
  }

  @Test
  void aLinkToAnotherPostsMarkdownFileBecomesThatPostsUrl() {
    Document doc =
        full(
            process(
                "<p><a id=\"t\" href=\"tips/nova-quotas.md\">tip</a>"
                    + "<a id=\"f\" href=\"tips/nova-quotas.md#usage\">part</a>"
                    + "<a id=\"b\" href=\"../book/reading-list.md\">books</a>"
                    + "<a id=\"r\" href=\"../hello.md\">root</a>"
                    + "<a id=\"m\" href=\"missing.md\">missing</a></p>"));
    assertThat(doc.getElementById("t").attr("href"))
        .isEqualTo("/blog/openstack/tips/nova-quotas.html");
    assertThat(doc.getElementById("f").attr("href"))
        .isEqualTo("/blog/openstack/tips/nova-quotas.html#usage");
    assertThat(doc.getElementById("b").attr("href")).isEqualTo("/blog/book/reading-list.html");
    assertThat(doc.getElementById("r").attr("href")).isEqualTo("/blog/hello.html");
    // Not a post: treated like any other file beside the post.
    assertThat(doc.getElementById("m").attr("href")).isEqualTo("/blog/openstack/missing.md");
  }

  @Test
  void aPostInTheRootFolderResolvesAgainstTheSiteRoot() {
    ProcessedBody body =
        processor.process(
            "<p><a id=\"a\" href=\"notes.txt\">n</a><a id=\"b\" href=\"openstack/tips/nova-quotas.md\">t</a></p>",
            "posts",
            "/blog/hello.html",
            "hello");
    Document doc = full(body);
    assertThat(doc.getElementById("a").attr("href")).isEqualTo("/blog/notes.txt");
    assertThat(doc.getElementById("b").attr("href"))
        .isEqualTo("/blog/openstack/tips/nova-quotas.html");
  }

  @Test
  void aNestedCategoryFolderIsTheBaseOfRelativeLinks() {
    ProcessedBody body =
        processor.process(
            "<p><img src=\"network.svg\" alt=\"n\"><a href=\"../nova-quotas.md\">up</a></p>",
            "posts/openstack/tips",
            "/blog/openstack/tips/keystone-tokens.html",
            "openstack-tips-keystone-tokens");
    Document doc = full(body);
    assertThat(doc.select("img").attr("src")).isEqualTo("/blog/openstack/tips/network.svg");
    // ../nova-quotas.md from openstack/tips is openstack/nova-quotas.md: no such post.
    assertThat(doc.select("a").attr("href")).isEqualTo("/blog/openstack/nova-quotas.md");
  }

  @Test
  void listingIdsArePrefixedAndFragmentLinksFollowThem() {
    ProcessedBody body =
        process(
            "<h2 id=\"setup\">Setup</h2>"
                + "<p><a id=\"l1\" href=\"#setup\">up</a> <a id=\"l2\" href=\"#nowhere\">gone</a></p>");
    Document listing = listing(body);
    assertThat(listing.select("h4").attr("id")).isEqualTo(PREFIX + "-setup");
    assertThat(listing.getElementById(PREFIX + "-l1").attr("href"))
        .isEqualTo("#" + PREFIX + "-setup");
    // An id not in the listing's body: the link goes to the post's own page.
    assertThat(listing.getElementById(PREFIX + "-l2").attr("href"))
        .isEqualTo(POST_URL + "#nowhere");
    assertThat(listing.select("[id=setup], [id=l1]")).isEmpty();

    // The post's own page keeps the ids and fragment links as written.
    Document full = full(body);
    assertThat(full.select("h2#setup")).hasSize(1);
    assertThat(full.getElementById("l1").attr("href")).isEqualTo("#setup");
    assertThat(full.getElementById("l2").attr("href")).isEqualTo("#nowhere");
  }

  @Test
  void moreMarkerCutsTheListingAndLinksToCutOffPartsGoToThePost() {
    ProcessedBody body =
        process(
            "<p>Intro with a <a href=\"#details\">link to the details</a>.</p>\n"
                + "<!-- more -->\n"
                + "<h2 id=\"details\">Details</h2>\n<p>The rest.</p>");
    assertThat(body.truncated()).isTrue();
    Document listing = listing(body);
    assertThat(listing.text()).isEqualTo("Intro with a link to the details.");
    assertThat(listing.select("a").attr("href")).isEqualTo(POST_URL + "#details");
    assertThat(body.listingHtml()).doesNotContain("more", "The rest.", "Details");

    Document full = full(body);
    assertThat(full.text()).contains("The rest.");
    assertThat(full.select("h2#details")).hasSize(1);
    assertThat(full.select("a").attr("href")).isEqualTo("#details");
  }

  @Test
  void moreMarkerInsideAnElementKeepsTheExcerptWellFormed() {
    ProcessedBody body =
        process("<div class=\"note\"><p>one</p><!--more--><p>two</p></div><p>three</p>");
    assertThat(body.truncated()).isTrue();
    assertThat(body.listingHtml()).isEqualTo("<div class=\"note\"><p>one</p></div>");
  }

  @Test
  void moreMarkerIsCaseAndSpaceInsensitive() {
    assertThat(process("<p>a</p><!--   MORE   --><p>b</p>").listingHtml()).isEqualTo("<p>a</p>");
    // Any other comment is not a marker.
    ProcessedBody other = process("<p>a</p><!-- more to come --><p>b</p>");
    assertThat(other.truncated()).isFalse();
    assertThat(other.listingHtml()).contains("<p>b</p>");
  }

  @Test
  void withoutMarkerTheListingHasTheWholeBody() {
    ProcessedBody body = process("<p>a</p><p>b</p>");
    assertThat(body.truncated()).isFalse();
    assertThat(body.html()).isEqualTo("<p>a</p><p>b</p>");
    assertThat(body.listingHtml()).isEqualTo("<p>a</p><p>b</p>");
  }

  @Test
  void headingsStartBelowThePostTitleAndAreDemotedTwoMoreLevelsOnListings() {
    // The post title is the page's h1, so the body's top level is h2 (issue 10: no skipped level).
    ProcessedBody body =
        process("<h1>one</h1><h2>two</h2><h3>three</h3><h4>four</h4><h5>five</h5><h6>six</h6>");
    assertThat(full(body).select("h1, h2, h3, h4, h5, h6"))
        .extracting(e -> e.tagName() + ":" + e.text())
        .containsExactly("h2:one", "h3:two", "h4:three", "h5:four", "h6:five", "h6:six");
    assertThat(listing(body).select("h1, h2, h3, h4, h5, h6"))
        .extracting(e -> e.tagName() + ":" + e.text())
        .containsExactly("h4:one", "h5:two", "h6:three", "h6:four", "h6:five", "h6:six");
  }

  @Test
  void skippedHeadingLevelsCloseUp() {
    ProcessedBody body =
        process("<h3>starts deep</h3><h2>then higher</h2><h4>then skips</h4><h2>back</h2>");
    assertThat(full(body).select("h1, h2, h3, h4, h5, h6"))
        .extracting(e -> e.tagName() + ":" + e.text())
        .containsExactly("h2:starts deep", "h2:then higher", "h3:then skips", "h2:back");
    assertThat(listing(body).select("h1, h2, h3, h4, h5, h6"))
        .extracting(Element::tagName)
        .containsExactly("h4", "h4", "h5", "h4");
  }

  @Test
  void theBodySaysWhatItsPageDescribesItBy() {
    ProcessedBody body =
        process(
            "<h2 id=\"a\">A</h2><p></p><p>First <em>words</em> here.</p>"
                + "<p><img src=\"pic.png\" alt=\"\"><img src=\"two.png\" alt=\"\"></p>"
                + "<h3 id=\"b\">B</h3><h3>no id</h3>");
    assertThat(body.firstParagraph()).isEqualTo("First words here.");
    assertThat(body.firstImage()).isEqualTo("/blog/openstack/pic.png");
    // "A First words here. B no id"
    assertThat(body.words()).isEqualTo(7);
    assertThat(body.headings())
        .containsExactly(
            new ProcessedBody.Heading(1, "a", "A"), new ProcessedBody.Heading(2, "b", "B"));
  }

  @Test
  void theRootBasePathGivesPlainSitePaths() {
    PostBodyProcessor root =
        new PostBodyProcessor(
            "/", Map.of("posts/openstack/tips/nova-quotas.md", "/openstack/tips/nova-quotas.html"));
    Document doc =
        Jsoup.parseBodyFragment(
            root.process(
                    "<p><a id=\"a\" href=\"notes.txt\">n</a><a id=\"b\" href=\"tips/nova-quotas.md\">t</a></p>",
                    "posts/openstack",
                    "/openstack/havana-summit.html",
                    "p")
                .html());
    assertThat(doc.getElementById("a").attr("href")).isEqualTo("/openstack/notes.txt");
    assertThat(doc.getElementById("b").attr("href")).isEqualTo("/openstack/tips/nova-quotas.html");
  }
}
