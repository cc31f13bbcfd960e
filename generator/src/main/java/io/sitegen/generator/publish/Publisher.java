package io.sitegen.generator.publish;

import io.sitegen.generator.api.BuildEvent;
import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.BuildListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The entry point of publishing: uploads a built site to a folder or an SFTP server, only what
 * changed since the last publish.
 *
 * <p>The steps, in this order, each reported as one line: hash the site; connect; compare with the
 * manifest of the last publish found on the target; upload new and changed files, each to a
 * temporary name renamed over the real one, so a reader never sees half a file; delete the files of
 * the last publish the site no longer has; write the new manifest. The manifest is written last so
 * a publish that stops half way leaves the old one, and running it again finishes the job.
 */
public final class Publisher {

  private static final String RERUN =
      "Publish again once the cause is fixed: the target still has the last manifest, so the next"
          + " publish uploads whatever is missing";

  private final BiFunction<PublishOptions, BuildListener, PublishTarget> targets;

  public Publisher() {
    this(Targets::open);
  }

  /** With another way to open targets: tests wrap the real ones to make them fail half way. */
  Publisher(BiFunction<PublishOptions, BuildListener, PublishTarget> targets) {
    this.targets = targets;
  }

  /**
   * Publishes the built site in {@code siteDir}. Nothing on the target changes in a dry run, nor
   * when the plan would delete more than {@link PublishOptions#maxDeletes} files.
   *
   * @throws BuildException for a bad target URL, a refused login or host key, too many deletes (all
   *     naming the option to change), and for I/O failures
   */
  public PublishResult publish(Path siteDir, PublishOptions options, BuildListener listener) {
    long start = System.nanoTime();
    check(options);
    if (!Files.isDirectory(siteDir)) {
      throw Failures.problem(
          "there is no built site in " + siteDir, "Build the site before publishing it");
    }
    Manifest local =
        stage(
            listener,
            "hash",
            () -> hash(siteDir),
            m -> files(m.entries().size()) + ", " + PublishResult.bytes(m.totalSize()));
    try (PublishTarget target =
        stage(
            listener, "connect", () -> targets.apply(options, listener), PublishTarget::describe)) {
      return new Run(siteDir, target, options, listener).publish(local, start);
    }
  }

  /**
   * Checks the options that need no connection (the target URL, the fingerprint's form, the delete
   * limit), so a front end can fail in a moment rather than after building the site.
   *
   * @throws BuildException naming the option to fix
   */
  public void check(PublishOptions options) {
    if (options.maxDeletes() < 0) {
      throw Failures.problem(
          "the delete limit " + options.maxDeletes() + " is negative",
          "Set " + options.names().maxDeletes(0) + " or more");
    }
    Targets.check(options);
  }

