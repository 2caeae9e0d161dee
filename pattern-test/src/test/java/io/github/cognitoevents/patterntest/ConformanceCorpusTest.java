package io.github.cognitoevents.patterntest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.testsupport.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays the 176 recorded TestEventPattern verdicts of {@code conformance/testeventpattern.jsonl}
 * through {@link TestEventPattern#test}: match, no match, or invalid with the same error code and
 * the same first message line.
 */
class ConformanceCorpusTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void reproducesEveryRecordedAwsVerdict() throws Exception {
    List<String> lines = Files.readAllLines(SharedData.conformanceCorpus(), StandardCharsets.UTF_8);
    int passed = 0;
    List<String> failures = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = MAPPER.readTree(line);
      String name = c.get("name").asText();
      String expected = c.get("expected").asText();
      Verdict actual = TestEventPattern.test(c.get("event").asText(), c.get("pattern").asText());
      boolean ok =
          switch (expected) {
            case "match" -> actual.kind() == Verdict.Kind.MATCH;
            case "no-match" -> actual.kind() == Verdict.Kind.NO_MATCH;
            default ->
                actual.isInvalid()
                    && c.get("code").asText().equals(actual.errorCode())
                    && c.get("message").asText().equals(actual.firstMessageLine());
          };
      if (ok) {
        passed++;
      } else {
        String want =
            expected.equals("invalid")
                ? "INVALID " + c.get("code").asText() + ": " + c.get("message").asText()
                : expected;
        failures.add(name + ": expected " + want + ", got " + actual);
      }
    }
    String summary = passed + " passed, " + failures.size() + " failed";
    assertThat(failures).as(summary + "\n" + String.join("\n", failures)).isEmpty();
    assertThat(passed).as(summary).isEqualTo(176);
  }
}
