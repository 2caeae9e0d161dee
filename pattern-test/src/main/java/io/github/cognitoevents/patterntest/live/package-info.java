/**
 * The live check: asks Amazon EventBridge's real {@code TestEventPattern} API for a verdict and
 * compares it with the local one from {@link io.github.cognitoevents.patterntest.TestEventPattern}.
 *
 * <p>This is the only package of the module that uses the AWS SDK for Java 2.x ({@code
 * software.amazon.awssdk:eventbridge}, an optional dependency): add it to your build to use this
 * package; nothing else in the module needs it.
 *
 * <pre>{@code
 * try (LiveCheck check = LiveCheck.create()) {            // default credentials and region
 *   LiveComparison c = check.compare(eventJson, patternJson);
 *   if (!c.agrees()) {
 *     System.out.println(c);   // "event/pattern: local MATCH, live NO_MATCH: DISAGREE"
 *   }
 * }
 * }</pre>
 *
 * <p>Tests that call AWS are opt-in: the switch {@link LiveMode} (system property {@code
 * cognitoevents.live=true} or environment variable {@code COGNITOEVENTS_LIVE=1}) turns them on when
 * AWS credentials are present, and the JUnit 5 annotation {@code EnabledWhenLive} of the module
 * {@code cognito-events-testkit} skips them with a clear message otherwise.
 */
package io.github.cognitoevents.patterntest.live;
