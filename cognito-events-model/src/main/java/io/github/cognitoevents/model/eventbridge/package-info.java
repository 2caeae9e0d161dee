/**
 * The EventBridge event envelope, generic over its {@code detail}: {@link
 * io.github.cognitoevents.model.eventbridge.EventBridgeEvent}.
 */
package io.github.cognitoevents.model.eventbridge;
