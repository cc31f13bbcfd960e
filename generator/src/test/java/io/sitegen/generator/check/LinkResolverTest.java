package io.sitegen.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitegen.generator.check.LinkResolver.External;
import io.sitegen.generator.check.LinkResolver.Internal;
import io.sitegen.generator.check.LinkResolver.Invalid;
import io.sitegen.generator.check.LinkResolver.Skipped;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkResolverTest {

  private static final LinkResolver ROOT =
      new LinkResolver(Optional.of("https://blog.example.org/"), "/");
  private static final LinkResolver SUB =
      new LinkResolver(Optional.of("https://example.org/blog/"), "/blog/");
  private static final LinkResolver NO_BASE = new LinkResolver(Optional.empty(), "/");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // link                                         | path                  | fragment
        "../css/site.css                                 | css/site.css          | ''",
        "/tags/nova/                                     | tags/nova/            | ''",
        "nova-quotas.html#usage                          | a/nova-quotas.html    | usage",
        "#top                                            | a/b.html              | top",
        "''                                              | a/b.html              | ''",
        "?page=2                                         | a/b.html              | ''",
        "./c.html?x=1#y                                  | a/c.html              | y",
        "/                                               | ''                    | ''",
        "..                                              | ''                    | ''",
        "/book/Robert%20A%20Heinlein/caf%C3%A9.html#%C3%A9 | book/Robert A Heinlein/café.html | é",
        "/c++/a+b.html                                   | c++/a+b.html          | ''",
        "https://blog.example.org/a/x.html#f             | a/x.html              | f",
        "HTTPS://Blog.Example.Org/a/x.html               | a/x.html              | ''",
        "https://blog.example.org                        | ''                    | ''",
        "//blog.example.org/feed.rss                     | feed.rss              | ''",
        "' /a/x.html '                                   | a/x.html              | ''",
      })
  void linksInsideTheSiteResolveToAFilePath(String link, String path, String fragment) {
    assertThat(ROOT.resolve("a/b.html", link)).isEqualTo(new Internal(path, fragment));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/blog/tags/         | tags/",
        "https://example.org/blog/x.html | x.html",
        "https://example.org/blog | ''",
        "../x.html           | x.html",
        "y.html              | a/y.html",
      })
  void aSiteInASubFolderStartsAtItsBasePath(String link, String path) {
    assertThat(SUB.resolve("a/b.html", link)).isEqualTo(new Internal(path, ""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://elsewhere.example/x#frag      | https://elsewhere.example/x",
        "http://blog.example.org/a.html        | http://blog.example.org/a.html",
        "https://blog.example.org.evil/a.html  | https://blog.example.org.evil/a.html",
        "https://blog.example.org:8443/a.html  | https://blog.example.org:8443/a.html",
        "//cdn.example/x.js                    | https://cdn.example/x.js",
      })
  void linksToOtherSitesAreExternalWithoutTheirFragment(String link, String url) {
    assertThat(ROOT.resolve("a/b.html", link)).isEqualTo(new External(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mailto:me@example.org",
        "tel:+61200000000",
        "javascript:void(0)",
        "data:image/png;base64,AAAA",
        "ftp://ftp.example.org/x",
        "irc://irc.libera.chat/#openstack"
      })
  void schemesThatNameNoPageAreSkipped(String link) {
    assertThat(ROOT.resolve("a/b.html", link)).isEqualTo(new Skipped());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../../x.html | goes above the site root",
        "/x%ZZ.html   | bad percent-encoding",
        "/x%C3.html   | bad percent-encoding",
      })
  void linksThatCannotLeadToASiteFileAreInvalid(String link, String reason) {
    assertThat(ROOT.resolve("a/b.html", link)).isEqualTo(new Invalid(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/other/x.html", "/blogroll.html", "../../x.html"})
  void aRootLinkOutsideTheBasePathIsNotInTheSite(String link) {
    assertThat(SUB.resolve("a/b.html", link)).isInstanceOf(Invalid.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://blog.example.org/x.html", "https://example.org/blog/x.html"})
  void withoutABaseUrlEveryAbsoluteLinkIsExternal(String link) {
    assertThat(NO_BASE.resolve("a/b.html", link)).isInstanceOf(External.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'a b/c d.html' | x.html | 'a b/x.html'",
        "'日本/x.html' | %E6%97%A5.html | '日本/日.html'",
      })
  void relativeLinksResolveAgainstTheEncodedPageUrl(String page, String link, String path) {
    assertThat(ROOT.resolve(page, link)).isEqualTo(new Internal(path, ""));
  }
}
