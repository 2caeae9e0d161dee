package io.github.cognitoevents.patterntest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a {@link Program} over raw JSON (bytes, text, a stream) or a Jackson tree. The entry points
 * the public API delegates to.
 */
public final class Engine {

  /** Shared, thread-safe factory; default stream-read constraints (nesting depth 1000). */
  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private Engine() {}

  /** Opens a parser over some event input. */
  @FunctionalInterface
  public interface Input {
    /**
     * Opens the parser.
     *
     * @param factory the factory to use
     * @return a parser positioned before the first token
     * @throws IOException on a read error
     */
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /**
   * An input over UTF-8 (or UTF-16/32, auto-detected) bytes.
   *
   * @param bytes the event
   * @return the input
   */
  public static Input of(byte[] bytes) {
    return f -> f.createParser(bytes);
  }

  /**
   * An input over JSON text.
   *
   * @param text the event
   * @return the input
   */
  public static Input of(String text) {
    return f -> f.createParser(text);
  }

  /**
   * An input over a stream (not closed).
   *
   * @param in the event
   * @return the input
   */
  public static Input of(InputStream in) {
    return f -> f.createParser(in);
  }

  /**
   * An input over a Jackson tree (numbers are seen as the tree renders them).
   *
   * @param node the event
   * @return the input
   */
  public static Input of(JsonNode node) {
    return f -> node.traverse();
  }

  /**
   * Whether the program matches the event.
   *
   * @param program the compiled pattern
   * @param input the event
   * @return the verdict
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static boolean matches(Program program, Input input) {
    Scratch s = Scratch.get();
    s.inUse = true;
    try {
      s.reset(program.paths.length, false);
      scan(program, input, s);
      return program.decide(s);
    } finally {
      s.inUse = false;
    }
  }

  /**
   * Validates an event without matching.
   *
   * @param input the event
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static void validate(Input input) {
    matches(Program.EMPTY, input);
  }

  /**
   * Explains the verdict.
   *
   * @param program the compiled pattern
   * @param input the event
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static MatchExplanation explain(Program program, Input input) {
    Scratch s = new Scratch();
    s.reset(program.paths.length, true);
    scan(program, input, s);
    List<MatchExplanation.Branch> branches = new ArrayList<>();
    boolean any = false;
    for (Program.SubRule rule : program.subRules) {
      boolean matched = program.search(rule, s);
      any |= matched;
      List<MatchExplanation.Check> checks = new ArrayList<>();
      for (int i = 0; i < rule.pathIds.length; i++) {
        int pid = rule.pathIds[i];
        List<String> values = new ArrayList<>();
        for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
          values.add(s.leafDisplay.get(leaf));
        }
        Collections.reverse(values);
        boolean held = program.anySatisfies(rule, i, s) || (rule.absence[i] && s.pathHead[pid] < 0);
        checks.add(
            new MatchExplanation.Check(program.paths[pid], rule.lists[i].toString(), values, held));
      }
      branches.add(new MatchExplanation.Branch(matched, checks));
    }
    return new MatchExplanation(any, branches);
  }

  private static void scan(Program program, Input input, Scratch s) {
    int found;
    try (JsonParser p = input.open(FACTORY)) {
      found = EventScanner.scan(program, p, s);
    } catch (JsonProcessingException | CharConversionException e) {
      throw new InvalidEventException("not valid JSON: " + firstLine(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the event: " + e.getMessage(), e);
    }
    if (found < 0) {
      throw new InvalidEventException("the event is not a JSON object", null);
    }
    if (found != EventScanner.ALL_REQUIRED) {
      throw new InvalidEventException(
          "missing required field(s): " + EventScanner.missing(found), null);
    }
  }

  private static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
