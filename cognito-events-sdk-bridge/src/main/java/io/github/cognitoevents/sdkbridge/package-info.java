/**
 * {@link io.github.cognitoevents.sdkbridge.CognitoSdkBridge}: from a typed CloudTrail request or
 * response to the AWS SDK for Java v2 object of the same operation, and back.
 */
package io.github.cognitoevents.sdkbridge;
