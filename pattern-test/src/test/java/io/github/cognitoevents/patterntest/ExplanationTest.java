package io.github.cognitoevents.patterntest;

import static io.github.cognitoevents.patterntest.MatchSemanticsTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What users see when a pattern does not match. */
class ExplanationTest {

  @Test
  void namesEachFieldWithItsPatternValuesAndOutcome() {
    PatternMatcher m =
        PatternMatcher.compile(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[{\"prefix\":\"Admin\"}]}}");
    MatchExplanation why = m.explain(event("\"detail\":{\"eventName\":\"SignUp\"}"));
    assertThat(why.matched()).isFalse();
    assertThat(why.checks())
        .extracting(MatchExplanation.Check::path, MatchExplanation.Check::held)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("detail.eventName", false),
            org.assertj.core.groups.Tuple.tuple("source", true));
    assertThat(why.failedChecks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.pattern()).isEqualTo("[{\"prefix\":\"Admin\"}]");
              assertThat(c.eventValues()).containsExactly("\"SignUp\"");
            });
    assertThat(why.toString())
        .isEqualTo(
            "NO MATCH\n"
                + "  FAIL detail.eventName [{\"prefix\":\"Admin\"}] <- \"SignUp\"\n"
                + "  ok   source [\"aws.cognito-idp\"] <- \"aws.cognito-idp\"");
  }

  @Test
  void reportsAbsentFields() {
    MatchExplanation why =
        PatternMatcher.compile("{\"detail\":{\"errorCode\":[{\"exists\":true}]}}")
            .explain(event(""));
    assertThat(why.toString())
        .isEqualTo("NO MATCH\n  FAIL detail.errorCode [{\"exists\":true}] <- (absent)");
  }

  @Test
  void explainsEachOrAlternative() {
    MatchExplanation why =
        PatternMatcher.compile("{\"$or\":[{\"source\":[\"x\"]},{\"region\":[\"us-east-1\"]}]}")
            .explain(event(""));
    assertThat(why.matched()).isTrue();
    assertThat(why.branches())
        .extracting(MatchExplanation.Branch::matched)
        .containsExactly(false, true);
    assertThat(why.toString())
        .contains("$or alternative 1 of 2: no match", "$or alternative 2 of 2: matched");
  }

  @Test
  void pointsOutArrayConsistencyFailures() {
    MatchExplanation why =
        PatternMatcher.compile("{\"d\":{\"a\":[1],\"b\":[2]}}")
            .explain(event("\"d\":[{\"a\":1},{\"b\":2}]"));
    assertThat(why.matched()).isFalse();
    assertThat(why.branches().get(0).arrayConsistencyFailed()).isTrue();
    assertThat(why.toString()).contains("not within one element of the same array");
  }

  @Test
  void agreesWithMatches() {
    PatternMatcher m = PatternMatcher.compile("{\"detail\":{\"n\":[{\"numeric\":[\">\",5]}]}}");
    String hit = event("\"detail\":{\"n\":[1,9]}");
    assertThat(m.explain(hit).matched()).isEqualTo(m.matches(hit)).isTrue();
  }
}
