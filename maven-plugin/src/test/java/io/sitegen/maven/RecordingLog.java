package io.sitegen.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.Log;

/** A Maven {@link Log} that keeps each line as {@code "[level] message"} for assertions. */
final class RecordingLog implements Log {

  final List<String> lines = new CopyOnWriteArrayList<>();
  final List<Throwable> thrown = new ArrayList<>();
  private final boolean debugEnabled;

  RecordingLog() {
    this(true);
  }

  RecordingLog(boolean debugEnabled) {
    this.debugEnabled = debugEnabled;
  }

  private void record(String level, CharSequence content, Throwable error) {
    if (level.equals("debug") && !debugEnabled) {
      return;
    }
    lines.add("[" + level + "] " + (content == null ? "" : content));
    if (error != null) {
      thrown.add(error);
    }
  }

  @Override
  public boolean isDebugEnabled() {
    return debugEnabled;
  }

  @Override
  public void debug(CharSequence content) {
    record("debug", content, null);
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    record("debug", content, error);
  }

  @Override
  public void debug(Throwable error) {
    record("debug", null, error);
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public void info(CharSequence content) {
    record("info", content, null);
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    record("info", content, error);
  }

  @Override
  public void info(Throwable error) {
    record("info", null, error);
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public void warn(CharSequence content) {
    record("warn", content, null);
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    record("warn", content, error);
  }

  @Override
  public void warn(Throwable error) {
    record("warn", null, error);
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public void error(CharSequence content) {
    record("error", content, null);
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    record("error", content, error);
  }

  @Override
  public void error(Throwable error) {
    record("error", null, error);
  }
}
