package io.sitegen.generator.site;

import io.sitegen.generator.content.PostSource;
import io.sitegen.generator.internal.CacheFile;
import io.sitegen.generator.internal.Warned;
import io.sitegen.generator.model.CategoryPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed post with its warnings as the build cache stores it, so a post whose file is unchanged
 * is not parsed again in the next process. Front matter keys site-gen does not know hold whatever
 * YAML made of them (strings, numbers, booleans, lists, maps, sets, binary); they are stored with
 * their types, so templates see the same values. A value of another type is not stored (the post is
 * parsed again), never stored as something else.
 */
final class PostSourceBytes {

  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int BOOLEAN = 2;
  private static final int INTEGER = 3;
  private static final int LONG = 4;
  private static final int BIG_INTEGER = 5;
  private static final int DOUBLE = 6;
  private static final int LIST = 7;
  private static final int SET = 8;
  private static final int MAP = 9;
  private static final int BINARY = 10;

  private PostSourceBytes() {}

  /** The bytes of {@code post}, or empty when its front matter holds a value of unknown type. */
  static Optional<byte[]> of(Warned<PostSource> post) {
    PostSource p = post.value();
    PostSource.FrontMatter fm = p.frontMatter();
    CacheFile.Out out =
        new CacheFile.Out()
            .string(p.source().toString())
            .string(p.category().relative())
            .string(p.slug())
            .string(p.body())
            .count(p.bodyLine())
            .flag(p.html())
            .string(p.fingerprint())
            .string(fm.title())
            .string(fm.date().toString())
            .flag(fm.timed());
    strings(out, fm.tags()).flag(fm.draft());
    optional(out, fm.summary());
    strings(out, fm.aliases());
    optional(out, fm.slug());
    optional(out, fm.gallery());
    optional(out, fm.updated().map(ZonedDateTime::toString));
    optional(out, fm.image());
    optional(out, fm.toc().map(String::valueOf));
    if (!value(out, fm.extra())) {
      return Optional.empty();
    }
    strings(out, post.warnings());
    return Optional.of(out.toByteArray());
  }

  static Warned<PostSource> read(byte[] bytes) {
    try {
      CacheFile.In in = new CacheFile.In(bytes);
      Path source = Path.of(in.string());
      String category = in.string();
      String slug = in.string();
      String body = in.string();
      int bodyLine = in.count();
      boolean html = in.flag();
      String fingerprint = in.string();
      String title = in.string();
      ZonedDateTime date = ZonedDateTime.parse(in.string());
      boolean timed = in.flag();
      List<String> tags = strings(in);
      boolean draft = in.flag();
      Optional<String> summary = optional(in);
      List<String> aliases = strings(in);
      Optional<String> ownSlug = optional(in);
      Optional<String> gallery = optional(in);
      Optional<ZonedDateTime> updated = optional(in).map(ZonedDateTime::parse);
      Optional<String> image = optional(in);
      Optional<Boolean> toc = optional(in).map(Boolean::valueOf);
      @SuppressWarnings("unchecked")
      Map<String, Object> extra = (Map<String, Object>) value(in);
      List<String> warnings = strings(in);
      PostSource.FrontMatter fm =
          new PostSource.FrontMatter(
              title, date, timed, tags, draft, summary, aliases, ownSlug, gallery, updated, image,
              toc, extra);
      return new Warned<>(
          new PostSource(
              source,
              category.isEmpty() ? CategoryPath.ROOT : CategoryPath.parse(category),
              slug,
              fm,
              body,
              bodyLine,
              html,
              fingerprint),
          warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CacheFile.Out strings(CacheFile.Out out, List<String> strings) {
    out.count(strings.size());
    strings.forEach(out::string);
    return out;
  }

  private static List<String> strings(CacheFile.In in) throws IOException {
    List<String> strings = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      strings.add(in.string());
    }
    return strings;
  }

  private static void optional(CacheFile.Out out, Optional<String> value) {
    out.flag(value.isPresent());
    value.ifPresent(out::string);
  }

  private static Optional<String> optional(CacheFile.In in) throws IOException {
    return in.flag() ? Optional.of(in.string()) : Optional.empty();
  }

  /** Writes a YAML value with its type; false when it holds a type that cannot be written. */
  private static boolean value(CacheFile.Out out, Object value) {
    if (value == null) {
      out.count(NULL);
    } else if (value instanceof String s) {
      out.count(STRING).string(s);
    } else if (value instanceof Boolean b) {
      out.count(BOOLEAN).flag(b);
    } else if (value instanceof Integer i) {
      out.count(INTEGER).string(i.toString());
    } else if (value instanceof Long l) {
      out.count(LONG).string(l.toString());
    } else if (value instanceof BigInteger b) {
      out.count(BIG_INTEGER).string(b.toString());
    } else if (value instanceof Double d) {
      // Double.toString gives the shortest text that parses back to the same double.
      out.count(DOUBLE).string(d.toString());
    } else if (value instanceof byte[] b) {
      out.count(BINARY).bytes(b);
    } else if (value instanceof Map<?, ?> m && m.getClass() == LinkedHashMap.class) {
      out.count(MAP).count(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!value(out, e.getKey()) || !value(out, e.getValue())) {
          return false;
        }
      }
    } else if (value instanceof Collection<?> c
        && (c.getClass() == ArrayList.class || c.getClass() == LinkedHashSet.class)) {
      out.count(c instanceof ArrayList<?> ? LIST : SET).count(c.size());
      for (Object element : c) {
        if (!value(out, element)) {
          return false;
        }
      }
    } else {
      return false;
    }
    return true;
  }

  private static Object value(CacheFile.In in) throws IOException {
    int type = in.count();
    return switch (type) {
      case NULL -> null;
      case STRING -> in.string();
      case BOOLEAN -> in.flag();
      case INTEGER -> Integer.valueOf(in.string());
      case LONG -> Long.valueOf(in.string());
      case BIG_INTEGER -> new BigInteger(in.string());
      case DOUBLE -> Double.valueOf(in.string());
      case BINARY -> in.bytes();
      case MAP -> {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
          map.put(value(in), value(in));
        }
        yield map;
      }
      case LIST, SET -> {
        Collection<Object> elements = type == LIST ? new ArrayList<>() : new LinkedHashSet<>();
        for (int n = in.count(); n > 0; n--) {
          elements.add(value(in));
        }
        yield elements;
      }
      default -> throw new IOException("unknown value type " + type);
    };
  }
}
