package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.codec.Kind;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.Values;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Chooses the typed reader of {@code requestParameters} and {@code responseElements}. */
final class Operations {

  static final String USER_POOLS_SOURCE = "cognito-idp.amazonaws.com";

  private static final Map<CognitoOperation, BiFunction<JsonNode, String, RequestParameters>>
      REQUESTS = new EnumMap<>(CognitoOperation.class);
  private static final Map<CognitoOperation, BiFunction<JsonNode, String, ResponseElements>>
      RESPONSES = new EnumMap<>(CognitoOperation.class);

  static {
    REQUESTS.put(CognitoOperation.UPDATE_USER_POOL_CLIENT, UpdateUserPoolClientRequest::read);
    REQUESTS.put(CognitoOperation.DELETE_USER_POOL_CLIENT, DeleteUserPoolClientRequest::read);
    REQUESTS.put(CognitoOperation.CREATE_USER_POOL_CLIENT, CreateUserPoolClientRequest::read);
    REQUESTS.put(CognitoOperation.CREATE_USER_POOL, CreateUserPoolRequest::read);
    REQUESTS.put(CognitoOperation.UPDATE_USER_POOL, UpdateUserPoolRequest::read);
    REQUESTS.put(CognitoOperation.DELETE_USER_POOL, DeleteUserPoolRequest::read);
    REQUESTS.put(CognitoOperation.ADMIN_CREATE_USER, AdminCreateUserRequest::read);
    REQUESTS.put(CognitoOperation.ADMIN_DELETE_USER, AdminDeleteUserRequest::read);
    REQUESTS.put(CognitoOperation.ADMIN_INITIATE_AUTH, AdminInitiateAuthRequest::read);
    REQUESTS.put(
        CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, AdminRespondToAuthChallengeRequest::read);
    REQUESTS.put(CognitoOperation.ADMIN_ADD_USER_TO_GROUP, AdminAddUserToGroupRequest::read);
    REQUESTS.put(CognitoOperation.CREATE_RESOURCE_SERVER, CreateResourceServerRequest::read);
    REQUESTS.put(CognitoOperation.UPDATE_RESOURCE_SERVER, UpdateResourceServerRequest::read);
    REQUESTS.put(CognitoOperation.DELETE_RESOURCE_SERVER, DeleteResourceServerRequest::read);
    REQUESTS.put(CognitoOperation.SET_USER_POOL_MFA_CONFIG, SetUserPoolMfaConfigRequest::read);
    REQUESTS.put(CognitoOperation.CREATE_IDENTITY_PROVIDER, CreateIdentityProviderRequest::read);
    REQUESTS.put(CognitoOperation.UPDATE_IDENTITY_PROVIDER, UpdateIdentityProviderRequest::read);
    REQUESTS.put(CognitoOperation.SET_RISK_CONFIGURATION, SetRiskConfigurationRequest::read);
    REQUESTS.put(CognitoOperation.ADD_CUSTOM_ATTRIBUTES, AddCustomAttributesRequest::read);

    RESPONSES.put(CognitoOperation.UPDATE_USER_POOL_CLIENT, UserPoolClientResponse::read);
    RESPONSES.put(CognitoOperation.CREATE_USER_POOL_CLIENT, UserPoolClientResponse::read);
    RESPONSES.put(CognitoOperation.CREATE_USER_POOL, UserPoolResponse::read);
    RESPONSES.put(CognitoOperation.ADMIN_CREATE_USER, UserResponse::read);
    RESPONSES.put(CognitoOperation.ADMIN_INITIATE_AUTH, AuthResponse::read);
    RESPONSES.put(CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, AuthResponse::read);
    RESPONSES.put(CognitoOperation.CREATE_RESOURCE_SERVER, ResourceServerResponse::read);
    RESPONSES.put(CognitoOperation.UPDATE_RESOURCE_SERVER, ResourceServerResponse::read);
    RESPONSES.put(CognitoOperation.SET_USER_POOL_MFA_CONFIG, MfaConfigResponse::read);
    RESPONSES.put(CognitoOperation.CREATE_IDENTITY_PROVIDER, IdentityProviderResponse::read);
    RESPONSES.put(CognitoOperation.UPDATE_IDENTITY_PROVIDER, IdentityProviderResponse::read);
    RESPONSES.put(CognitoOperation.SET_RISK_CONFIGURATION, RiskConfigurationResponse::read);
  }

