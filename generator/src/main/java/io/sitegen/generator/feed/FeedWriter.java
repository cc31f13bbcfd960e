package io.sitegen.generator.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.sitegen.generator.html.UrlPaths;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a feed as RSS 2.0 and as Atom 1.0 with Rome, then adjusts Rome's XML where it falls short
 * of what feed readers and validators want: dates in the site's zone rather than GMT (RFC 822 in
 * RSS, RFC 3339 in Atom), an {@code atom:link rel="self"} in RSS, and none of the duplicate {@code
 * dc:date}/{@code dc:creator} elements Rome adds beside the native ones. Output depends on the
 * entries only, so an unchanged blog gives byte-identical feeds.
 */
public final class FeedWriter {

  private static final Namespace ATOM =
      Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
  private static final String DC_URI = "http://purl.org/dc/elements/1.1/";
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final String siteUrl;
  private final String language;
  private final ZoneId zone;

  /**
   * @param siteUrl the absolute URL of the site root, ending in {@code /}
   * @param language the feeds' language, e.g. {@code en-AU}
   * @param zone the site's zone, for dates
   */
  public FeedWriter(String siteUrl, String language, ZoneId zone) {
    this.siteUrl = siteUrl;
    this.language = language;
    this.zone = zone;
  }

  /** The feed as RSS 2.0. */
  public String rss(Feed feed) {
    Document xml = generate(feed, "rss_2.0", true);
    Element channel = xml.getRootElement().getChild("channel");
    xml.getRootElement().addNamespaceDeclaration(ATOM);
    Element self = new Element("link", ATOM);
    self.setAttribute("href", siteUrl + UrlPaths.encodePath(feed.path(Feed.RSS)));
    self.setAttribute("rel", "self");
    self.setAttribute("type", "application/rss+xml");
    channel.addContent(0, self);
    setText(channel.getChild("pubDate"), newest(feed), RFC_822);
    List<Element> items = channel.getChildren("item");
    for (int i = 0; i < items.size(); i++) {
      setText(items.get(i).getChild("pubDate"), feed.entries().get(i).published(), RFC_822);
      Element guid = items.get(i).getChild("guid");
      if (guid != null && guid.getText().equals(feed.entries().get(i).link())) {
        guid.setAttribute("isPermaLink", "true");
      }
    }
    return serialise(xml, false);
  }

  /** The feed as Atom 1.0. */
  public String atom(Feed feed) {
    Document xml = generate(feed, "atom_1.0", false);
    Element root = xml.getRootElement();
    Namespace ns = root.getNamespace();
    setText(root.getChild("updated", ns), newest(feed), RFC_3339);
    List<Element> entries = root.getChildren("entry", ns);
    for (int i = 0; i < entries.size(); i++) {
      FeedEntry entry = feed.entries().get(i);
      setText(entries.get(i).getChild("published", ns), entry.published(), RFC_3339);
      setText(entries.get(i).getChild("updated", ns), entry.updated(), RFC_3339);
    }
    return serialise(xml, true);
  }

  /**
   * @param htmlSummary whether the summary goes where readers expect HTML (RSS {@code
   *     description}): plain text is then escaped, or a summary quoting {@code <script>} would
   *     become markup in the reader
   */
  private Document generate(Feed feed, String type, boolean htmlSummary) {
    SyndFeed syndFeed = new SyndFeedImpl();
    syndFeed.setFeedType(type);
    syndFeed.setTitle(XmlText.clean(feed.title()));
    syndFeed.setDescription(
        XmlText.clean(feed.description().isEmpty() ? feed.title() : feed.description()));
    syndFeed.setLink(feed.pageUrl());
    syndFeed.setUri(feed.pageUrl());
    syndFeed.setLanguage(language);
    syndFeed.setLinks(
        List.of(
            link(feed.pageUrl(), "alternate", "text/html"),
            link(
                siteUrl
                    + UrlPaths.encodePath(feed.path(type.startsWith("rss") ? Feed.RSS : Feed.ATOM)),
                "self",
                type.startsWith("rss") ? "application/rss+xml" : "application/atom+xml")));
    Date newest = Date.from(newest(feed).toInstant());
    syndFeed.setPublishedDate(newest);
    List<SyndEntry> entries = new ArrayList<>();
    for (FeedEntry entry : feed.entries()) {
      entries.add(entry(entry, htmlSummary));
    }
    syndFeed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputJDom(syndFeed);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome refused a feed it was given clean text for", e);
    }
  }

  private static SyndEntry entry(FeedEntry entry, boolean htmlSummary) {
    SyndEntry syndEntry = new SyndEntryImpl();
    syndEntry.setTitle(XmlText.clean(entry.title()));
    syndEntry.setLink(entry.link());
    syndEntry.setUri(entry.id());
    syndEntry.setPublishedDate(Date.from(entry.published().toInstant()));
    syndEntry.setUpdatedDate(Date.from(entry.updated().toInstant()));
    if (!entry.author().isEmpty()) {
      syndEntry.setAuthor(XmlText.clean(entry.author()));
    }
    List<SyndCategory> categories = new ArrayList<>();
    for (String name : entry.categories()) {
      SyndCategory category = new SyndCategoryImpl();
      category.setName(XmlText.clean(name));
      categories.add(category);
    }
    syndEntry.setCategories(categories);
    syndEntry.setDescription(
        htmlSummary
            ? content("text/html", escapeHtml(entry.summary()))
            : content("text/plain", entry.summary()));
    if (!entry.html().isEmpty()) {
      syndEntry.setContents(List.of(content("text/html", entry.html())));
    }
    return syndEntry;
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static SyndContent content(String type, String value) {
    SyndContent content = new SyndContentImpl();
    content.setType(type);
    content.setValue(XmlText.clean(value));
    return content;
  }

  private static SyndLink link(String href, String rel, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setHref(href);
    link.setRel(rel);
    link.setType(type);
    return link;
  }

  /** The newest entry's date; a fixed one for an empty feed, so it stays byte-stable. */
  private ZonedDateTime newest(Feed feed) {
    return feed.entries().isEmpty()
        ? Instant.EPOCH.atZone(zone)
        : feed.entries().get(0).published();
  }

  private void setText(Element element, ZonedDateTime date, DateTimeFormatter format) {
    if (element != null) {
      element.setText(format.format(date.withZoneSameInstant(zone)));
    }
  }

  /**
   * Drops Rome's Dublin Core duplicates of native elements ({@code dc:date}, always GMT, and {@code
   * dc:language}). RSS keeps {@code dc:creator}: its own {@code author} must be an e-mail address,
   * which a blog should not publish.
   */
  private static String serialise(Document xml, boolean atom) {
    List<Element> duplicates = new ArrayList<>();
    for (Element element : xml.getDescendants(Filters.element())) {
      if (element.getNamespaceURI().equals(DC_URI)
          && (atom || !element.getName().equals("creator"))) {
        duplicates.add(element);
      }
    }
    duplicates.forEach(Element::detach);
    if (atom) {
      xml.getRootElement().removeNamespaceDeclaration(Namespace.getNamespace("dc", DC_URI));
    }
    Format format = Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator("\n");
    return new XMLOutputter(format).outputString(xml);
  }
}
