/**
 * CloudTrail records of Cognito API calls and service events, as delivered in EventBridge's {@code
 * detail}.
 */
package io.github.cognitoevents.model.cloudtrail;
