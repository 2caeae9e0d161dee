/** The EventBridge event envelope, generic over its {@code detail}. */
package io.github.cognitoevents.model.eventbridge;
