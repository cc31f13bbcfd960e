package io.sitegen.generator.publish;

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
final class RecordingTarget implements PublishTarget {

  private final PublishTarget target;
  private final int renamesBeforeKill;
  final List<String> changes = new ArrayList<>();

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
      throw new IOException("killed (simulated) before renaming " + from);
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
