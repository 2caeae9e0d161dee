/**
 * Realistic trigger events for tests, built the way Cognito sends them: {@link
 * io.github.cognitoevents.testkit.trigger.TestTriggerEvents}.
 */
package io.github.cognitoevents.testkit.trigger;
