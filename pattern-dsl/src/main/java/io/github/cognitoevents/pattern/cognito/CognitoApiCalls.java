package io.github.cognitoevents.pattern.cognito;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.pattern.EventPattern;

/**
 * The entry point for EventBridge rules on Cognito user pool activity recorded by CloudTrail: API
 * calls ({@link #rule()}) and managed login (hosted UI) service events ({@link #managedLogin()}).
 * Operations are the model's {@link CognitoOperation} constants and fields are {@link
 * CloudTrailField} constants, so a misspelt name does not compile.
 *
 * <pre>{@code
 * // {"source":["aws.cognito-idp"],"detail":{"eventSource":["cognito-idp.amazonaws.com"],
 * //  "eventType":["AwsApiCall"],"eventName":["DeleteUserPoolClient","UpdateUserPoolClient"]}}
 * EventPattern seed = CognitoApiCalls.rule()
 *     .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
 *     .build();
 *
 * EventPattern strict = CognitoApiCalls.rule()
 *     .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
 *     .userPool("us-east-1_EXAMPLE")
 *     .appClient("1example23456789")
 *     .succeeded()
 *     .build();
 * }</pre>
 */
public final class CognitoApiCalls {

  /** The EventBridge {@code source} of Cognito user pool events: {@value}. */
  public static final String SOURCE = "aws.cognito-idp";

  /** The CloudTrail {@code eventSource} of Cognito user pool records: {@value}. */
  public static final String EVENT_SOURCE = "cognito-idp.amazonaws.com";

  private CognitoApiCalls() {}

  /**
   * A rule on Cognito user pool API calls ({@code eventType} {@code AwsApiCall}), to be narrowed.
   * Alone it matches every API call.
   *
   * @return an empty rule
   */
  public static CognitoRule rule() {
    return CognitoRule.apiCalls();
  }

  /**
   * A rule on Cognito managed login (hosted UI) events such as {@code Token_POST} ({@code
   * eventType} {@code AwsServiceEvent}, {@code detail-type} "AWS Service Event via CloudTrail").
   *
   * @return an empty rule
   */
  public static CognitoRule managedLogin() {
    return CognitoRule.managedLogin();
  }

  /**
   * The rule of the {@code cognito-user-pool-client-api-call-listener} sample this library grew
   * from: successful or failed {@code UpdateUserPoolClient} and {@code DeleteUserPoolClient} calls
   * of any pool.
   *
   * @return the seed rule
   */
  public static EventPattern userPoolClientChanges() {
    return rule()
        .operations(
            CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
        .build();
  }
}
