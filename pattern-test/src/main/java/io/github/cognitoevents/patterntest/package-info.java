/**
 * Local pattern matching with the verdicts of EventBridge's {@code TestEventPattern}: {@link
 * io.github.cognitoevents.patterntest.PatternMatcher} for one pattern, {@link
 * io.github.cognitoevents.patterntest.RuleSet} for many named rules at once (which fire, and why
 * the others do not), {@link io.github.cognitoevents.patterntest.TestEventPattern} for the API's
 * answer, errors included.
 */
package io.github.cognitoevents.patterntest;
