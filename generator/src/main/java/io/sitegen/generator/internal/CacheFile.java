package io.sitegen.generator.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.zip.CheckedOutputStream;

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

  private static final byte[] MAGIC = "site-gen cache 3\n".getBytes(StandardCharsets.US_ASCII);
  private static final int CHECK = Integer.BYTES;

  /** What is read or written at a time. */
  private static final int PIECE = 1 << 16;

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
      bytes = readAll(file);
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
      In in = new In(bytes, MAGIC.length, body - MAGIC.length);
      if (!in.string().equals(version)) {
        return Optional.empty();
      }
      Map<String, Section> sections = new LinkedHashMap<>();
      for (int s = in.count(); s > 0; s--) {
        String name = in.string();
        String sectionVersion = in.string();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        while (in.flag()) {
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
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      // Streamed through the checksum, not assembled first: at 10,000 posts the file is over
      // 100 MB, and its copies in memory were the peak of a build's heap.
      CRC32C check = new CRC32C();
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary), PIECE);
          DataOutputStream data = new DataOutputStream(new CheckedOutputStream(stream, check))) {
        Out out = new Out(data);
        out.raw(MAGIC);
        out.string(version);
        out.count(sections.size());
        for (Map.Entry<String, Section> section : sections.entrySet()) {
          out.string(section.getKey());
          out.string(section.getValue().version());
          // Each entry flagged rather than counted first: a section may be encoded as it is
          // written, and its size known only at the end.
          for (Map.Entry<String, byte[]> entry : section.getValue().entries().entrySet()) {
            out.flag(true).string(entry.getKey()).bytes(entry.getValue());
          }
          out.flag(false);
        }
        data.writeLong(data.size());
        data.flush();
        new DataOutputStream(stream).writeInt((int) check.getValue());
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The file's bytes, read a piece at a time: {@link Files#readAllBytes} reads through a native
   * buffer the size of the file, which the JDK keeps for the thread (130 MB of memory outside the
   * heap, for the rest of a 10,000-post build).
   */
  private static byte[] readAll(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException("too big for a cache file");
      }
      byte[] bytes = new byte[(int) size];
      int read = 0;
      while (read < bytes.length) {
        int n = in.read(bytes, read, Math.min(PIECE, bytes.length - read));
        if (n < 0) {
          throw new IOException("shorter than its size");
        }
        read += n;
      }
      return bytes;
    }
  }

  private static int crc32c(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /** Writes an entry's value: strings, numbers, flags and counts, in an order the reader knows. */
  public static final class Out {
    private final ByteArrayOutputStream bytes;
    private final DataOutputStream data;

    public Out() {
      this.bytes = new ByteArrayOutputStream(1 << 16);
      this.data = new DataOutputStream(bytes);
    }

    /** Writes straight to {@code data}; such an {@code Out} has no bytes to give. */
    private Out(DataOutputStream data) {
      this.bytes = null;
      this.data = data;
    }

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
      this(bytes, 0, bytes.length);
    }

    private In(byte[] bytes, int offset, int length) {
      this.data = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
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
