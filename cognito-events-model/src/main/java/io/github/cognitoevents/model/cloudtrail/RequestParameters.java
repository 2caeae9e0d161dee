package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code requestParameters} of a CloudTrail record: a typed record for the operations a
 * monitoring user cares about, {@link UntypedRequest} (the JSON tree) for every other operation.
 *
 * <pre>{@code
 * if (record.requestParameters() instanceof UpdateUserPoolClientRequest update) {
 *   List<String> callbacks = update.callbackUrls();
 * }
 * record.request(DeleteUserPoolClientRequest.class).map(DeleteUserPoolClientRequest::clientId);
 * }</pre>
 */
public sealed interface RequestParameters
    permits AddCustomAttributesRequest,
        AdminAddUserToGroupRequest,
        AdminCreateUserRequest,
        AdminDeleteUserRequest,
        AdminInitiateAuthRequest,
        AdminRespondToAuthChallengeRequest,
        CreateIdentityProviderRequest,
        CreateResourceServerRequest,
        CreateUserPoolClientRequest,
        CreateUserPoolRequest,
        DeleteResourceServerRequest,
        DeleteUserPoolClientRequest,
        DeleteUserPoolRequest,
        SetRiskConfigurationRequest,
        SetUserPoolMfaConfigRequest,
        UpdateIdentityProviderRequest,
        UpdateResourceServerRequest,
        UpdateUserPoolClientRequest,
        UpdateUserPoolRequest,
        UntypedRequest {

  /**
   * The parameters as JSON, in the form they were read.
   *
   * @return a new JSON value
   */
  JsonNode toJson();
}
