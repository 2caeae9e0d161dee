package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.patterntest.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveCaseTest {

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("cases.jsonl");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsCasesInTheConformanceCorpusFormat() throws IOException {
    Path file =
        write(
            "{\"name\": \"deletes\", \"event\": \"{}\", \"pattern\": \"{\\\"a\\\": [1]}\","
                + " \"expected\": \"match\", \"origin\": \"mine\"}",
            "",
            "{\"name\": \"others\", \"event\": \"{}\", \"pattern\": \"{}\", \"expected\": \"no-match\"}",
            "{\"name\": \"bad\", \"event\": \"{}\", \"pattern\": \"[]\", \"expected\": \"invalid\","
                + " \"message\": \"Event pattern is not valid. Reason: Filter is not an object\","
                + " \"code\": \"InvalidEventPatternException\"}",
            "{\"name\": \"open\", \"event\": \"{}\", \"pattern\": \"{}\"}");

    List<LiveCase> cases = LiveCase.readJsonLines(file);

    assertThat(cases)
        .containsExactly(
            new LiveCase("deletes", "{}", "{\"a\": [1]}", Verdict.match()),
            new LiveCase("others", "{}", "{}", Verdict.noMatch()),
            new LiveCase(
                "bad",
                "{}",
                "[]",
                Verdict.invalid(
                    "InvalidEventPatternException",
                    "Event pattern is not valid. Reason: Filter is not an object")),
            LiveCase.of("open", "{}", "{}"));
  }

  @Test
  void rejectsALineWithoutAnEventNamingTheLineAndField() throws IOException {
    Path file =
        write("{\"name\": \"a\", \"event\": \"{}\", \"pattern\": \"{}\"}", "{\"name\": \"b\"}");

    assertThatThrownBy(() -> LiveCase.readJsonLines(file))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("Line 2: field \"event\" is missing");
  }

  @Test
  void rejectsANonStringPatternAndAnUnknownExpectation() throws IOException {
    Path numeric = write("{\"name\": \"a\", \"event\": \"{}\", \"pattern\": {}}");
    assertThatThrownBy(() -> LiveCase.readJsonLines(numeric))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("Line 1: field \"pattern\" must be a string, was OBJECT");

    Path unknown =
        write("{\"name\": \"a\", \"event\": \"{}\", \"pattern\": \"{}\", \"expected\": \"maybe\"}");
    assertThatThrownBy(() -> LiveCase.readJsonLines(unknown))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("Line 1: field \"expected\" must be match, no-match or invalid, was \"maybe\"");
  }

  @Test
  void rejectsMalformedJsonWithoutEchoingTheLine() throws IOException {
    Path file = write("{\"name\": \"secret@example.com\", ");

    assertThatThrownBy(() -> LiveCase.readJsonLines(file))
        .isInstanceOf(LiveCaseFormatException.class)
        .hasMessage("Line 1: not valid JSON");
  }

  @Test
  void showsNameAndExpectationButNeverTheEvent() {
    LiveCase c =
        LiveCase.of("sign-up", "{\"email\": \"jane.doe@example.com\"}", "{}")
            .expecting(Verdict.noMatch());

    assertThat(c).hasToString("LiveCase[sign-up, expected NO_MATCH]");
  }
}
