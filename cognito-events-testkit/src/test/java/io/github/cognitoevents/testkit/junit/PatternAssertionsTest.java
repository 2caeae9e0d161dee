package io.github.cognitoevents.testkit.junit;

import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThatPattern;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.testsupport.TestEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The pattern assertions on realistic Cognito CloudTrail events, with their exact messages. */
class PatternAssertionsTest {

  /** The seed rule: user-pool client updates and deletes, as CloudTrail reports them. */
  static final String SEED_RULE =
      "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
          + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}";

  private static final Path RESOURCES = temporaryDirectory();

  private static Path temporaryDirectory() {
    try {
      Path dir = Files.createTempDirectory("pattern-assertions-test");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource as a file (the sample events come from test-support's class path). */
  static Path file(String relative) {
    Path target;
    if (relative.startsWith("events/")) {
      target = TestEvents.copy(relative.substring("events/".length()), RESOURCES);
    } else {
      target = RESOURCES.resolve(relative);
      try (InputStream in =
          PatternAssertionsTest.class.getResourceAsStream(
              "/io/github/cognitoevents/testkit/" + relative)) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    target.toFile().deleteOnExit();
    return target;
  }

  static Path event(String name) {
    return file("events/" + name);
  }

  static String json(String name) {
    try {
      return Files.readString(event(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String DELETE = json("delete-user-pool-client.json");
  static final String UPDATE_DENIED = json("update-user-pool-client-denied.json");
  static final String ADMIN_CREATE_USER = json("admin-create-user.json");

  private static AssertionFailedError failure(Runnable assertion) {
    return catchThrowableOfType(AssertionFailedError.class, assertion::run);
  }

  // --- matches / doesNotMatch ------------------------------------------------------------------

  @Test
  void matchesPassesForEveryClientChangeTheSeedRuleSelects() {
    assertThat(CognitoApiCalls.userPoolClientChanges()).matches(DELETE, UPDATE_DENIED);
  }

  @Test
  void stricterDslRuleExcludesFailedCallsAndOtherPools() {
    EventPattern strict =
        CognitoApiCalls.rule()
            .operations(
                CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
            .userPool("eu-west-1_AbCdEf123")
            .succeeded()
            .build();

    assertThat(strict).matches(DELETE).doesNotMatch(UPDATE_DENIED, ADMIN_CREATE_USER);
    Assertions.assertThat(failure(() -> assertThat(strict).matches(UPDATE_DENIED)))
        .hasMessage(
            """
            Expecting the event to match the pattern but it did not.
            Pattern:
              {
                "source": ["aws.cognito-idp"],
                "detail": {
                  "eventSource": ["cognito-idp.amazonaws.com"],
                  "eventType": ["AwsApiCall"],
                  "eventName": ["DeleteUserPoolClient", "UpdateUserPoolClient"],
                  "errorCode": [{"exists": false}],
                  "requestParameters": {
                    "userPoolId": ["eu-west-1_AbCdEf123"]
                  }
                }
              }
            Event, NO MATCH on the fields the pattern names:
              FAIL detail.errorCode [{"exists":false}] <- "AccessDeniedException"
              ok   detail.eventName ["DeleteUserPoolClient","UpdateUserPoolClient"] <- "UpdateUserPoolClient"
              ok   detail.eventSource ["cognito-idp.amazonaws.com"] <- "cognito-idp.amazonaws.com"
              ok   detail.eventType ["AwsApiCall"] <- "AwsApiCall"
              FAIL detail.requestParameters.userPoolId ["eu-west-1_AbCdEf123"] <- (absent)
              ok   source ["aws.cognito-idp"] <- "aws.cognito-idp\"""");
  }

  static final String SEED_RULE_PRETTY =
      """
        {
          "source": ["aws.cognito-idp"],
          "detail": {
            "eventSource": ["cognito-idp.amazonaws.com"],
            "eventType": ["AwsApiCall"],
            "eventName": ["DeleteUserPoolClient", "UpdateUserPoolClient"]
          }
        }"""
          .indent(2)
          .stripTrailing();

  @Test
  void matchesFailsShowingThePatternAndOnlyTheFieldsItNames() {
    AssertionFailedError e = failure(() -> assertThatPattern(SEED_RULE).matches(ADMIN_CREATE_USER));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting the event to match the pattern but it did not.
            Pattern:
            %s
            Event, NO MATCH on the fields the pattern names:
              FAIL detail.eventName ["DeleteUserPoolClient","UpdateUserPoolClient"] <- "AdminCreateUser"
              ok   detail.eventSource ["cognito-idp.amazonaws.com"] <- "cognito-idp.amazonaws.com"
              ok   detail.eventType ["AwsApiCall"] <- "AwsApiCall"
              ok   source ["aws.cognito-idp"] <- "aws.cognito-idp\""""
                .formatted(SEED_RULE_PRETTY));
    Assertions.assertThat(e.getMessage())
        .doesNotContain("jane.doe", "+15555550100", "198.51.100.23", "Support");
  }

  @Test
  void matchesOverSeveralFilesReportsEachFailingEventByName() {
    Path rule = file("junit/client-changes-rule.json");

    AssertionFailedError e =
        failure(
            () ->
                assertThatPattern(rule)
                    .matches(
                        event("delete-user-pool-client.json"),
                        event("update-user-pool-client-denied.json"),
                        event("admin-create-user.json")));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting all 3 events to match the pattern but 2 did not.
            Pattern (client-changes-rule.json):
              {
                "source": ["aws.cognito-idp"],
                "detail": {
                  "eventSource": ["cognito-idp.amazonaws.com"],
                  "eventName": ["DeleteUserPoolClient", "UpdateUserPoolClient"],
                  "errorCode": [{"exists": false}]
                }
              }
            Event 2 of 3 (update-user-pool-client-denied.json), NO MATCH on the fields the pattern names:
              FAIL detail.errorCode [{"exists":false}] <- "AccessDeniedException"
              ok   detail.eventName ["DeleteUserPoolClient","UpdateUserPoolClient"] <- "UpdateUserPoolClient"
              ok   detail.eventSource ["cognito-idp.amazonaws.com"] <- "cognito-idp.amazonaws.com"
              ok   source ["aws.cognito-idp"] <- "aws.cognito-idp"
            Event 3 of 3 (admin-create-user.json), NO MATCH on the fields the pattern names:
              ok   detail.errorCode [{"exists":false}] <- (absent)
              FAIL detail.eventName ["DeleteUserPoolClient","UpdateUserPoolClient"] <- "AdminCreateUser"
              ok   detail.eventSource ["cognito-idp.amazonaws.com"] <- "cognito-idp.amazonaws.com"
              ok   source ["aws.cognito-idp"] <- "aws.cognito-idp\"""");
    Assertions.assertThat(e.getMessage())
        .doesNotContain("jane.doe", "userIdentity", "sourceIPAddress", "203.0.113.77", "intern");
  }

  @Test
  void doesNotMatchPassesForCallsOutsideTheRule() {
    assertThat(EventPattern.parse(SEED_RULE)).doesNotMatch(ADMIN_CREATE_USER);
    assertThatPattern(file("junit/client-changes-rule.json"))
        .doesNotMatch(
            event("update-user-pool-client-denied.json"), event("admin-create-user.json"));
  }

  @Test
  void doesNotMatchFailsShowingTheConditionsThatHeld() {
    AssertionFailedError e =
        failure(() -> assertThat(CognitoApiCalls.userPoolClientChanges()).doesNotMatch(DELETE));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting the event not to match the pattern but it did.
            Pattern:
            %s
            Event, MATCH on the fields the pattern names:
              ok   detail.eventName ["DeleteUserPoolClient","UpdateUserPoolClient"] <- "DeleteUserPoolClient"
              ok   detail.eventSource ["cognito-idp.amazonaws.com"] <- "cognito-idp.amazonaws.com"
              ok   detail.eventType ["AwsApiCall"] <- "AwsApiCall"
              ok   source ["aws.cognito-idp"] <- "aws.cognito-idp\""""
                .formatted(SEED_RULE_PRETTY));
  }

  @Test
  void doesNotMatchOverManyEventsCountsTheOnesThatMatched() {
    AssertionFailedError e =
        failure(
            () ->
                assertThatPattern(SEED_RULE)
                    .doesNotMatch(ADMIN_CREATE_USER, DELETE, UPDATE_DENIED));

    Assertions.assertThat(e.getMessage())
        .startsWith("Expecting none of the 3 events to match the pattern but 2 did.\n")
        .contains("\nEvent 2 of 3, MATCH on the fields the pattern names:\n")
        .contains("\nEvent 3 of 3, MATCH on the fields the pattern names:\n")
        .doesNotContain("Event 1 of 3");
  }

  @Test
  void acceptsEventsAsBytesTreesAndCompiledMatchers() throws IOException {
    JsonNode tree = new ObjectMapper().readTree(DELETE);
    byte[] bytes = ADMIN_CREATE_USER.getBytes(StandardCharsets.UTF_8);
    PatternMatcher matcher = PatternMatcher.compile(SEED_RULE);

    assertThat(matcher).matches(tree).doesNotMatch(bytes);
    assertThatPattern(SEED_RULE).matches(DELETE.getBytes(StandardCharsets.UTF_8));
    assertThatPattern(SEED_RULE).doesNotMatch(new ObjectMapper().readTree(ADMIN_CREATE_USER));
    Assertions.assertThat(failure(() -> assertThat(matcher).matches(bytes)))
        .hasMessageStartingWith("Expecting the event to match the pattern but it did not.\n");
    Assertions.assertThat(failure(() -> assertThat(matcher).doesNotMatch(tree)))
        .hasMessageStartingWith("Expecting the event not to match the pattern but it did.\n");
  }

  @Test
  void acceptsTypedCognitoEventsNamedByTheirOperation() {
    CognitoEvent deletion = CognitoEvents.parse(DELETE);
    CognitoEvent creation = CognitoEvents.parse(ADMIN_CREATE_USER);

    assertThat(EventPattern.parse(SEED_RULE)).matches(deletion).doesNotMatch(creation);
    assertThatPattern(SEED_RULE).matchesAll(List.of(deletion, UPDATE_DENIED));
    Assertions.assertThat(failure(() -> assertThatPattern(SEED_RULE).matches(deletion, creation)))
        .hasMessageStartingWith("Expecting all 2 events to match the pattern but 1 did not.\n")
        .hasMessageContaining(
            "\nEvent 2 of 2 (AdminCreateUser), NO MATCH on the fields the pattern names:\n"
                + "  FAIL detail.eventName [\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]"
                + " <- \"AdminCreateUser\"\n");
  }

  @Test
  void matchesAllTakesAnIterableOfMixedEventForms() throws IOException {
    List<Object> clientChanges =
        List.of(
            DELETE,
            event("update-user-pool-client-denied.json"),
            DELETE.getBytes(StandardCharsets.UTF_8),
            new ObjectMapper().readTree(UPDATE_DENIED));

    assertThatPattern(SEED_RULE).matchesAll(clientChanges);
    Assertions.assertThat(
            failure(
                () ->
                    assertThatPattern(file("junit/client-changes-rule.json"))
                        .matchesAll(clientChanges)))
        .hasMessageStartingWith("Expecting all 4 events to match the pattern but 2 did not.\n")
        .hasMessageContaining("\nEvent 2 of 4 (update-user-pool-client-denied.json), NO MATCH")
        .hasMessageContaining("\nEvent 4 of 4, NO MATCH");
  }

  @Test
  void matchesAllTakesAJsonArrayOfEvents() throws IOException {
    JsonNode array = new ObjectMapper().readTree("[" + DELETE + "," + UPDATE_DENIED + "]");

    assertThatPattern(SEED_RULE).matchesAll(array);
    Assertions.assertThat(
            failure(
                () -> assertThatPattern(file("junit/client-changes-rule.json")).matchesAll(array)))
        .hasMessageStartingWith("Expecting all 2 events to match the pattern but 1 did not.\n")
        .hasMessageContaining("\nEvent 2 of 2, NO MATCH on the fields the pattern names:\n");
    assertThatThrownBy(() -> assertThatPattern(SEED_RULE).matchesAll(array.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Expecting a collection of events, got one JSON object: use matches or doesNotMatch"
                + " for a single event");
  }

  @Test
  void matchesNoneFailsOnTheFirstMatchingEventOfTheIterable() {
    assertThatPattern(SEED_RULE).matchesNone(List.of(ADMIN_CREATE_USER));

    Assertions.assertThat(
            failure(
                () -> assertThatPattern(SEED_RULE).matchesNone(List.of(ADMIN_CREATE_USER, DELETE))))
        .hasMessageStartingWith("Expecting none of the 2 events to match the pattern but 1 did.\n")
        .hasMessageContaining("\nEvent 2 of 2, MATCH on the fields the pattern names:\n");
  }

  @Test
  void explainsEachOrAlternative() {
    String pattern =
        "{\"source\":[\"aws.cognito-idp\"],\"$or\":[{\"detail\":{\"eventName\":[{\"prefix\":\"Delete\"}]}},"
            + "{\"detail\":{\"errorCode\":[{\"exists\":true}]}}]}";

    AssertionFailedError e = failure(() -> assertThatPattern(pattern).matches(ADMIN_CREATE_USER));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting the event to match the pattern but it did not.
            Pattern:
              {
                "source": ["aws.cognito-idp"],
                "$or": [
                  {
                    "detail": {
                      "eventName": [{"prefix": "Delete"}]
                    }
                  },
                  {
                    "detail": {
                      "errorCode": [{"exists": true}]
                    }
                  }
                ]
              }
            Event, NO MATCH on the fields the pattern names:
              $or alternative 1 of 2: no match
                FAIL detail.eventName [{"prefix":"Delete"}] <- "AdminCreateUser"
                ok   source ["aws.cognito-idp"] <- "aws.cognito-idp"
              $or alternative 2 of 2: no match
                FAIL detail.errorCode [{"exists":true}] <- (absent)
                ok   source ["aws.cognito-idp"] <- "aws.cognito-idp\"""");
  }

  // --- invalid input -----------------------------------------------------------------------------

  @Test
  void matchesFailsOnAnEventTestEventPatternWouldReject() {
    String noId = "{\"source\": \"aws.cognito-idp\", \"detail-type\": \"x\", \"detail\": {}}";

    AssertionFailedError e = failure(() -> assertThatPattern(SEED_RULE).matches(DELETE, noId));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting all 2 events to match the pattern but 1 did not.
            Pattern:
            %s
            Event 2 of 2 is not a valid event:
              Parameter Event is not valid.
              missing required field(s): id, account, time, region"""
                .formatted(SEED_RULE_PRETTY));
  }

  @Test
  void matchesFailsOnAnInvalidPatternWithEventBridgesReason() {
    AssertionFailedError e =
        failure(() -> assertThatPattern("{\"source\": \"aws.cognito-idp\"}").matches(DELETE));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting the pattern to be valid but EventBridge would reject it:
              Event pattern is not valid. Reason: "source" must be an object or an array
            Pattern:
              {"source": "aws.cognito-idp"}""");
  }

  @Test
  void rejectsEmptyAndUnsupportedEventsAsProgrammingErrors() {
    assertThatThrownBy(() -> assertThatPattern(SEED_RULE).matches(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expecting at least one event");
    assertThatThrownBy(() -> assertThatPattern(SEED_RULE).matchesAll(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expecting at least one event");
    assertThatThrownBy(() -> assertThatPattern(SEED_RULE).matchesAll(List.of(DELETE, 42)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Event 2 has an unsupported type java.lang.Integer: pass a JSON String, a Path, a"
                + " byte[], a Jackson JsonNode or a CognitoEvent");
    assertThatThrownBy(
            () -> assertThatPattern(SEED_RULE).matchesAll(event("delete-user-pool-client.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Expecting a collection of events, got one Path: use matches or doesNotMatch for a"
                + " single event");
    assertThatThrownBy(() -> assertThatPattern((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("patternJson");
  }

  // --- validity ----------------------------------------------------------------------------------

  @Test
  void isValidPassesForTheSeedRuleAndItsFile() {
    assertThatPattern(SEED_RULE).isValid();
    assertThatPattern(file("junit/client-changes-rule.json")).isValid();
  }

  @Test
  void isValidFailsWithEventBridgesMessage() {
    AssertionFailedError e = failure(() -> assertThatPattern("{\"resources\": []}").isValid());

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting the pattern to be valid but EventBridge would reject it:
              Event pattern is not valid. Reason: Empty arrays are not allowed
            Pattern:
              {"resources": []}""");
  }

  @Test
  void isInvalidWithReasonPassesOnTheExactReason() {
    assertThatPattern("{\"resources\": []}")
        .isInvalid()
        .isInvalidWithReason("Empty arrays are not allowed");
  }

  @Test
  void isInvalidWithReasonFailsOnAnotherReasonWithExpectedAndActual() {
    AssertionFailedError e =
        failure(
            () ->
                assertThatPattern("{\"resources\": []}")
                    .as("resources rule")
                    .isInvalidWithReason("Filter is not an object"));

    Assertions.assertThat(e)
        .hasMessage(
            """
            [resources rule] Expecting the pattern to be invalid with reason:
              Filter is not an object
            but the reason is:
              Empty arrays are not allowed
            Pattern:
              {"resources": []}""");
    Assertions.assertThat(e.getExpected().getValue()).isEqualTo("Filter is not an object");
    Assertions.assertThat(e.getActual().getValue()).isEqualTo("Empty arrays are not allowed");
  }

  @Test
  void isInvalidWithReasonFailsOnAValidPattern() {
    AssertionFailedError e =
        failure(
            () ->
                assertThat(EventPattern.parse(SEED_RULE))
                    .isInvalidWithReason("Empty arrays are not allowed"));

    Assertions.assertThat(e)
        .hasMessage(
            """
            Expecting the pattern to be invalid with reason:
              Empty arrays are not allowed
            but it is valid.
            Pattern:
            %s"""
                .formatted(SEED_RULE_PRETTY));
    Assertions.assertThat(failure(() -> assertThatPattern(SEED_RULE).isInvalid()))
        .hasMessageStartingWith("Expecting the pattern to be invalid but it is valid.\nPattern:\n");
  }

  @Test
  void describedAssertionsPrefixTheirMessages() {
    Assertions.assertThat(
            failure(
                () ->
                    assertThatPattern(SEED_RULE)
                        .as("client-changes rule")
                        .matches(ADMIN_CREATE_USER)))
        .hasMessageStartingWith(
            "[client-changes rule] Expecting the event to match the pattern but it did not.\n");
  }
}
