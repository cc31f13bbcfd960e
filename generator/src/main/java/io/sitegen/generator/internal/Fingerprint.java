package io.sitegen.generator.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A stable digest of a value made of records, strings, numbers, lists, maps and optionals: equal
 * values have equal fingerprints in every JVM, so a page's inputs can be compared with those of a
 * build in another process. A record's digest is computed once per instance and composed into every
 * value that holds it, so a post's view shared by many listing pages is hashed once; so is a long
 * string's, so a post's body held by its view, its listing view and its feed entry is hashed once.
 * One instance per build; safe from several threads.
 */
public final class Fingerprint {

  private static final ClassValue<List<Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
          List<Method> accessors = new ArrayList<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            accessors.add(accessor);
          }
          return List.copyOf(accessors);
        }
      };

  /** Strings at least this long are hashed once per instance: post bodies, not titles. */
  private static final int LONG_STRING = 1024;

  /** Identity, not equality: an instance's digest is kept, equal instances are hashed apart. */
  private record Instance(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Instance i && i.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  /** The digests of records and long strings, by instance. */
  private final Map<Instance, byte[]> instances = new ConcurrentHashMap<>();

  /** The digest of {@code value}, as hex. */
  public String of(Object value) {
    return HexFormat.of().formatHex(digest(value));
  }

  /** The digest of the bytes of a text, as hex: for keys made of file contents. */
  public static String ofText(String... parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      addString(digest, part);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private byte[] digest(Object value) {
    if (value instanceof Record) {
      return known(value, () -> hashRecord(value));
    }
    MessageDigest digest = sha256();
    add(digest, value);
    return digest.digest();
  }

  /**
   * The digest of this instance, made once (not by computeIfAbsent: a record's digest needs those
   * of the records it holds, and the map may not be updated while it computes).
   */
  private byte[] known(Object instance, Supplier<byte[]> make) {
    Instance key = new Instance(instance);
    byte[] digest = instances.get(key);
    if (digest == null) {
      digest = make.get();
      instances.put(key, digest);
    }
    return digest;
  }

  private byte[] hashRecord(Object record) {
    MessageDigest digest = sha256();
    addString(digest, record.getClass().getName());
    for (Method accessor : ACCESSORS.get(record.getClass())) {
      try {
        add(digest, accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
    return digest.digest();
  }

  private void add(MessageDigest digest, Object value) {
    if (value == null) {
      digest.update((byte) 0);
    } else if (value instanceof String s && s.length() >= LONG_STRING) {
      digest.update((byte) 8);
      digest.update(
          known(
              s,
              () -> {
                MessageDigest own = sha256();
                addString(own, s);
                return own.digest();
              }));
    } else if (value instanceof String s) {
      addString(digest, s);
    } else if (value instanceof Record) {
      digest.update((byte) 2);
      digest.update(digest(value));
    } else if (value instanceof Optional<?> o) {
      digest.update((byte) 3);
      add(digest, o.orElse(null));
    } else if (value instanceof Collection<?> c) {
      digest.update((byte) 4);
      digest.update(ByteBuffer.allocate(4).putInt(c.size()).array());
      if (c instanceof Set<?>
          && !(c instanceof SortedSet<?>)
          && !(c instanceof LinkedHashSet<?>)
          && !(c instanceof EnumSet<?>)) {
        // An order that depends on the JVM: the elements' digests, sorted.
        List<String> elements = new ArrayList<>();
        c.forEach(element -> elements.add(of(element)));
        Collections.sort(elements);
        elements.forEach(element -> addString(digest, element));
      } else {
        for (Object element : c) {
          add(digest, element);
        }
      }
    } else if (value instanceof Map<?, ?> m) {
      digest.update((byte) 5);
      digest.update(ByteBuffer.allocate(4).putInt(m.size()).array());
      for (Map.Entry<?, ?> e : ordered(m)) {
        add(digest, e.getKey());
        add(digest, e.getValue());
      }
    } else if (value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>
        || value instanceof java.time.temporal.TemporalAccessor
        || value instanceof java.time.ZoneId
        || value instanceof java.util.Locale
        || value instanceof java.nio.file.Path) {
      // Their string forms are exact and stable; the class tells 1 from "1" and 1L from 1.
      digest.update((byte) 6);
      addString(digest, value.getClass().getName());
      addString(digest, value.toString());
    } else {
      // No stable form known: a value never equal to another, so what holds it is made again.
      digest.update((byte) 7);
      addString(digest, UUID.randomUUID().toString());
    }
  }

  /**
   * A map's entries in an order that does not depend on the JVM: as they are for maps that keep an
   * order (templates iterate them so), else by the keys' text.
   */
  private static List<Map.Entry<?, ?>> ordered(Map<?, ?> map) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    if (!(map instanceof LinkedHashMap<?, ?>) && !(map instanceof SortedMap<?, ?>)) {
      entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
    }
    return entries;
  }

  private static void addString(MessageDigest digest, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) 1);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
