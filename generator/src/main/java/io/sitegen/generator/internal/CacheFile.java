package io.sitegen.generator.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A file of named sections of entries, written whole or not at all, that reads back only as it was
 * written. It is written to a temporary file and renamed over the old one, so a build killed while
 * writing leaves the old file or the new one; it ends with its length and a CRC-32C of its content,
 * so a torn, truncated or corrupted file (or one of another format or version) reads as nothing
 * rather than as wrong entries. A checksum, not a cryptographic digest: it guards against
 * accidents, not forgery, and it is computed in a few milliseconds where SHA-256 of a 13 MB file
 * cost a tenth of an incremental build's CPU time.
 */
public final class CacheFile {

  private static final byte[] MAGIC = "site-gen cache 2\n".getBytes(StandardCharsets.US_ASCII);
  private static final int CHECK = Integer.BYTES;

  /**
   * Entries of one kind.
   *
   * @param version what every entry also depends on
   */
  public record Section(String version, Map<String, byte[]> entries) {}

  private CacheFile() {}

  /**
   * The sections of {@code file} if it holds a whole, intact file written under {@code version}.
   */
  public static Optional<Map<String, Section>> read(Path file, String version) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    int body = bytes.length - CHECK - Long.BYTES;
    if (body < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != body
        || ByteBuffer.wrap(bytes, body + Long.BYTES, CHECK).getInt()
            != crc32c(bytes, body + Long.BYTES)) {
      return Optional.empty();
    }
    try {
      In in = new In(Arrays.copyOfRange(bytes, MAGIC.length, body));
      if (!in.string().equals(version)) {
        return Optional.empty();
      }
      Map<String, Section> sections = new LinkedHashMap<>();
      for (int s = in.count(); s > 0; s--) {
        String name = in.string();
        String sectionVersion = in.string();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int e = in.count(); e > 0; e--) {
          entries.put(in.string(), in.bytes());
        }
        sections.put(name, new Section(sectionVersion, entries));
      }
      return Optional.of(sections);
    } catch (IOException | RuntimeException e) {
      // Intact bytes that do not parse: written by another build of the code. Never trusted.
      return Optional.empty();
    }
  }

  /** Replaces {@code file} with these sections, whole. */
  public static void write(Path file, String version, Map<String, Section> sections)
      throws IOException {
    Out out = new Out();
    out.raw(MAGIC);
    out.string(version);
    out.count(sections.size());
    for (Map.Entry<String, Section> section : sections.entrySet()) {
      out.string(section.getKey());
      out.string(section.getValue().version());
      out.count(section.getValue().entries().size());
      for (Map.Entry<String, byte[]> entry : section.getValue().entries().entrySet()) {
        out.string(entry.getKey());
        out.bytes(entry.getValue());
      }
    }
    byte[] body = out.toByteArray();
    byte[] length = ByteBuffer.allocate(Long.BYTES).putLong(body.length).array();
    byte[] whole = Arrays.copyOf(body, body.length + Long.BYTES + CHECK);
    System.arraycopy(length, 0, whole, body.length, Long.BYTES);
    ByteBuffer.wrap(whole, body.length + Long.BYTES, CHECK)
        .putInt(crc32c(whole, body.length + Long.BYTES));
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, whole);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static int crc32c(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /** Writes an entry's value: strings, numbers, flags and counts, in an order the reader knows. */
  public static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream data = new DataOutputStream(bytes);

    public Out string(String text) {
      return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public Out bytes(byte[] value) {
      count(value.length);
      return raw(value);
    }

    public Out count(int n) {
      try {
        data.writeInt(n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    public Out flag(boolean value) {
      return count(value ? 1 : 0);
    }

    private Out raw(byte[] value) {
      try {
        data.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    public byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  /** Reads what an {@link Out} wrote, in the same order. */
  public static final class In {
    private final DataInputStream data;

    public In(byte[] bytes) {
      this.data = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    public String string() throws IOException {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    public byte[] bytes() throws IOException {
      return data.readNBytes(count());
    }

    public int count() throws IOException {
      int n = data.readInt();
      if (n < 0) {
        throw new IOException("negative count");
      }
      return n;
    }

    public boolean flag() throws IOException {
      return count() != 0;
    }
  }
}
