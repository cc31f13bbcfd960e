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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A file of named sections of entries, written whole or not at all, that reads back only as it was
 * written. It is written to a temporary file and renamed over the old one, so a build killed while
 * writing leaves the old file or the new one; it ends with its length and a SHA-256 of its content,
 * so a torn, truncated or corrupted file (or one of another format or version) reads as nothing
 * rather than as wrong entries.
 */
public final class CacheFile {

  private static final byte[] MAGIC = "site-gen cache 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST = 32;

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
    int body = bytes.length - DIGEST - Long.BYTES;
    if (body < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != body
        || !Arrays.equals(
            sha256(bytes, body + Long.BYTES),
            0,
            DIGEST,
            bytes,
            bytes.length - DIGEST,
            bytes.length)) {
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
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      // Streamed through the digest, not assembled first: at 10,000 posts the file is over 100 MB,
      // and its copies in memory were the peak of a build's heap.
      MessageDigest digest = sha256();
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary), PIECE);
          DataOutputStream data = new DataOutputStream(new DigestOutputStream(stream, digest))) {
        Out out = new Out(data);
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
        data.writeLong(data.size());
        data.flush();
        stream.write(digest.digest());
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

  private static byte[] sha256(byte[] bytes, int length) {
    MessageDigest digest = sha256();
    digest.update(bytes, 0, length);
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
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
