package io.sitegen.generator.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What earlier builds of the same blog made, by key, so a build can reuse what would come out the
 * same. One lifecycle for every kind of result: a build {@linkplain #begin begins} under a version
 * (whatever else the results depend on: a changed version forgets every entry), {@linkplain #lookup
 * looks up} and {@linkplain #record records} entries, and ends by {@linkplain #commit committing}
 * (its entries, and only those, are what the next build sees) or {@linkplain #abandon abandoning}
 * them (the next build sees what the last committed build left). Lookups, records and {@link #get}
 * are safe from several threads.
 */
public final class Memo<K, V> {

  private final boolean enabled;
  private Object version = new Object();
  private Map<K, V> committed = new HashMap<>();
  private Map<K, V> pending = new ConcurrentHashMap<>();
  private final AtomicInteger made = new AtomicInteger();

  private Memo(boolean enabled) {
    this.enabled = enabled;
  }

  /** For a build that keeps nothing: every lookup misses. */
  public static <K, V> Memo<K, V> none() {
    return new Memo<>(false);
  }

  public static <K, V> Memo<K, V> keeping() {
    return new Memo<>(true);
  }

  /** A memo holding {@code entries}, as a build under {@code version} committed them. */
  public static <K, V> Memo<K, V> of(Object version, Map<K, V> entries) {
    Memo<K, V> memo = keeping();
    memo.version = version;
    memo.committed = new HashMap<>(entries);
    return memo;
  }

  /** Starts a build whose entries also depend on {@code version}. */
  public void begin(Object version) {
    Objects.requireNonNull(version, "version");
    if (!version.equals(this.version)) {
      committed = new HashMap<>();
      this.version = version;
    }
    pending = new ConcurrentHashMap<>();
    made.set(0);
  }

  /** What the last committed build recorded for {@code key}. */
  public Optional<V> lookup(K key) {
    return Optional.ofNullable(committed.get(key));
  }

  /** Records {@code value} for {@code key} in this build. */
  public void record(K key, V value) {
    if (enabled) {
      pending.put(key, value);
    }
  }

  /** The value remembered for {@code key}, or made now; recorded either way. */
  public V get(K key, Supplier<V> make) {
    V value = committed.get(key);
    if (value == null) {
      value = make.get();
      made.incrementAndGet();
    }
    record(key, value);
    return value;
  }

  /** Values {@link #get} had to make since {@link #begin}. */
  public int made() {
    return made.get();
  }

  /** The build succeeded: its entries are what the next build looks up; the others are dropped. */
  public void commit() {
    committed = new HashMap<>(pending);
    pending = new ConcurrentHashMap<>();
  }

  /** The build failed: the next build sees what the last committed build left. */
  public void abandon() {
    pending = new ConcurrentHashMap<>();
  }

  /** The version of the committed entries. */
  public Object version() {
    return version;
  }

  /** Every committed entry, e.g. to write them to disk. */
  public void forEach(BiConsumer<K, V> action) {
    committed.forEach(action);
  }
}
