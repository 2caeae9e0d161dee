package io.github.cognitoevents.testkit.junit;

import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.testsupport.TestEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** {@code assertThat(ruleSet).routes(event).to(...)} on realistic events, with its messages. */
class RuleSetAssertTest {

  private static final String DELETE = TestEvents.json("delete-user-pool-client.json");
  private static final String ADMIN_CREATE = TestEvents.json("admin-create-user.json");

  private static final RuleSet RULES =
      RuleSet.of(
          List.of(
              Rule.of("ClientChanges", EventPattern.parse(PatternAssertionsTest.SEED_RULE)),
              Rule.of("Cognito", EventPattern.parse("{\"source\":[\"aws.cognito-idp\"]}")),
              Rule.of(
                  "PoolDeletions",
                  EventPattern.parse("{\"detail\":{\"eventName\":[\"DeleteUserPool\"]}}")),
              Rule.of("Retired", EventPattern.parse("{\"source\":[\"aws.cognito-idp\"]}"))
                  .withState(RuleState.DISABLED)));

  @Test
  void passesWhenExactlyTheNamedRulesFire(@TempDir Path dir) throws Exception {
    assertThat(RULES)
        .routes(DELETE)
        .to("Cognito", "ClientChanges")
        .routes(DELETE.getBytes(StandardCharsets.UTF_8))
        .to("ClientChanges", "Cognito")
        .routes(new ObjectMapper().readTree(ADMIN_CREATE))
        .to("Cognito")
        .routes(TestEvents.copy("admin-create-user.json", dir))
        .to("Cognito");
    assertThat(RuleSet.builder().build()).routes(DELETE).toNone();
  }

  @Test
  void namesTheMissingAndUnexpectedRulesWithTheirFields() {
    AssertionFailedError error =
        catchThrowableOfType(
            AssertionFailedError.class,
            () ->
                assertThat(RULES)
                    .as("audit bus")
                    .routes(DELETE)
                    .to("ClientChanges", "PoolDeletions"));
    Assertions.assertThat(error.getMessage())
        .isEqualTo(
            String.join(
                "\n",
                "[audit bus] Expecting the event to fire exactly [ClientChanges, PoolDeletions]",
                "but it fired [ClientChanges, Cognito].",
                "Missing: PoolDeletions",
                "  FAIL detail.eventName [\"DeleteUserPool\"] <- \"DeleteUserPoolClient\"",
                "Unexpected: Cognito",
                "  ok   source [\"aws.cognito-idp\"] <- \"aws.cognito-idp\""));
    Assertions.assertThat(error.getExpected().getValue())
        .isEqualTo(List.of("ClientChanges", "PoolDeletions"));
    Assertions.assertThat(error.getActual().getValue())
        .isEqualTo(List.of("ClientChanges", "Cognito"));
  }

  @Test
  void toNoneFailsWhenARuleFiresAndADisabledRuleNeverFires() {
    assertThatThrownBy(() -> assertThat(RULES).routes(ADMIN_CREATE).toNone())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            String.join(
                "\n",
                "Expecting the event to fire no rule",
                "but it fired [Cognito].",
                "Unexpected: Cognito",
                "  ok   source [\"aws.cognito-idp\"] <- \"aws.cognito-idp\""));
    assertThatThrownBy(() -> assertThat(RULES).routes(ADMIN_CREATE).to("Cognito", "Retired"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("Missing: Retired (disabled: it never fires)");
  }

  @Test
  void anUnknownRuleNameOrAnInvalidEventFailsClearly() {
    assertThatThrownBy(() -> assertThat(RULES).routes(DELETE).to("ClientChange"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "The rule set has no rule named ClientChange; its rules are"
                + " [ClientChanges, Cognito, PoolDeletions, Retired]");
    assertThatThrownBy(() -> assertThat(RULES).routes("{\"id\":\"1\"}").toNone())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith(
            "Expecting a valid event but Parameter Event is not valid.: missing required field(s)");
  }
}
