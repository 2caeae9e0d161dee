package io.github.cognitoevents.patterntest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.testsupport.EventRuler;
import io.github.cognitoevents.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published Cognito CloudTrail records (shared fixtures), delivered as EventBridge events,
 * against patterns users write for them; verdicts checked and compared with event-ruler 2.1.0.
 */
class CloudTrailFixturesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void publishedRecordsMatchTheirOwnEventNameAndAgreeWithEventRuler() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedData.cloudTrailFixtures())) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      JsonNode detail = MAPPER.readTree(file.toFile());
      String source =
          detail.path("eventSource").asText().startsWith("cognito-identity")
              ? "aws.cognito-identity"
              : "aws.cognito-idp";
      String event =
          "{\"version\":\"0\",\"id\":\"6a7e8feb-b491-4cf7-a9f1-bf3703467718\","
              + "\"detail-type\":\"AWS API Call via CloudTrail\",\"source\":\""
              + source
              + "\","
              + "\"account\":\"123456789012\",\"time\":\"2026-11-23T04:00:00Z\","
              + "\"region\":\"us-east-1\",\"resources\":[],\"detail\":"
              + MAPPER.writeValueAsString(detail)
              + "}";
      String name = detail.path("eventName").asText();
      String own =
          "{\"source\":[{\"prefix\":\"aws.cognito-\"}],\"detail\":{\"eventName\":["
              + MAPPER.writeValueAsString(name)
              + "]}}";
      String other =
          "{\"detail\":{\"eventName\":[{\"anything-but\":"
              + MAPPER.writeValueAsString(name)
              + "}]}}";
      String ip =
          "{\"detail\":{\"sourceIPAddress\":[{\"cidr\":\"192.0.2.0/24\"},"
              + "{\"exists\":false}],\"userIdentity\":{\"accountId\":[{\"exists\":true}]}}}";
      if (!PatternMatcher.compile(own).matches(event)) {
        problems.add(file.getFileName() + ": own eventName did not match");
      }
      if (PatternMatcher.compile(other).matches(event)) {
        problems.add(file.getFileName() + ": anything-but own eventName matched");
      }
      for (String pattern : List.of(own, other, ip)) {
        boolean ruler = EventRuler.matches(pattern, event);
        if (ruler != PatternMatcher.compile(pattern).matches(event)) {
          problems.add(file.getFileName() + ": disagrees with event-ruler on " + pattern);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
