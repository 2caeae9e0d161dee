/**
 * The live check: asks Amazon EventBridge's real {@code TestEventPattern} API for a verdict and
 * compares it with the local one from {@link io.github.cognitoevents.patterntest.TestEventPattern};
 * records AWS's answers as conformance corpora.
 *
 * <p>This is the only package of the module that uses the AWS SDK for Java 2.x ({@code
 * software.amazon.awssdk:eventbridge}, an optional dependency): add it to your build to use {@link
 * io.github.cognitoevents.patterntest.live.LiveCheck} and {@link
 * io.github.cognitoevents.patterntest.live.LiveVerifier}; nothing else in the module needs it.
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
 * <ul>
 *   <li>{@link io.github.cognitoevents.patterntest.live.OpenQuestions}: the catalogue of corners of
 *       the pattern semantics that no recorded AWS answer settles yet, as cases.
 *   <li>{@link io.github.cognitoevents.patterntest.live.LiveVerifier}: sends many cases politely
 *       (paced, throttling retried with backoff) and gives a {@link
 *       io.github.cognitoevents.patterntest.live.LiveVerification}: AWS's answers as corpus lines
 *       and a report of where AWS and the local matcher differ.
 *   <li>{@link io.github.cognitoevents.patterntest.live.ConformanceCorpus}: reads and writes
 *       corpora in the format of the recorded TestEventPattern corpus.
 * </ul>
 *
 * <p>Tests that call AWS are opt-in: the switch {@link
 * io.github.cognitoevents.patterntest.live.LiveMode} (system property {@code
 * cognitoevents.live=true} or environment variable {@code COGNITOEVENTS_LIVE=1}) turns them on when
 * AWS credentials are present, and the JUnit 5 annotation {@code EnabledWhenLive} of the module
 * {@code cognito-events-testkit} skips them with a clear message otherwise.
 */
package io.github.cognitoevents.patterntest.live;
