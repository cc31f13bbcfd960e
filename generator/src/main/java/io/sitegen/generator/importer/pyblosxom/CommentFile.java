package io.sitegen.generator.importer.pyblosxom;

import io.sitegen.generator.importer.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A comment of PyBlosxom's comments plugin: a {@code .cmt} XML file with {@code title}, {@code
 * author}, {@code link}, {@code pubDate} (seconds since 1970, with a fraction), {@code description}
 * (the body, HTML) and {@code email} and {@code ipaddress}, which are not imported.
 */
record CommentFile(String author, String link, Instant date, String description) {

  static CommentFile read(Path file) throws IOException, SAXException {
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = SafeXml.parse(in);
    }
    String seconds = text(doc, "pubDate").orElseThrow(() -> new SAXException("no <pubDate>"));
    Instant date;
    try {
      date = Instant.ofEpochMilli(Math.round(Double.parseDouble(seconds) * 1000));
    } catch (NumberFormatException e) {
      throw new SAXException("<pubDate> '" + seconds + "' is not seconds since 1970");
    }
    return new CommentFile(
        text(doc, "author").orElse("Anonymous"),
        text(doc, "link").orElse(""),
        date,
        text(doc, "description").orElse(""));
  }

  private static Optional<String> text(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    if (nodes.getLength() == 0) {
      return Optional.empty();
    }
    String text = nodes.item(0).getTextContent().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
