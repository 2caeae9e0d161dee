/**
 * Realistic trigger events for tests, built the way Cognito sends them: {@link
 * io.github.cognitoevents.testkit.trigger.TestTriggerEvents}.
 */
@CheckReturnValue
package io.github.cognitoevents.testkit.trigger;

import io.github.cognitoevents.model.CheckReturnValue;
