package io.github.cognitoevents.pattern;

/** Placeholder until the DSL lands: the seed rule's JSON. */
public final class SeedRule {
  /** The seed rule: Cognito user-pool client updates and deletes seen by CloudTrail. */
  public static final String JSON =
      "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
          + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}";

  private SeedRule() {}
}
