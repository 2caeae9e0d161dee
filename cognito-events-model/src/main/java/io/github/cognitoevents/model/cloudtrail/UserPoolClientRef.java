package io.github.cognitoevents.model.cloudtrail;

/**
 * The user pool and app client a CloudTrail record is about; see {@link
 * CloudTrailRecord#userPoolClient()}.
 *
 * @param userPoolId the user pool id, such as {@code us-east-1_EXAMPLE}
 * @param clientId the app client id
 */
public record UserPoolClientRef(String userPoolId, String clientId) {}
