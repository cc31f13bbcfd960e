package io.sitegen.generator.feed;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import io.sitegen.generator.config.SiteConfig;
import io.sitegen.generator.html.SiteUrls;
import io.sitegen.generator.index.Listing;
import io.sitegen.generator.internal.Fingerprint;
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
import java.util.function.Supplier;

/**
 * The feeds stage: the feeds of the whole blog, every category, every tag and the comments, each as
 * RSS, Atom and JSON Feed, except feeds equal to those an earlier build wrote the files of.
 */
public final class FeedStage {

  private static final List<String> FORMATS =
      List.of(OutputPaths.RSS, OutputPaths.ATOM, OutputPaths.JSON);

  /**
   * A feed before its entries are made.
   *
   * @param inputs all its bytes depend on besides the settings
   */
  private record Planned(String folder, String title, Object inputs, Supplier<Feed> feed) {
    String path(String name) {
      return OutputPaths.feed(folder, name);
    }
  }

  private final OutputFolder output;
  private final PathClaims claims;
  private final Memo<String, String> feeds;
  private final Memo<SiteFeeds.EntryInputs, FeedEntry> entries;
  private final Fingerprint fingerprint;

  /**
   * @param feeds the fingerprint of each feed's inputs, by the path of its RSS file, as earlier
   *     builds wrote it
   * @param entries feed entries earlier builds of this process made
   * @param fingerprint this build's, which hashes each post once
   */
  public FeedStage(
      OutputFolder output,
      PathClaims claims,
      Memo<String, String> feeds,
      Memo<SiteFeeds.EntryInputs, FeedEntry> entries,
      Fingerprint fingerprint) {
    this.output = output;
    this.claims = claims;
    this.feeds = feeds;
    this.entries = entries;
    this.fingerprint = fingerprint;
  }

  /** A site without a base URL gets no feeds: they need absolute links. */
  public Written write(Site site, List<Listing> listings, SiteUrls urls) {
    SiteConfig config = site.config();
    if (config.baseUrl().isEmpty()) {
      return new Written(0, 0);
    }
    List<Planned> all = plan(site, listings, urls);
    List<PathClaims.Claim> wanted = new ArrayList<>();
    for (Planned feed : all) {
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
    // The settings are the version of the whole memory: a preview drops it when they change, the
    // build cache is kept under them.
    feeds.begin("");
    AtomicInteger written = new AtomicInteger();
    Parallel.forEach(
        all,
        planned -> {
          String rss = planned.path(OutputPaths.RSS);
          String digest = fingerprint.of(planned.inputs());
          boolean same = feeds.lookup(rss).filter(digest::equals).isPresent();
          feeds.record(rss, digest);
          if (same && FORMATS.stream().allMatch(name -> output.keep(planned.path(name)))) {
            return;
          }
          Feed feed = planned.feed().get();
          output.write(rss, writer.rss(feed));
          output.write(planned.path(OutputPaths.ATOM), writer.atom(feed));
          output.write(planned.path(OutputPaths.JSON), jsonWriter.json(feed));
          written.addAndGet(FORMATS.size());
        });
    return new Written(all.size() * FORMATS.size(), written.get());
  }

  private List<Planned> plan(Site site, List<Listing> listings, SiteUrls urls) {
    entries.begin(site.config());
    SiteFeeds feeds = new SiteFeeds(site, urls::absolute, entries);
    String title = site.config().title();
    List<Planned> all = new ArrayList<>();
    for (Listing listing : listings) {
      switch (listing.kind()) {
        case HOME -> all.add(planned(feeds, listing, title, site.config().description()));
        case CATEGORY ->
            all.add(
                planned(
                    feeds, listing, title + " — " + listing.key(), "Posts in " + listing.key()));
        case TAG -> {
          TagInfo tag = site.tags().get(listing.key());
          String description =
              tag.description().isEmpty() ? "Posts tagged " + tag.title() : tag.description();
          all.add(planned(feeds, listing, title + " — tagged " + tag.title(), description));
        }
        default -> {}
      }
    }
    // Few, and made from comments alone: the feed is its own inputs.
    Feed comments = feeds.comments();
    all.add(new Planned(comments.folder(), comments.title(), comments, () -> comments));
    return all;
  }

  private static Planned planned(
      SiteFeeds feeds, Listing listing, String title, String description) {
    return new Planned(
        listing.folder(),
        title,
        List.of(listing.folder(), title, description, feeds.inputs(listing)),
        () -> feeds.of(listing, title, description));
  }
}
