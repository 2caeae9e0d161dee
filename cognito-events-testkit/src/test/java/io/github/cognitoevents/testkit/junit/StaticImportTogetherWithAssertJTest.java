package io.github.cognitoevents.testkit.junit;

import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThatPattern;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.PatternMatcher;
import org.junit.jupiter.api.Test;

/**
 * Both {@code assertThat}s statically imported in one class: this compiles only because no pattern
 * overload clashes with AssertJ's (JSON patterns go through {@code assertThatPattern}).
 */
class StaticImportTogetherWithAssertJTest {

  @Test
  void patternAndAssertJAssertionsResolveWithoutAmbiguity() {
    EventPattern rule = EventPattern.parse(PatternAssertionsTest.SEED_RULE);

    assertThat(rule).matches(PatternAssertionsTest.DELETE);
    assertThat(PatternMatcher.compile(rule)).doesNotMatch(PatternAssertionsTest.ADMIN_CREATE_USER);
    assertThatPattern(PatternAssertionsTest.SEED_RULE).isValid();
    assertThat(rule.toJson()).startsWith("{\"source\"");
    assertThat(PatternAssertionsTest.event("admin-create-user.json")).exists();
  }
}
