package io.github.cognitoevents.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the tool's input files: a path, a directory (read recursively), or {@code -} for standard
 * input; strict UTF-8, a leading byte-order mark dropped, and never more than {@link #MAX_BYTES} (a
 * larger input is an error, not an out-of-memory crash: regular files are refused by their size
 * before they are opened, anything else is read up to the limit).
 *
 * <p>Hand-written rather than a library: it is the tool's whole input policy (limits, labels,
 * messages) in one place, on top of {@code java.nio.file}.
 */
final class Inputs {

  /** The largest input the tool reads: far above EventBridge's 256 KB event limit. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  static final String STDIN = "-";
  static final String STDIN_LABEL = "<stdin>";

  /** One input: its label for messages, and its path ({@code null} for standard input). */
  record Input(String label, Path path) {}

  private final InputStream stdin;
  private String stdinText;

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * The inputs named on the command line, directories replaced by the files under them whose names
   * end with one of {@code suffixes} (recursively, sorted, hidden files and folders skipped).
   *
   * @throws InputException for a name that does not exist, or a directory with no such file
   */
  static List<Input> expand(List<String> operands, String... suffixes) {
    List<Input> inputs = new ArrayList<>();
    for (String operand : operands) {
      if (operand.equals(STDIN)) {
        inputs.add(new Input(STDIN_LABEL, null));
        continue;
      }
      Path path = path(operand);
      if (!Files.isDirectory(path)) {
        inputs.add(new Input(operand, path));
        continue;
      }
      List<Path> found = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(p -> !p.equals(path))
            .filter(p -> !isHidden(path.relativize(p)))
            .filter(Files::isRegularFile)
            .filter(p -> endsWithAny(p.getFileName().toString(), suffixes))
            .sorted()
            .forEach(found::add);
      } catch (IOException | RuntimeException e) {
        throw new InputException(operand + ": cannot list the directory: " + reason(e));
      }
      if (found.isEmpty()) {
        throw new InputException(
            operand + ": the directory holds no " + String.join(" or ", suffixes) + " file");
      }
      for (Path p : found) {
        inputs.add(new Input(p.toString(), p));
      }
    }
    return inputs;
  }

  /** Reads one input as text (standard input is read once and remembered). */
  String read(Input input) {
    if (input.path() == null) {
      if (stdinText == null) {
        stdinText = decode(readBounded(stdin, STDIN_LABEL), STDIN_LABEL);
      }
      return stdinText;
    }
    return decode(readBytes(input.path(), input.label()), input.label());
  }

  /** Reads one file named on the command line as text. */
  String read(String operand) {
    if (operand.equals(STDIN)) {
      return read(new Input(STDIN_LABEL, null));
    }
    Path path = path(operand);
    if (Files.isDirectory(path)) {
      throw new InputException(operand + ": is a directory; a file is expected here");
    }
    return read(new Input(operand, path));
  }

  private static byte[] readBytes(Path path, String label) {
    try {
      if (Files.isRegularFile(path)) {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
          throw new InputException(label + ": too large (" + size(size) + "; the limit is 64 MiB)");
        }
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readBounded(in, label);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(label + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(label + ": permission denied");
    } catch (IOException e) {
      throw new InputException(label + ": cannot read: " + reason(e));
    }
  }

  private static byte[] readBounded(InputStream in, String label) {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException(label + ": too large (more than the limit of 64 MiB)");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(label + ": cannot read: " + reason(e));
    }
  }

  private static String decode(byte[] bytes, String label) {
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
      throw new InputException(label + ": not UTF-8 text");
    }
  }

  private static Path path(String operand) {
    try {
      return Path.of(operand);
    } catch (InvalidPathException e) {
      throw new InputException(operand + ": not a valid file name");
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static String size(long bytes) {
    if (bytes >= 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** An input could not be read; the message names it and says why, in one line. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
