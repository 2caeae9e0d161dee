package io.github.cognitoevents.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.patterntest.PatternMatcher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventGeneratorTest {

  @Test
  void sameSeedGivesTheSameEvents() {
    assertThat(EventGenerator.seeded(7).nextJson(20))
        .isEqualTo(EventGenerator.seeded(7).nextJson(20));
    assertThat(EventGenerator.seeded(7).nextJson())
        .isNotEqualTo(EventGenerator.seeded(8).nextJson());
  }

  @Test
  void everyEventIsAValidCognitoCloudTrailTestEvent() {
    PatternMatcher cognito =
        PatternMatcher.compile(
            "{\"source\":[{\"prefix\":\"aws.cognito-\"}],\"detail-type\":[{\"suffix\":\"via CloudTrail\"}],"
                + "\"detail\":{\"eventName\":[{\"exists\":true}],\"requestParameters\":{\"userAttributes\":"
                + "{\"name\":[{\"exists\":true}]}}}}");
    EventGenerator generator = EventGenerator.seeded(1).withQuirks(true);
    int withAttributes = 0;
    for (String event : generator.nextJson(500)) {
      // throws InvalidEventException if an envelope field is missing or the JSON is malformed
      if (cognito.matches(event)) {
        withAttributes++;
      }
    }
    assertThat(withAttributes).isBetween(100, 450);
  }

  @Test
  void eventsAreTwoToFiveKilobytes() {
    List<String> events = EventGenerator.seeded(3).nextJson(200);
    double average =
        events.stream()
            .mapToInt(e -> e.getBytes(StandardCharsets.UTF_8).length)
            .average()
            .orElse(0);
    assertThat(average).isBetween(2_000.0, 5_000.0);
  }

  @Test
  void quirksAddEdgeCases() {
    String all = String.join("\n", EventGenerator.seeded(5).withQuirks(true).nextJson(300));
    assertThat(all)
        .contains(
            "\"dotted.key\"",
            "[[",
            "[]",
            "{}",
            "300.0",
            "3e2",
            "-0",
            "123456789012345678901234",
            "🚀");
    String plain = String.join("\n", EventGenerator.seeded(5).nextJson(300));
    assertThat(plain).doesNotContain("\"dotted.key\"", "[[", "🚀");
  }
}