  /** One publish to one open target. */
  private record Run(
      Path siteDir, PublishTarget target, PublishOptions options, BuildListener listener) {

    /**
     * The steps in order. The manifest is written last: until then the target keeps the last one,
     * so a run that stops half way is finished by the next.
     */
    PublishResult publish(Manifest local, long start) {
      byte[] lastManifest = read(Manifest.FILE_NAME).orElse(new byte[0]);
      Set<String> pending = pending();
      PublishPlan plan =
          stage(
              listener,
              "compare",
              () -> PublishPlan.of(local, onTarget(parse(lastManifest), pending)),
              Run::counts);
      // Before anything is changed: a wrong site folder must not empty the live site.
      if (plan.exceeds(options.maxDeletes())) {
        throw tooManyDeletes(plan);
      }
      List<String> actions = plan.actions().stream().map(PublishPlan.Action::describe).toList();
      if (options.dryRun()) {
        actions.forEach(line -> listener.onEvent(BuildEvent.info("  " + line)));
        return result(plan, true, actions, start);
      }
      if (!plan.uploads().isEmpty()) {
        writePending(pending, plan);
        stage(
            listener,
            "upload",
            () -> upload(plan),
            n -> files(n) + ", " + PublishResult.bytes(plan.uploadBytes()));
      }
      if (!plan.deletes().isEmpty()) {
        stage(
            listener,
            "delete",
            () -> delete(plan),
            n -> files(plan.deletes().size()) + ", " + folders(n) + " removed");
      }
      removeLeftovers(pending, plan);
      byte[] manifest = local.bytes();
      if (!Arrays.equals(manifest, lastManifest)) {
        stage(
            listener,
            "manifest",
            () -> replace(Manifest.FILE_NAME, manifest),
            written -> files(local.entries().size()) + " listed");
      }
      if (!plan.uploads().isEmpty() || !pending.isEmpty()) {
        io("remove", TargetPaths.PENDING_FILE, () -> target.delete(TargetPaths.PENDING_FILE));
      }
      return result(plan, false, actions, start);
    }

    private static String counts(PublishPlan plan) {
      return plan.uploads().size()
          + " to upload ("
          + PublishResult.bytes(plan.uploadBytes())
          + "), "
          + plan.unchanged()
          + " unchanged, "
          + plan.deletes().size()
          + " to delete";
    }

    private BuildException tooManyDeletes(PublishPlan plan) {
      int deletes = plan.deletes().size();
      return Failures.problem(
          deletes
              + " files would be deleted from "
              + target.describe()
              + ", more than the limit of "
              + options.maxDeletes(),
          "Check that the right site was built (see the list with "
              + options.names().dryRun()
              + "); if these deletes are wanted, raise the limit: "
              + options.names().maxDeletes(deletes));
    }

    /**
     * Lists the files about to go up, with those of an unfinished run before, so that whichever run
     * finishes can remove the temporary files a killed one left.
     */
    private void writePending(Set<String> pending, PublishPlan plan) {
      Set<String> uploading = new TreeSet<>(pending);
      plan.uploads().forEach(a -> uploading.add(a.path()));
      replace(TargetPaths.PENDING_FILE, String.join("\n", uploading) + "\n");
    }

    /**
     * The last manifest, corrected for what an unfinished run changed: each file on its journal is
     * taken as it is now on the target (the new version, the old one, or none), so a page it put up
     * and the site no longer has is deleted, and one it put up already is not uploaded again.
     */
    private Manifest onTarget(Manifest last, Set<String> pending) {
      SortedMap<String, Manifest.Entry> entries = new TreeMap<>(last.entries());
      for (String path : pending) {
        Optional<byte[]> now = read(path);
        if (now.isPresent()) {
          entries.put(path, Manifest.Entry.of(now.get()));
        } else {
          entries.remove(path);
        }
      }
      return new Manifest(entries);
    }

    /**
     * A killed run left the temporary file of the one it was uploading; this run overwrote and
     * renamed away those it uploaded again, and removes the rest.
     */
    private void removeLeftovers(Set<String> pending, PublishPlan plan) {
      Set<String> uploaded =
          plan.uploads().stream().map(PublishPlan.Action::path).collect(Collectors.toSet());
      for (String path : pending) {
        if (!uploaded.contains(path)) {
          io("remove", path, () -> target.delete(TargetPaths.temporary(path)));
        }
      }
    }

    private int upload(PublishPlan plan) {
      for (PublishPlan.Action action : plan.uploads()) {
        listener.onEvent(BuildEvent.debug(action.describe()));
        io(
            "upload",
            action.path(),
            () -> {
              try (InputStream in = Files.newInputStream(siteDir.resolve(action.path()))) {
                replace(action.path(), in);
              }
              return true;
            });
      }
      return plan.uploads().size();
    }

    /** Deletes, then removes the folders this left empty; returns how many folders went. */
    private int delete(PublishPlan plan) {
      Set<String> emptied = new TreeSet<>(Comparator.reverseOrder());
      for (PublishPlan.Action action : plan.deletes()) {
        listener.onEvent(BuildEvent.debug(action.describe()));
        io("delete", action.path(), () -> target.delete(action.path()));
        emptied.addAll(TargetPaths.folders(action.path()));
      }
      // Deepest first (reverse order puts a/b before a). A folder that still holds anything,
      // such as a file site-gen did not publish, stays, and so do the folders above it.
      int removed = 0;
      for (String folder : emptied) {
        if (io("remove the folder", folder, () -> target.removeEmptyFolder(folder))) {
          removed++;
        }
      }
      return removed;
    }

    /**
     * Writes to a temporary name in the same folder, then renames it over the real file. A failed
     * write (a full disk) removes the half file: the temporary name is in the public folder.
     */
    private boolean replace(String path, InputStream content) throws IOException {
      String temporary = TargetPaths.temporary(path);
      try {
        target.write(temporary, content);
        target.rename(temporary, path);
      } catch (IOException | RuntimeException e) {
        try {
          target.delete(temporary);
        } catch (IOException | RuntimeException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
      return true;
    }

    private boolean replace(String path, byte[] content) {
      return io("write", path, () -> replace(path, new ByteArrayInputStream(content)));
    }

    private boolean replace(String path, String text) {
      return replace(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<byte[]> read(String path) {
      return io("read", path, () -> target.read(path));
    }

    /** The files the last, unfinished publish was uploading; empty after a clean one. */
    private Set<String> pending() {
      Set<String> paths = new TreeSet<>();
      String text =
          new String(read(TargetPaths.PENDING_FILE).orElse(new byte[0]), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        try {
          paths.add(TargetPaths.checked(line));
        } catch (IllegalArgumentException e) {
          // Only a clean-up list: a line that is not a plain path is no file of ours.
        }
      }
      return paths;
    }

    private Manifest parse(byte[] bytes) {
      try {
        return Manifest.parse(new String(bytes, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw Failures.problem(
            "the manifest "
                + Manifest.FILE_NAME
                + " of the last publish on "
                + target.describe()
                + " is damaged: "
                + e.getMessage(),
            "Delete it on the target; the next publish then uploads every file again and deletes"
                + " none");
      }
    }

    private <T> T io(String what, String path, IoAction<T> action) {
      try {
        return action.run();
      } catch (IOException e) {
        throw Failures.io(
            "cannot " + what + " " + path + " on " + target.describe() + ": " + e.getMessage(),
            RERUN,
            e);
      }
    }

    private PublishResult result(
        PublishPlan plan, boolean dryRun, List<String> actions, long start) {
      return new PublishResult(
          target.describe(),
          dryRun,
          plan.uploads().size(),
          plan.uploadBytes(),
          plan.unchanged(),
          plan.deletes().size(),
          Duration.ofNanos(System.nanoTime() - start),
          actions);
    }
  }

  /** A target operation, which may fail with an I/O error. */
  @FunctionalInterface
  private interface IoAction<T> {
    T run() throws IOException;
  }

  private static Manifest hash(Path siteDir) {
    try {
      return Manifest.scan(siteDir);
    } catch (UncheckedIOException e) {
      throw Failures.io(
          "cannot read the built site in " + siteDir + ": " + e.getCause().getMessage(),
          "Check the folder's permissions, or build it again",
          e.getCause());
    } catch (IllegalArgumentException e) {
      throw Failures.problem(
          "the built site in "
              + siteDir
              + " has a file that cannot be published: "
              + e.getMessage(),
          "Rename it");
    }
  }

  /** Runs a step and reports it in the build's form: {@code upload: 12 files, 340 KB (1.2 s)}. */
  private static <T> T stage(
      BuildListener listener, String name, Supplier<T> work, Function<T, String> summary) {
    long start = System.nanoTime();
    T result = work.get();
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    listener.onEvent(
        BuildEvent.info(
            String.format("%-9s %s (%d ms)", name + ":", summary.apply(result), millis)));
    return result;
  }

  private static String files(int n) {
    return n + (n == 1 ? " file" : " files");
  }

  private static String folders(int n) {
    return n + (n == 1 ? " empty folder" : " empty folders");
  }
}
