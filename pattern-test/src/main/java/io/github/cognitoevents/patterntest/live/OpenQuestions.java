package io.github.cognitoevents.patterntest.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.patterntest.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of open questions: every corner of EventBridge's pattern semantics that the
 * project's notes mark as unverified, as concrete cases ({@link OpenQuestion}) that the real {@code
 * TestEventPattern} API can settle.
 *
 * <pre>{@code
 * for (OpenQuestion q : OpenQuestions.all()) {
 *   System.out.println(q.name() + ": we answer " + q.today() + "; " + q.question());
 * }
 * List<LiveCase> cases = OpenQuestions.liveCases();     // for LiveVerifier / live-verify
 * }</pre>
 *
 * <p>The catalogue is the resource {@code open-questions.jsonl} of this package: JSON Lines that
 * start like a conformance corpus line ({@code name}, {@code event}, {@code pattern}) and go on
 * with {@code topic}, {@code question}, {@code today} ({@code match}, {@code no-match} or {@code
 * invalid} with {@code todayMessage} and {@code todayCode}), {@code eventRuler}, {@code decidedBy}
 * and {@code ref}. The project's tests hold every {@code today} to the matcher and every {@code
 * eventRuler} to event-ruler 2.1.0, so the catalogue always says what the code does.
 */
public final class OpenQuestions {

  /** The catalogue's resource name, beside this class. */
  static final String RESOURCE = "open-questions.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenQuestions() {}

  /** Loads the catalogue once, on first use. */
  private static final class Catalogue {
    static final List<OpenQuestion> ALL = load();

    private static List<OpenQuestion> load() {
      try (InputStream in = OpenQuestions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The resource " + RESOURCE + " is missing");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the resource " + RESOURCE, e);
      }
    }
  }

  /**
   * Every case of the catalogue, grouped by topic, in catalogue order.
   *
   * @return the cases
   */
  public static List<OpenQuestion> all() {
    return Catalogue.ALL;
  }

  /**
   * Every case as a live case without an expected verdict, in catalogue order.
   *
   * @return the cases
   */
  public static List<LiveCase> liveCases() {
    List<LiveCase> cases = new ArrayList<>();
    for (OpenQuestion q : all()) {
      cases.add(q.toLiveCase());
    }
    return List.copyOf(cases);
  }

  /**
   * The topics, in catalogue order.
   *
   * @return the distinct topics
   */
  public static Set<String> topics() {
    Set<String> topics = new LinkedHashSet<>();
    for (OpenQuestion q : all()) {
      topics.add(q.topic());
    }
    return Collections.unmodifiableSet(topics);
  }

  /**
   * The case of that name.
   *
   * @param name a case name
   * @return the case, or empty if the catalogue has none of that name
   */
  public static Optional<OpenQuestion> named(String name) {
    return Optional.ofNullable(Index.BY_NAME.get(name));
  }

  private static final class Index {
    static final Map<String, OpenQuestion> BY_NAME = index();

    private static Map<String, OpenQuestion> index() {
      Map<String, OpenQuestion> byName = new LinkedHashMap<>();
      for (OpenQuestion q : all()) {
        byName.put(q.name(), q);
      }
      return byName;
    }
  }

  /**
   * Reads a catalogue.
   *
   * @throws LiveCaseFormatException naming the line and the field when a line is malformed or a
   *     name repeats
   */
  static List<OpenQuestion> read(Reader catalogue) throws IOException {
    BufferedReader reader = new BufferedReader(catalogue);
    List<OpenQuestion> questions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      OpenQuestion q;
      try {
        q = parseLine(line);
      } catch (LiveCaseFormatException e) {
        throw new LiveCaseFormatException("Line " + number + ": " + e.getMessage());
      }
      if (!names.add(q.name())) {
        throw new LiveCaseFormatException(
            "Line " + number + ": the name " + q.name() + " is used twice");
      }
      questions.add(q);
    }
    return List.copyOf(questions);
  }

  private static OpenQuestion parseLine(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new LiveCaseFormatException("not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new LiveCaseFormatException("not a JSON object");
    }
    String today = text(node, "today");
    Verdict verdict;
    switch (today) {
      case "match":
        verdict = Verdict.match();
        break;
      case "no-match":
        verdict = Verdict.noMatch();
        break;
      case "invalid":
        verdict = Verdict.invalid(text(node, "todayCode"), text(node, "todayMessage"));
        break;
      default:
        throw new LiveCaseFormatException(
            "field \"today\" must be match, no-match or invalid, was \"" + today + "\"");
    }
    return new OpenQuestion(
        text(node, "name"),
        text(node, "topic"),
        text(node, "event"),
        text(node, "pattern"),
        text(node, "question"),
        verdict,
        text(node, "eventRuler"),
        text(node, "decidedBy"),
        text(node, "ref"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new LiveCaseFormatException("field \"" + field + "\" is missing or not a string");
    }
    return value.textValue();
  }
}
