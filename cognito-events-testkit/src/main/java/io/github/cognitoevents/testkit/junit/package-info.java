/**
 * AssertJ-style assertions on EventBridge event patterns for JUnit 5 tests: {@link
 * io.github.cognitoevents.testkit.junit.PatternAssertions}.
 *
 * <pre>{@code
 * import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
 *
 * @Test
 * void ruleSelectsClientChangesOnly() {
 *   assertThat(CognitoApiCalls.userPoolClientChanges())
 *       .matches(Path.of("events/delete-user-pool-client.json"))
 *       .doesNotMatch(Path.of("events/admin-create-user.json"));
 * }
 * }</pre>
 *
 * <p>Failures are opentest4j {@code AssertionFailedError}s that show the pattern and, per failing
 * event, only the fields the pattern names. This package needs {@code org.opentest4j:opentest4j}
 * (which JUnit 5 brings); the rest of the module does not.
 */
package io.github.cognitoevents.testkit.junit;
