/**
 * The EventBridge event envelope, generic over its {@code detail}: {@link
 * io.github.cognitoevents.model.eventbridge.EventBridgeEvent}.
 */
@CheckReturnValue
package io.github.cognitoevents.model.eventbridge;

import io.github.cognitoevents.model.CheckReturnValue;
