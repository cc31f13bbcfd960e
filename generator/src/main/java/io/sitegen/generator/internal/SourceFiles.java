package io.sitegen.generator.internal;

import io.sitegen.generator.api.BuildException;
import io.sitegen.generator.api.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the user's text files strictly as UTF-8, so a Latin-1 file fails loudly, not garbled. */
public final class SourceFiles {

  private SourceFiles() {}

  /**
   * Reads {@code file} as UTF-8 text, dropping a leading byte order mark.
   *
   * @param shownAs the path to name in errors (relative to the blog folder)
   */
  public static String readUtf8(String stage, Path file, Path shownAs) {
    blogOf(file, shownAs)
        .flatMap(blog -> BlogFiles.of(blog).refusal(file))
        .ifPresent(
            why -> {
              throw new BuildException(
                  stage,
                  Problem.at(
                      shownAs, 0, why, "Copy the file into the blog folder instead of linking it"));
            });
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BuildException(
          stage, Problem.at(shownAs, 0, "cannot read the file: " + e, "Check its permissions"), e);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes);
      throw new BuildException(
          stage,
          Problem.at(
              shownAs,
              lineOf(bytes, bad),
              String.format(
                  "is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xff, bad),
              "Re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"),
          e);
    }
  }

  /** The blog folder, when {@code file} is {@code shownAs} below it. */
  private static Optional<Path> blogOf(Path file, Path shownAs) {
    int depth = file.getNameCount() - shownAs.getNameCount();
    if (shownAs.isAbsolute() || depth <= 0 || !file.endsWith(shownAs)) {
      return Optional.empty();
    }
    Path folder = file.subpath(0, depth);
    return Optional.of(file.getRoot() == null ? folder : file.getRoot().resolve(folder));
  }

  private static int firstInvalidByte(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : 0;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** {@code sed -i}'s temporary file, {@code sed} and six letters or digits, in the same folder. */
  private static final Pattern SED_TEMP = Pattern.compile("sed[A-Za-z0-9]{6}");

  /**
   * Whether a path of the blog folder is hidden from the build: hidden files and folders, and the
   * backups, swap files and locks editors write beside a file while it is open ({@code 4913} is
   * vim's test file) and {@code sed -i}'s temporary files. The loaders and the preview's watcher
   * both ask this, so a file the build never reads never starts a build either.
   */
  public static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".")
          || SED_TEMP.matcher(name).matches()
          || name.startsWith("#")
          || name.endsWith("~")
          || name.endsWith(".swp")
          || name.endsWith(".swx")
          || name.endsWith(".tmp")
          || name.equals("4913")) {
        return true;
      }
    }
    return false;
  }
}
