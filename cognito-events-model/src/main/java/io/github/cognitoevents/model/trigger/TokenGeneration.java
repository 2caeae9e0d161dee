package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.JsonCursor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pre-token-generation event whose record (version 1 or 2/3) cannot be told from {@code
 * version} and {@code triggerSource} alone: the request and response are read with the members of
 * both versions, and the record is chosen once they are known (a V2 member, {@code scopes} or
 * {@code claimsAndScopeOverrideDetails}, makes it {@link PreTokenGenerationV2Event}).
 */
final class TokenGeneration {
  private TokenGeneration() {}

  /** A request of either version. */
  record AnyRequest(
      Map<String, String> userAttributes,
      GroupConfiguration groupConfiguration,
      List<String> scopes,
      Map<String, String> clientMetadata,
      Map<String, JsonNode> rest) {

    boolean isV2() {
      return scopes != null || rest.containsKey("scopes");
    }
  }

  /** A response of either version. */
  record AnyResponse(
      PreTokenGenerationEvent.ClaimsOverrideDetails claimsOverrideDetails,
      PreTokenGenerationV2Event.ClaimsAndScopeOverrideDetails claimsAndScopeOverrideDetails,
      Map<String, JsonNode> rest) {

    boolean isV2() {
      return claimsAndScopeOverrideDetails != null
          || rest.containsKey("claimsAndScopeOverrideDetails");
    }
  }

  static final Shape<TriggerEvent> SHAPE =
      new Shape<>(
          TriggerEvent.class,
          c -> c.object(TokenGeneration::readRequest),
          c -> c.object(TokenGeneration::readResponse),
          TokenGeneration::assemble);

  static AnyRequest readRequest(JsonCursor c) {
    Map<String, String> userAttributes = null;
    GroupConfiguration groupConfiguration = null;
    List<String> scopes = null;
    Map<String, String> clientMetadata = null;
    while (c.next()) {
      switch (c.name()) {
        case "userAttributes" -> userAttributes = c.stringMap();
        case "groupConfiguration" -> groupConfiguration = c.object(GroupConfiguration::read);
        case "scopes" -> scopes = c.stringList();
        case "clientMetadata" -> clientMetadata = c.stringMap();
        default -> c.keep();
      }
    }
    return new AnyRequest(userAttributes, groupConfiguration, scopes, clientMetadata, c.rest());
  }

  static AnyResponse readResponse(JsonCursor c) {
    PreTokenGenerationEvent.ClaimsOverrideDetails v1 = null;
    PreTokenGenerationV2Event.ClaimsAndScopeOverrideDetails v2 = null;
    while (c.next()) {
      switch (c.name()) {
        case "claimsOverrideDetails" ->
            v1 = c.object(PreTokenGenerationEvent.ClaimsOverrideDetails::read);
        case "claimsAndScopeOverrideDetails" ->
            v2 = c.object(PreTokenGenerationV2Event.ClaimsAndScopeOverrideDetails::read);
        default -> c.keep();
      }
    }
    return new AnyResponse(v1, v2, c.rest());
  }

  static TriggerEvent assemble(TriggerHeader header, Object anyRequest, Object anyResponse) {
    AnyRequest request = (AnyRequest) anyRequest;
    AnyResponse response = (AnyResponse) anyResponse;
    boolean v2 =
        "2".equals(header.version())
            || "3".equals(header.version())
            || request != null && request.isV2()
            || response != null && response.isV2();
    if (v2) {
      return new PreTokenGenerationV2Event(
          header,
          request == null
              ? null
              : new PreTokenGenerationV2Event.Request(
                  request.userAttributes(),
                  request.groupConfiguration(),
                  request.scopes(),
                  request.clientMetadata(),
                  request.rest()),
          response == null
              ? null
              : new PreTokenGenerationV2Event.Response(
                  response.claimsAndScopeOverrideDetails(), withV1Member(response)));
    }
    return new PreTokenGenerationEvent(
        header,
        request == null
            ? null
            : new PreTokenGenerationEvent.Request(
                request.userAttributes(),
                request.groupConfiguration(),
                request.clientMetadata(),
                request.rest()),
        response == null
            ? null
            : new PreTokenGenerationEvent.Response(
                response.claimsOverrideDetails(), response.rest()));
  }

  /** In a V2 response a V1 {@code claimsOverrideDetails} object is an unknown member. */
  private static Map<String, JsonNode> withV1Member(AnyResponse response) {
    if (response.claimsOverrideDetails() == null) {
      return response.rest();
    }
    Map<String, JsonNode> rest = new LinkedHashMap<>(response.rest());
    rest.put("claimsOverrideDetails", response.claimsOverrideDetails().toJson());
    return rest;
  }
}
