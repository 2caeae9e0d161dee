package io.github.cognitoevents.patterntest.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which operations a rule set can fire on: only exact names count, $or unites, members intersect.
 */
class EventNameFilterTest {

  private static Set<String> names(String... patterns) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < patterns.length; i++) {
      rules.add(Rule.of("r" + i, EventPattern.parse(patterns[i])));
    }
    return EventNameFilter.of(RuleSet.of(rules));
  }

  @Test
  void unitesTheExactNamesOfEveryRule() {
    assertThat(
            names(
                "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":"
                    + "[\"UpdateUserPoolClient\",\"DeleteUserPoolClient\"]}}",
                "{\"detail\":{\"eventName\":[\"SignUp\"],\"errorCode\":[{\"exists\":true}]}}"))
        .containsExactlyInAnyOrder("UpdateUserPoolClient", "DeleteUserPoolClient", "SignUp");
  }

  @Test
  void orBranchesUniteAndMembersIntersect() {
    assertThat(
            names(
                "{\"$or\":[{\"detail\":{\"eventName\":[\"A\"]}},{\"detail\":{\"eventName\":[\"B\"]}}]}"))
        .containsExactlyInAnyOrder("A", "B");
    assertThat(
            names(
                "{\"detail\":{\"eventName\":[\"A\",\"B\"],\"$or\":[{\"eventName\":[\"B\",\"C\"]},"
                    + "{\"eventName\":[\"B\"],\"x\":[1]}]}}"))
        .containsExactly("B");
    assertThat(
            names("{\"detail\":{\"eventName\":[\"A\"]}}", "{\"detail\":{\"eventName\":[\"B\"]}}"))
        .containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void noFilterWhenARuleDoesNotNameItsOperationsExactly() {
    assertThat(names("{\"detail\":{\"eventName\":[\"A\"]}}", "{\"source\":[\"aws.cognito-idp\"]}"))
        .isNull();
    assertThat(names("{\"detail\":{\"eventName\":[{\"prefix\":\"List\"}]}}")).isNull();
    assertThat(names("{\"detail\":{\"eventName\":[\"A\",{\"prefix\":\"List\"}]}}")).isNull();
    assertThat(names("{\"detail\":{\"eventName\":[{\"anything-but\":\"A\"}]}}")).isNull();
    assertThat(names("{\"detail\":{\"eventName\":[\"A\",null]}}")).isNull();
    assertThat(names("{\"detail\":{\"eventName\":[{\"exists\":false}]}}")).isNull();
    assertThat(names("{\"detail\":{\"eventName\":[{\"equals-ignore-case\":\"a\"}]}}")).isNull();
    assertThat(
            names(
                "{\"$or\":[{\"detail\":{\"eventName\":[\"A\"]}},{\"detail\":{\"errorCode\":[\"X\"]}}]}"))
        .isNull();
    assertThat(names("{\"detail\":{\"eventName.x\":[\"A\"]}}")).isNull();
  }

  @Test
  void disabledRulesDoNotCount() {
    RuleSet rules =
        RuleSet.of(
            List.of(
                Rule.of("named", EventPattern.parse("{\"detail\":{\"eventName\":[\"A\"]}}")),
                Rule.of("any", EventPattern.parse("{\"source\":[\"aws.cognito-idp\"]}"))
                    .withState(RuleState.DISABLED)));
    assertThat(EventNameFilter.of(rules)).containsExactly("A");
    assertThat(
            EventNameFilter.of(
                RuleSet.of(
                    List.of(
                        Rule.of("any", EventPattern.parse("{\"source\":[\"x\"]}"))
                            .withState(RuleState.DISABLED)))))
        .isEmpty();
  }
}
