/**
 * CloudTrail records of Cognito API calls and service events, as delivered in EventBridge's {@code
 * detail}: {@link io.github.cognitoevents.model.cloudtrail.CloudTrailRecord}.
 *
 * <ul>
 *   <li>every {@code cognito-idp} operation is a {@link
 *       io.github.cognitoevents.model.cloudtrail.CognitoOperation}, with a read-only flag;
 *   <li>{@code requestParameters} and {@code responseElements} are typed for 19 operations (see
 *       {@link io.github.cognitoevents.model.cloudtrail.RequestParameters}) and kept as JSON trees
 *       for the others;
 *   <li>values CloudTrail hides ({@code HIDDEN_DUE_TO_SECURITY_REASONS}) are {@link
 *       io.github.cognitoevents.model.cloudtrail.Redactable.Redacted}, even where a map or list was
 *       expected;
 *   <li>managed-login (hosted UI) events and {@code cognito-identity} calls are read too, typed to
 *       the record.
 * </ul>
 *
 * <p>Every record keeps the members it does not model, explicit JSON nulls, and values whose JSON
 * form it cannot reproduce (a boolean sent as {@code "true"}, a number sent as {@code 200.0}) in
 * {@code unknownFields()}, so that {@code toJson()} gives back the document it was read from.
 *
 * <pre>{@code
 * CognitoEvent event = CognitoEvents.parse(json);
 * event.cloudTrailRecord()
 *     .filter(r -> r.operation() == CognitoOperation.DELETE_USER_POOL_CLIENT)
 *     .flatMap(CloudTrailRecord::userPoolClient)
 *     .ifPresent(c -> alert(c.userPoolId(), c.clientId()));
 * }</pre>
 */
@CheckReturnValue
package io.github.cognitoevents.model.cloudtrail;

import io.github.cognitoevents.model.CheckReturnValue;
