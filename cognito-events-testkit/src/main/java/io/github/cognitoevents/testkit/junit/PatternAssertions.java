package io.github.cognitoevents.testkit.junit;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Entry points for fluent assertions on EventBridge event patterns, for JUnit 5 (or any framework:
 * failures are opentest4j {@code AssertionFailedError}s).
 *
 * <pre>{@code
 * import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
 * import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThatPattern;
 *
 * assertThat(CognitoApiCalls.userPoolClientChanges())   // an EventPattern from the DSL
 *     .matches(deleteClientEvent, updateClientEvent)
 *     .doesNotMatch(adminCreateUserEvent);
 * assertThatPattern(Path.of("rules/client-changes.json")).isValid().matches(eventJson);
 * assertThatPattern("{\"resources\": []}").isInvalidWithReason("Empty arrays are not allowed");
 * assertThat(ruleSet).routes(updateClientEvent).to("ClientChanges", "AllWrites");
 * }</pre>
 *
 * <p>JSON patterns go through {@code assertThatPattern} rather than an {@code assertThat(String)}
 * overload so that this class can be statically imported next to AssertJ's or JUnit's assertions
 * without ambiguity. Needs {@code org.opentest4j:opentest4j} on the class path (JUnit 5 brings it).
 */
public final class PatternAssertions {

  private PatternAssertions() {}

  /**
   * Assertions on a pattern built with the DSL or parsed earlier.
   *
   * @param pattern the pattern
   * @return the assertions
   * @throws NullPointerException if {@code pattern} is null
   */
  public static PatternAssert assertThat(EventPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return new PatternAssert(pattern.toJson(), null, () -> PatternMatcher.compile(pattern));
  }

  /**
   * Assertions on a compiled matcher.
   *
   * @param matcher the matcher
   * @return the assertions
   * @throws NullPointerException if {@code matcher} is null
   */
  public static PatternAssert assertThat(PatternMatcher matcher) {
    Objects.requireNonNull(matcher, "matcher");
    return new PatternAssert(matcher.pattern().toJson(), null, () -> matcher);
  }

  /**
   * Assertions on where a rule set routes events: exactly which rules fire.
   *
   * @param rules the rule set
   * @return the assertions
   * @throws NullPointerException if {@code rules} is null
   */
  public static RuleSetAssert assertThat(RuleSet rules) {
    return new RuleSetAssert(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Assertions on a pattern given as JSON. The pattern is compiled by the first assertion, so an
   * invalid pattern can be checked with {@link PatternAssert#isInvalidWithReason(String)}.
   *
   * @param patternJson the pattern JSON, exactly as it would be sent to EventBridge
   * @return the assertions
   * @throws NullPointerException if {@code patternJson} is null
   */
  public static PatternAssert assertThatPattern(String patternJson) {
    Objects.requireNonNull(patternJson, "patternJson");
    return new PatternAssert(patternJson, null, () -> PatternMatcher.compile(patternJson));
  }

  /**
   * Assertions on a pattern in a UTF-8 JSON file (e.g. the one your infrastructure code deploys).
   *
   * @param patternFile the file
   * @return the assertions
   * @throws NullPointerException if {@code patternFile} is null
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PatternAssert assertThatPattern(Path patternFile) {
    Objects.requireNonNull(patternFile, "patternFile");
    String json;
    try {
      json = Files.readString(patternFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the pattern file " + patternFile, e);
    }
    Path name = patternFile.getFileName();
    return new PatternAssert(
        json, name == null ? null : name.toString(), () -> PatternMatcher.compile(json));
  }
}