  private Operations() {}

  /** The operations with typed request parameters. */
  static java.util.Set<CognitoOperation> typed() {
    return java.util.Collections.unmodifiableSet(REQUESTS.keySet());
  }

  private static final int EVENT_SOURCE = 3;
  private static final int EVENT_NAME = 4;

  private static final Kind<RequestParameters> UNTYPED_REQUEST =
      Kinds.viaTree((json, pointer) -> new UntypedRequest(json), RequestParameters::toJson);
  private static final Kind<ResponseElements> UNTYPED_RESPONSE =
      Kinds.viaTree((json, pointer) -> new UntypedResponse(json), ResponseElements::toJson);
  private static final Map<CognitoOperation, Kind<RequestParameters>> REQUEST_KINDS =
      new EnumMap<>(CognitoOperation.class);
  private static final Map<CognitoOperation, Kind<ResponseElements>> RESPONSE_KINDS =
      new EnumMap<>(CognitoOperation.class);

  static {
    // the hand-written operation records still read a tree (FieldReader); generated records will
    // bring their own codecs
    REQUESTS.forEach(
        (op, reader) ->
            REQUEST_KINDS.put(
                op,
                Kinds.viaTree(
                    (json, pointer) ->
                        json.isObject() ? reader.apply(json, pointer) : new UntypedRequest(json),
                    RequestParameters::toJson)));
    RESPONSES.forEach(
        (op, reader) ->
            RESPONSE_KINDS.put(
                op,
                Kinds.viaTree(
                    (json, pointer) ->
                        json.isObject() ? reader.apply(json, pointer) : new UntypedResponse(json),
                    ResponseElements::toJson)));
  }

  /**
   * The kind of {@code requestParameters}, chosen by {@code eventSource} and {@code eventName}
   * (members 3 and 4 of {@link CloudTrailRecord}); decided later when they come after it.
   */
  static Kind<?> requestKind(Values v, boolean complete) {
    if (!complete && !(v.isPresent(EVENT_SOURCE) && v.isPresent(EVENT_NAME))) {
      return null;
    }
    Kind<RequestParameters> typed =
        USER_POOLS_SOURCE.equals(v.get(EVENT_SOURCE))
            ? REQUEST_KINDS.get(CognitoOperation.fromEventName(v.get(EVENT_NAME)))
            : null;
    return typed != null ? typed : UNTYPED_REQUEST;
  }

  /** The kind of {@code responseElements}, as {@link #requestKind}. */
  static Kind<?> responseKind(Values v, boolean complete) {
    if (!complete && !(v.isPresent(EVENT_SOURCE) && v.isPresent(EVENT_NAME))) {
      return null;
    }
    Kind<ResponseElements> typed =
        USER_POOLS_SOURCE.equals(v.get(EVENT_SOURCE))
            ? RESPONSE_KINDS.get(CognitoOperation.fromEventName(v.get(EVENT_NAME)))
            : null;
    return typed != null ? typed : UNTYPED_RESPONSE;
  }

  static RequestParameters request(
      String eventSource, CognitoOperation operation, JsonNode json, String pointer) {
    if (USER_POOLS_SOURCE.equals(eventSource) && json.isObject()) {
      BiFunction<JsonNode, String, RequestParameters> reader = REQUESTS.get(operation);
      if (reader != null) {
        return reader.apply(json, pointer);
      }
    }
    return new UntypedRequest(json);
  }

  static ResponseElements response(
      String eventSource, CognitoOperation operation, JsonNode json, String pointer) {
    if (USER_POOLS_SOURCE.equals(eventSource) && json.isObject()) {
      BiFunction<JsonNode, String, ResponseElements> reader = RESPONSES.get(operation);
      if (reader != null) {
        return reader.apply(json, pointer);
      }
    }
    return new UntypedResponse(json);
  }
}
