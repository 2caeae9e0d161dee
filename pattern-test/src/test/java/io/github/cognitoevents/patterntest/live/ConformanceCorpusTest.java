package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCorpusTest {

  @TempDir Path dir;

  @Test
  void writesTheSharedCorpusBackByteForByte() throws IOException {
    Path shared = SharedData.conformanceCorpus();
    List<String> lines = Files.readAllLines(shared, StandardCharsets.UTF_8);

    List<CorpusCase> cases = ConformanceCorpus.read(shared);

    assertThat(cases).hasSize(176);
    for (int i = 0; i < cases.size(); i++) {
      assertThat(ConformanceCorpus.toLine(cases.get(i)))
          .as("line %d (%s)", i + 1, cases.get(i).name())
          .isEqualTo(lines.get(i));
    }
    Path copy = dir.resolve("copy.jsonl");
    ConformanceCorpus.write(copy, cases);
    assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(shared));
  }

  @Test
  void keepsTheKeysInTheSharedOrderAndEscapesAsPythonDoes() {
    CorpusCase c =
        new CorpusCase(
            "rocket \uD83D\uDE80",
            "{\"a\": \"\u00e9\\u0000\u007f\t\"}",
            "{\"a\": []}",
            Verdict.invalid(
                "InvalidEventPatternException",
                "Event pattern is not valid. Reason: Empty arrays are not allowed\n at [Source...]"),
            "live-verify test",
            "a note");

    String line = ConformanceCorpus.toLine(c);

    assertThat(line)
        .isEqualTo(
            "{\"name\": \"rocket \\ud83d\\ude80\", \"event\": \"{\\\"a\\\": \\\"\\u00e9\\\\u0000"
                + "\\u007f\\t\\\"}\", \"pattern\": \"{\\\"a\\\": []}\", \"expected\": \"invalid\","
                + " \"message\": \"Event pattern is not valid. Reason: Empty arrays are not"
                + " allowed\", \"code\": \"InvalidEventPatternException\", \"origin\":"
                + " \"live-verify test\", \"note\": \"a note\"}");
    assertThat(ConformanceCorpus.parseLine(line))
        .isEqualTo(
            new CorpusCase(
                c.name(),
                c.event(),
                c.pattern(),
                Verdict.invalid(
                    "InvalidEventPatternException",
                    "Event pattern is not valid. Reason: Empty arrays are not allowed"),
                "live-verify test",
                "a note"));
  }

  @Test
  void writesACaseWithoutAnswerWithoutExpectedKeys() {
    String line =
        ConformanceCorpus.toLine(CorpusCase.of(LiveCase.of("open", "{}", "{\"a\": [1]}")));

    assertThat(line)
        .isEqualTo("{\"name\": \"open\", \"event\": \"{}\", \"pattern\": \"{\\\"a\\\": [1]}\"}");
    assertThat(ConformanceCorpus.parseLine(line).expected()).isNull();
  }

  @Test
  void givesALineWithoutCodeTheCodeItsMessageImplies() {
    CorpusCase pattern =
        ConformanceCorpus.parseLine(
            "{\"name\": \"p\", \"event\": \"{}\", \"pattern\": \"[]\", \"expected\": \"invalid\","
                + " \"message\": \"Event pattern is not valid. Reason: Filter is not an object\"}");
    CorpusCase event =
        ConformanceCorpus.parseLine(
            "{\"name\": \"e\", \"event\": \"x\", \"pattern\": \"{}\", \"expected\": \"invalid\","
                + " \"message\": \"Parameter Event is not valid.\"}");

    assertThat(pattern.expected().errorCode()).isEqualTo("InvalidEventPatternException");
    assertThat(event.expected().errorCode()).isEqualTo("ValidationException");
    assertThatThrownBy(
            () ->
                ConformanceCorpus.parseLine(
                    "{\"name\": \"x\", \"event\": \"{}\", \"pattern\": \"{}\", \"expected\":"
                        + " \"invalid\", \"message\": \"Something else\"}"))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage(
            "field \"code\" is missing, and the message is neither an invalid pattern's nor an"
                + " invalid event's");
    assertThatThrownBy(
            () ->
                ConformanceCorpus.parseLine(
                    "{\"name\": \"x\", \"event\": \"{}\", \"pattern\": \"{}\", \"expected\":"
                        + " \"invalid\"}"))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("field \"message\" is required when expected is invalid");
  }

  @Test
  void namesTheLineAndTheFieldButNeverTheContent() {
    assertThatThrownBy(
            () ->
                ConformanceCorpus.read(
                    new StringReader(
                        "\n{\"name\": \"a\", \"event\": \"{}\", \"pattern\": \"{}\"}\n"
                            + "{\"name\": \"b\", \"event\": \"jane.doe@example.com\", \"pattern\":"
                            + " 5}\n")))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("Line 3: field \"pattern\" must be a string, was NUMBER");
    assertThatThrownBy(() -> ConformanceCorpus.parseLine("[1]")).hasMessage("not a JSON object");
    assertThatThrownBy(() -> ConformanceCorpus.parseLine("{\"name\": \"jane.doe@example.com\""))
        .hasMessage("not valid JSON");
    assertThatThrownBy(
            () ->
                ConformanceCorpus.parseLine(
                    "{\"name\": \"a\", \"event\": \"{}\", \"pattern\": \"{}\", \"origin\": 1}"))
        .hasMessage("field \"origin\" must be a string, was NUMBER");
  }

  @Test
  void skipsAByteOrderMarkAndBlankLines() {
    List<CorpusCase> cases =
        ConformanceCorpus.read(
            new StringReader(
                "\uFEFF{\"name\": \"a\", \"event\": \"{}\", \"pattern\": \"{}\", \"expected\":"
                    + " \"match\"}\r\n\r\n  \n{\"name\": \"b\", \"event\": \"{}\", \"pattern\":"
                    + " \"{}\", \"expected\": \"no-match\", \"other\": [1]}"));

    assertThat(cases)
        .containsExactly(
            new CorpusCase("a", "{}", "{}", Verdict.match(), null, null),
            new CorpusCase("b", "{}", "{}", Verdict.noMatch(), null, null));
  }

  @Test
  void replacesAFileWithoutLeavingAPartialOneBehind() throws IOException {
    Path file = dir.resolve("out.jsonl");
    Files.writeString(file, "old content\n");
    CorpusCase c = new CorpusCase("a", "{}", "{}", Verdict.noMatch(), "here", null);

    ConformanceCorpus.write(file, List.of(c, c));

    assertThat(Files.readAllLines(file))
        .containsExactly(ConformanceCorpus.toLine(c), ConformanceCorpus.toLine(c));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writesToAWriterOneLineEach() {
    StringWriter out = new StringWriter();
    CorpusCase c = new CorpusCase("a", "{}", "{}", Verdict.match(), null, null);

    ConformanceCorpus.write(out, List.of(c));

    assertThat(out).hasToString(ConformanceCorpus.toLine(c) + "\n");
    assertThat(c).hasToString("CorpusCase[a, expected MATCH]");
  }
}
