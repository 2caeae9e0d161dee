package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.testsupport.EventRuler;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Executable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * The catalogue of open questions never drifts from the code: every case's {@code today} is what
 * the matcher answers, every {@code eventRuler} what event-ruler 2.1.0 answers, every {@code
 * decidedBy} names code that exists, and every "[unverified]" item of the semantics notes has a
 * topic (or a stated reason for having none).
 */
class OpenQuestionsTest {

  /**
   * Every "[unverified]" item of {@code shared/reference/eventbridge-pattern-semantics.md}: a
   * phrase found on the item's line or the two lines before it, and the catalogue topic that
   * settles it, or {@code "none: <why>"}.
   */
  private static final Map<String, String> UNVERIFIED_ITEMS = new LinkedHashMap<>();

  static {
    UNVERIFIED_ITEMS.put("Whether AWS accepts such events", "event-duplicate-keys");
    UNVERIFIED_ITEMS.put("\"2001:db8::1\"", "ip-looking-exact-values");
    UNVERIFIED_ITEMS.put("bug included", "equals-ignore-case-folding");
    UNVERIFIED_ITEMS.put("fakecloud", "anything-but-arrays");
    UNVERIFIED_ITEMS.put("AWS's answer is", "anything-but-empty-list");
    UNVERIFIED_ITEMS.put("one AWS runs today", "numeric-precision");
    UNVERIFIED_ITEMS.put("high-priority probe", "cidr-full-mask");
    UNVERIFIED_ITEMS.put("The exact T is", "wildcard-complexity");
    UNVERIFIED_ITEMS.put("JsonRuleCompiler.check` rejects it", "or-with-an-object");
    UNVERIFIED_ITEMS.put("The exact message text is", "or-combinations");
    UNVERIFIED_ITEMS.put("Whether AWS accepts it is", "exactly-operator");
    UNVERIFIED_ITEMS.put("(likely the same)", "pattern-duplicate-object-keys");
    UNVERIFIED_ITEMS.put("pass `check`", "pattern-trailing-content");
    UNVERIFIED_ITEMS.put(
        "whether AWS truncates",
        "none: the excerpt is on the second line of AWS's message, and a corpus (like our"
            + " comparison) keeps only the first line");
    UNVERIFIED_ITEMS.put("Member must have length less than", "pattern-length");
    UNVERIFIED_ITEMS.put("has no documented length", "event-size");
    UNVERIFIED_ITEMS.put("Field types and formats", "event-validation");
    UNVERIFIED_ITEMS.put("which error wins", "event-validation");
    UNVERIFIED_ITEMS.put("silent fallback can accept patterns", "or-with-an-object");
    UNVERIFIED_ITEMS.put(
        "Whether AWS accepts them today",
        "none: the notes answer it themselves from AWS-recorded templates (the shared corpus)");
    UNVERIFIED_ITEMS.put("no discriminating case", "numeric-precision");
  }

  @Test
  void everyCaseSaysWhatTheMatcherAnswersToday() {
    List<String> drifted = new ArrayList<>();
    for (OpenQuestion q : OpenQuestions.all()) {
      Verdict now = TestEventPattern.test(q.event(), q.pattern());
      if (!LiveComparison.same(q.today(), now)) {
        drifted.add(
            q.name() + ": the catalogue says " + q.today() + ", the matcher answers " + now);
      }
    }
    assertThat(drifted).as("update open-questions.jsonl (today*) for these cases").isEmpty();
  }

  @Test
  void everyCaseSaysWhatEventRulerAnswers() {
    List<String> drifted = new ArrayList<>();
    for (OpenQuestion q : OpenQuestions.all()) {
      String ruler = eventRuler(q.event(), q.pattern());
      if (!ruler.equals(q.eventRuler())) {
        drifted.add(
            q.name() + ": the catalogue says " + q.eventRuler() + ", event-ruler answers " + ruler);
      }
    }
    assertThat(drifted).as("update open-questions.jsonl (eventRuler) for these cases").isEmpty();
  }

