package io.sitegen.generator.feed;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.html.SiteUrls;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.internal.Memo;
import io.sitegen.generator.internal.Parallel;
import io.sitegen.generator.model.OutputPaths;
import io.sitegen.generator.model.Site;
import io.sitegen.generator.model.TagInfo;
import io.sitegen.generator.write.OutputFolder;
import io.sitegen.generator.write.PathClaims;
import io.sitegen.generator.write.Written;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The feeds stage: the feeds of the whole blog, every category, every tag and the comments, each as
 * RSS, Atom and JSON Feed, except feeds equal to those an earlier build wrote the files of.
 */
public final class FeedStage {

  private static final List<String> FORMATS =
      List.of(OutputPaths.RSS, OutputPaths.ATOM, OutputPaths.JSON);

  private final OutputFolder output;
  private final PathClaims claims;
  private final Memo<String, Object> feeds;
  private final Memo<SiteFeeds.EntryInputs, FeedEntry> entries;

  /**
   * @param feeds each feed as an earlier build wrote it, by the path of its RSS file
   * @param entries feed entries earlier builds made
   */
  public FeedStage(
      OutputFolder output,
      PathClaims claims,
      Memo<String, Object> feeds,
      Memo<SiteFeeds.EntryInputs, FeedEntry> entries) {
    this.output = output;
    this.claims = claims;
    this.feeds = feeds;
    this.entries = entries;
  }

  /** A site without a base URL gets no feeds: they need absolute links. */
  public Written write(Site site, List<Listing> listings, SiteUrls urls) {
    SiteConfig config = site.config();
    if (config.baseUrl().isEmpty()) {
      return new Written(0, 0);
    }
    List<Feed> all = plan(site, listings, urls);
    List<PathClaims.Claim> wanted = new ArrayList<>();
    for (Feed feed : all) {
      for (String name : FORMATS) {
        wanted.add(new PathClaims.Claim(feed.path(name), "feed " + feed.title()));
      }
    }
    List<Problem> clashes = claims.claim(wanted);
    if (!clashes.isEmpty()) {
      throw new BuildException("feeds", clashes);
    }
    FeedWriter writer =
        new FeedWriter(config.baseUrl().orElseThrow(), config.language(), config.timezone());
    JsonFeedWriter jsonWriter =
        new JsonFeedWriter(config.baseUrl().orElseThrow(), config.language(), config.timezone());
    feeds.begin(config);
    AtomicInteger written = new AtomicInteger();
    Parallel.forEach(
        all,
        feed -> {
          String rss = feed.path(OutputPaths.RSS);
          boolean same = feeds.lookup(rss).filter(feed::equals).isPresent();
          feeds.record(rss, feed);
          if (same && FORMATS.stream().allMatch(name -> output.keep(feed.path(name)))) {
            return;
          }
          output.write(rss, writer.rss(feed));
          output.write(feed.path(OutputPaths.ATOM), writer.atom(feed));
          output.write(feed.path(OutputPaths.JSON), jsonWriter.json(feed));
          written.addAndGet(FORMATS.size());
        });
    return new Written(all.size() * FORMATS.size(), written.get());
  }

  private List<Feed> plan(Site site, List<Listing> listings, SiteUrls urls) {
    entries.begin(site.config());
    SiteFeeds feeds = new SiteFeeds(site, urls::absolute, entries);
    String title = site.config().title();
    List<Feed> all = new ArrayList<>();
    for (Listing listing : listings) {
      switch (listing.kind()) {
        case HOME -> all.add(feeds.of(listing, title, site.config().description()));
        case CATEGORY ->
            all.add(feeds.of(listing, title + " — " + listing.key(), "Posts in " + listing.key()));
        case TAG -> {
          TagInfo tag = site.tags().get(listing.key());
          String description =
              tag.description().isEmpty() ? "Posts tagged " + tag.title() : tag.description();
          all.add(feeds.of(listing, title + " — tagged " + tag.title(), description));
        }
        default -> {}
      }
    }
    all.add(feeds.comments());
    return all;
  }
}
