package io.sitegen.generator.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import io.sitegen.generator.site.ChangeKind;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the blog folder's inputs and hands over the changed files once they have been quiet for a
 * moment: an editor's save is several events, a {@code git checkout} hundreds. Only the folders a
 * build reads are descended into, so the build's own output under {@code target/} never triggers a
 * build. Batches are handed over on one thread, one after another.
 */
final class SourceWatcher implements AutoCloseable {

  private final Path root;
  private final Duration quietPeriod;
  private final Consumer<Set<Path>> onChange;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "site-gen rebuild");
            t.setDaemon(true);
            return t;
          });
  private final ExecutorService watching =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "site-gen watcher");
            t.setDaemon(true);
            return t;
          });
  private final Set<Path> pending = new TreeSet<>();
  private ScheduledFuture<?> flush;
  private DirectoryWatcher watcher;

  /**
   * @param onChange called with paths relative to {@code root}, never with only ignored ones
   */
  SourceWatcher(Path root, Duration quietPeriod, Consumer<Set<Path>> onChange) {
    this.root = root.toAbsolutePath().normalize();
    this.quietPeriod = quietPeriod;
    this.onChange = onChange;
  }

  SourceWatcher start() throws IOException {
    watcher =
        DirectoryWatcher.builder()
            .path(root)
            // Hashing every photo at start-up would take long; the quiet period merges repeats.
            .fileHashing(false)
            .fileTreeVisitor(new InputsOnly())
            .listener(this::onEvent)
            .build();
    watcher.watchAsync(watching);
    return this;
  }

  private void onEvent(DirectoryChangeEvent event) {
    if (event.path() == null) {
      return;
    }
    Path relative = root.relativize(event.path().toAbsolutePath().normalize());
    boolean overflow = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW;
    if (!overflow && ChangeKind.of(relative) == ChangeKind.IGNORED) {
      return;
    }
    synchronized (pending) {
      // Events were lost: say the configuration changed, which rebuilds everything.
      pending.add(overflow ? Path.of("site.yaml") : relative);
      if (flush != null) {
        flush.cancel(false);
      }
      flush = worker.schedule(this::flush, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void flush() {
    Set<Path> batch;
    synchronized (pending) {
      batch = Set.copyOf(pending);
      pending.clear();
    }
    if (!batch.isEmpty()) {
      onChange.accept(batch);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    watching.shutdownNow();
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        // Stopping anyway.
      }
    }
  }

  /** Registers the root and, below it, only the folders a build reads. */
  private final class InputsOnly implements FileTreeVisitor {
    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile)
        throws IOException {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Path relative = root.relativize(dir.toAbsolutePath().normalize());
              if (!dir.toAbsolutePath().normalize().equals(root)
                  && ChangeKind.of(relative) == ChangeKind.IGNORED) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              onDirectory.call(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              onFile.call(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              // Gone between listing and visiting: a file an editor just replaced.
              return FileVisitResult.CONTINUE;
            }
          });
    }
  }
}
