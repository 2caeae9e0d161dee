package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.testsupport.ReplayServer;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Whole case files through the live check, with a local server replaying AWS's recorded answer to
 * each case: every recorded verdict comes back as the same {@link Verdict}, and the local matcher
 * agrees with each.
 */
class ConformanceReplayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path userCases() {
    try {
      return Path.of(
          ConformanceReplayTest.class
              .getResource("/io/github/cognitoevents/patterntest/live/cognito-cases.jsonl")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void mapsEveryRecordedCorpusResponseBackToItsVerdictAndTheLocalMatcherAgrees() {
    List<LiveComparison> results = replay(LiveCase.readJsonLines(SharedData.conformanceCorpus()));

    assertThat(results).hasSize(176);
    assertThat(results).filteredOn(c -> !c.liveAsExpected()).isEmpty();
    assertThat(results).filteredOn(c -> !c.agrees()).extracting(LiveComparison::name).isEmpty();
  }

  @Test
  void runsUserCasesFromAJsonLinesFile() {
    List<LiveComparison> results = replay(LiveCase.readJsonLines(userCases()));

    assertThat(results)
        .extracting(LiveComparison::toString)
        .containsExactly(
            "seed rule selects a client deletion: expected MATCH, local MATCH, live MATCH: agree",
            "seed rule selects a denied client update: expected MATCH, local MATCH, live MATCH:"
                + " agree",
            "seed rule ignores AdminCreateUser: expected NO_MATCH, local NO_MATCH, live NO_MATCH:"
                + " agree",
            "successful-only rule ignores a denied update: expected NO_MATCH, local NO_MATCH, live"
                + " NO_MATCH: agree",
            "a pool id is not a prefix list: expected INVALID InvalidEventPatternException \"Event"
                + " pattern is not valid. Reason: prefix match pattern must be a string\", local"
                + " INVALID InvalidEventPatternException \"Event pattern is not valid. Reason:"
                + " prefix match pattern must be a string\", live INVALID"
                + " InvalidEventPatternException \"Event pattern is not valid. Reason: prefix match"
                + " pattern must be a string\": agree");
  }

  /** Sends every case to a server that answers with the case's expected (recorded) verdict. */
  static List<LiveComparison> replay(List<LiveCase> cases) {
    Map<String, Verdict> recorded = new HashMap<>();
    cases.forEach(c -> recorded.put(key(c.event(), c.pattern()), c.expected()));
    try (ReplayServer server = new ReplayServer(request -> answer(request, recorded));
        EventBridgeClient client = ReplayClient.of(server)) {
      List<LiveComparison> results = LiveCheck.using(client).compareAll(cases);
      assertThat(server.requests()).hasSize(cases.size());
      return results;
    }
  }

  private static ReplayServer.Reply answer(
      ReplayServer.Request request, Map<String, Verdict> recorded) {
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Verdict verdict =
        recorded.get(key(body.get("Event").textValue(), body.get("EventPattern").textValue()));
    switch (verdict.kind()) {
      case MATCH:
        return ReplayServer.Reply.ok(true);
      case NO_MATCH:
        return ReplayServer.Reply.ok(false);
      default:
        // AWS appends Jackson's location after the first line; the live check must drop it.
        String message =
            verdict.errorCode().equals(TestEventPattern.INVALID_PATTERN)
                ? verdict.message() + "\n at [Source: (String)\"...\"; line: 1, column: 1]"
                : verdict.message();
        return ReplayServer.Reply.error(400, verdict.errorCode(), message);
    }
  }

  private static String key(String event, String pattern) {
    return event.length() + ":" + event + pattern;
  }
}