  @Test
  void everyCaseNamesCodeThatExists() {
    List<String> missing = new ArrayList<>();
    for (OpenQuestion q : OpenQuestions.all()) {
      String[] parts = q.decidedBy().split("#", -1);
      if (parts.length != 2) {
        missing.add(q.name() + ": decidedBy is not Class#method: " + q.decidedBy());
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(parts[0], false, OpenQuestionsTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        missing.add(q.name() + ": no class " + parts[0]);
        continue;
      }
      boolean found =
          Stream.concat(
                  Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
              .map(Executable::getName)
              .anyMatch(
                  name ->
                      name.equals(parts[1])
                          || name.equals(type.getName()) && parts[1].equals(type.getSimpleName()));
      if (!found) {
        missing.add(q.name() + ": no method " + parts[1] + " in " + parts[0]);
      }
    }
    assertThat(missing)
        .as("the code moved: update decidedBy in open-questions.jsonl for these cases")
        .isEmpty();
  }

  @Test
  void coversEveryUnverifiedItemOfTheSemanticsNotes() throws IOException {
    String notes =
        Files.readString(
            SharedData.resolve("reference/eventbridge-pattern-semantics.md"),
            StandardCharsets.UTF_8);
    List<String> uncovered = new ArrayList<>();
    Map<String, Integer> used = new LinkedHashMap<>();
    String tag = "[unverified]";
    int previousEnd = 0;
    for (int at = notes.indexOf(tag); at >= 0; at = notes.indexOf(tag, at + tag.length())) {
      int lineStart = notes.lastIndexOf('\n', at) + 1;
      int lineEnd = notes.indexOf('\n', at) < 0 ? notes.length() : notes.indexOf('\n', at);
      String line = notes.substring(lineStart, lineEnd);
      if (line.startsWith("| **[unverified]**")) {
        previousEnd = at + tag.length(); // the legend row of the tag table is not an item
        continue;
      }
      // the item's words: from the previous item (at most two lines back) to the end of its line
      int twoLinesBack = lineStart;
      for (int i = 0; i < 2 && twoLinesBack > 0; i++) {
        twoLinesBack = notes.lastIndexOf('\n', twoLinesBack - 2) + 1;
      }
      String window =
          notes.substring(Math.max(previousEnd, twoLinesBack), lineEnd).replace("**", "");
      previousEnd = at + tag.length();
      List<String> phrases = UNVERIFIED_ITEMS.keySet().stream().filter(window::contains).toList();
      if (phrases.size() != 1) {
        uncovered.add(phrases.size() + " phrases for: " + line.strip());
        continue;
      }
      used.merge(phrases.get(0), 1, Integer::sum);
    }
    assertThat(uncovered)
        .as("new or reworded [unverified] items: give each a catalogue topic in UNVERIFIED_ITEMS")
        .isEmpty();
    assertThat(used.keySet())
        .as("items listed here but no longer in the notes")
        .containsExactlyInAnyOrderElementsOf(UNVERIFIED_ITEMS.keySet());
    for (String topic : UNVERIFIED_ITEMS.values()) {
      if (!topic.startsWith("none: ")) {
        assertThat(OpenQuestions.topics()).as("topic of the notes' items").contains(topic);
      }
    }
  }

  @Test
  void hasUniqueNamesAndATopicQuestionAndReferenceForEveryCase() {
    List<OpenQuestion> all = OpenQuestions.all();

    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    assertThat(all).extracting(OpenQuestion::name).doesNotHaveDuplicates();
    assertThat(all)
        .allSatisfy(
            q -> {
              assertThat(q.question()).as(q.name()).hasSizeGreaterThan(40);
              assertThat(q.reference()).as(q.name()).startsWith("semantics notes ");
              assertThat(q.name()).as(q.name()).matches("[a-z0-9][A-Za-z0-9.:^+-]*");
            });
    assertThat(OpenQuestions.liveCases())
        .extracting(LiveCase::name)
        .containsExactlyElementsOf(all.stream().map(OpenQuestion::name).toList());
    assertThat(OpenQuestions.liveCases()).allSatisfy(c -> assertThat(c.expected()).isNull());
    assertThat(OpenQuestions.named("cidr-ipv4-32"))
        .hasValueSatisfying(q -> assertThat(q.topic()).isEqualTo("cidr-full-mask"));
    assertThat(OpenQuestions.named("no-such-case")).isEmpty();
  }

  @Test
  void isItselfAFileOfLiveCasesWithoutExpectations() throws Exception {
    java.nio.file.Path file =
        java.nio.file.Path.of(OpenQuestions.class.getResource(OpenQuestions.RESOURCE).toURI());

    List<LiveCase> cases = LiveCase.readJsonLines(file);

    assertThat(cases).isEqualTo(OpenQuestions.liveCases());
  }

  @Test
  void rejectsAMalformedCatalogueNamingTheLine() {
    String line =
        "{\"name\": \"a\", \"event\": \"{}\", \"pattern\": \"{}\", \"topic\": \"t\", \"question\":"
            + " \"q\", \"today\": \"match\", \"eventRuler\": \"match\", \"decidedBy\": \"X#y\","
            + " \"ref\": \"r\"}";

    assertThatThrownBy(() -> OpenQuestions.read(new StringReader(line + "\n" + line)))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("Line 2: the name a is used twice");
    assertThatThrownBy(
            () ->
                OpenQuestions.read(
                    new StringReader(
                        line.replace("\"match\", \"eventRuler", "\"yes\", \"eventRuler"))))
        .hasMessage("Line 1: field \"today\" must be match, no-match or invalid, was \"yes\"");
    assertThatThrownBy(
            () -> OpenQuestions.read(new StringReader(line.replace("\"today\": \"match\", ", ""))))
        .hasMessage("Line 1: field \"today\" is missing or not a string");
  }

  /** event-ruler 2.1.0's answer, in the catalogue's words. */
  static String eventRuler(String event, String pattern) {
    Machine machine = EventRuler.machine(); // loads event-ruler as its release build runs it
    String check;
    try {
      check = JsonRuleCompiler.check(pattern);
    } catch (RuntimeException | StackOverflowError e) {
      return "throws " + e.getClass().getSimpleName() + " while checking the pattern";
    }
    if (check != null) {
      int newline = check.indexOf('\n');
      return "invalid: " + (newline < 0 ? check : check.substring(0, newline));
    }
    try {
      machine.addRule("r", pattern);
    } catch (Exception | StackOverflowError e) {
      return "throws " + e.getClass().getSimpleName() + " while adding the rule";
    }
    try {
      return machine.rulesForJSONEvent(event).isEmpty() ? "no-match" : "match";
    } catch (Exception | StackOverflowError e) {
      return "throws " + e.getClass().getSimpleName() + " while matching";
    }
  }
}
