package io.sitegen.generator.publish;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wraps a real target, records each change made to it ({@code write a/.b.html.sitegen-tmp}, {@code
 * rename a/.b.html.sitegen-tmp a/b.html}, ...) and can stop the publish like a kill would: after a
 * given number of files went up, with the next one written to its temporary name but not yet
 * renamed.
 */
class RecordingTarget implements PublishTarget {

  /**
   * A kill stops the publish at once, with no clean-up code run: an error, which the publisher's
   * handling of failed writes does not catch.
   */
  static final class Killed extends Error {
    Killed(String message) {
      super(message);
    }
  }

  private final PublishTarget target;
  private final int renamesBeforeKill;
  final List<String> changes = new ArrayList<>();

  /** Records, and never fails on its own: for subclasses that add a fault. */
  RecordingTarget(PublishTarget target) {
    this(target, Integer.MAX_VALUE);
  }

  private RecordingTarget(PublishTarget target, int renamesBeforeKill) {
    this.target = target;
    this.renamesBeforeKill = renamesBeforeKill;
  }

  static RecordingTarget recording(PublishTarget target) {
    return new RecordingTarget(target, Integer.MAX_VALUE);
  }

  /** Fails the rename after {@code renames} renames went through. */
  static RecordingTarget killedAfter(PublishTarget target, int renames) {
    return new RecordingTarget(target, renames);
  }

  /**
   * Fails the write of {@code path} like a full disk: after {@code bytes} bytes reached the file.
   */
  static RecordingTarget diskFullWriting(PublishTarget target, String path, int bytes) {
    return new RecordingTarget(target) {
      @Override
      public void write(String written, InputStream content) throws IOException {
        super.write(written, written.equals(path) ? new DiskFull(content, bytes) : content);
      }
    };
  }

  /** A stream that ends in the error a full disk gives once {@code left} bytes were read. */
  private static final class DiskFull extends FilterInputStream {
    private int left;

    DiskFull(InputStream in, int left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        throw new IOException("No space left on device");
      }
      int n = super.read(buffer, offset, Math.min(length, left));
      left -= Math.max(n, 0);
      return n;
    }
  }

  /** The files that were put in place, in order: the targets of the renames. */
  List<String> replaced() {
    return changes.stream()
        .filter(c -> c.startsWith("rename "))
        .map(c -> c.substring(c.lastIndexOf(' ') + 1))
        .toList();
  }

  @Override
  public String describe() {
    return target.describe();
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    return target.read(path);
  }

  @Override
  public void write(String path, InputStream content) throws IOException {
    changes.add("write " + path);
    target.write(path, content);
  }

  @Override
  public void rename(String from, String to) throws IOException {
    if (replaced().size() >= renamesBeforeKill) {
      throw new Killed("killed (simulated) before renaming " + from);
    }
    changes.add("rename " + from + " " + to);
    target.rename(from, to);
  }

  @Override
  public boolean delete(String path) throws IOException {
    changes.add("delete " + path);
    return target.delete(path);
  }

  @Override
  public boolean removeEmptyFolder(String path) throws IOException {
    boolean removed = target.removeEmptyFolder(path);
    if (removed) {
      changes.add("rmdir " + path);
    }
    return removed;
  }

  @Override
  public void close() {
    target.close();
  }
}
