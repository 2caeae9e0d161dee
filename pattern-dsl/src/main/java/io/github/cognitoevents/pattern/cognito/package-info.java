/**
 * Cognito-aware EventBridge rules: {@link io.github.cognitoevents.pattern.cognito.CognitoApiCalls}
 * builds patterns on Cognito user pool API calls and managed login events from the model's {@link
 * io.github.cognitoevents.model.cloudtrail.CognitoOperation} constants and typed {@link
 * io.github.cognitoevents.pattern.cognito.CloudTrailField} paths.
 *
 * <pre>{@code
 * EventPattern rule = CognitoApiCalls.rule()
 *     .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
 *     .userPool("us-east-1_EXAMPLE")
 *     .succeeded()
 *     .build();
 * }</pre>
 */
@CheckReturnValue
package io.github.cognitoevents.pattern.cognito;

import io.github.cognitoevents.model.CheckReturnValue;
