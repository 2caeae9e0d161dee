package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code responseElements} of a CloudTrail record: a typed record for the operations a
 * monitoring user cares about, {@link UntypedResponse} (the JSON tree) for every other operation.
 * Failed calls and operations without output (such as {@code DeleteUserPoolClient}) have none:
 * {@link CloudTrailRecord#responseElements()} is then {@code null}.
 */
public sealed interface ResponseElements
    permits AuthResponse,
        IdentityProviderResponse,
        MfaConfigResponse,
        ResourceServerResponse,
        RiskConfigurationResponse,
        UserPoolClientResponse,
        UserPoolResponse,
        UserResponse,
        UntypedResponse {

  /**
   * The elements as JSON, in the form they were read.
   *
   * @return a new JSON value
   */
  JsonNode toJson();
}
