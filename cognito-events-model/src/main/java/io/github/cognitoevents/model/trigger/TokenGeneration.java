package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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

    static final RecordCodec<AnyRequest> CODEC =
        RecordCodec.builder(AnyRequest.class)
            .field("userAttributes", Kinds.map(Kinds.STRING), AnyRequest::userAttributes)
            .field(
                "groupConfiguration",
                Kinds.record(() -> GroupConfiguration.CODEC),
                AnyRequest::groupConfiguration)
            .field("scopes", Kinds.list(Kinds.STRING), AnyRequest::scopes)
            .field("clientMetadata", Kinds.map(Kinds.STRING), AnyRequest::clientMetadata)
            .unknownFields(AnyRequest::rest)
            .unregistered()
            .build(v -> new AnyRequest(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

    boolean isV2() {
      return scopes != null || rest.containsKey("scopes");
    }
  }

  /** A response of either version. */
  record AnyResponse(
      PreTokenGenerationEvent.ClaimsOverrideDetails claimsOverrideDetails,
      PreTokenGenerationV2Event.ClaimsAndScopeOverrideDetails claimsAndScopeOverrideDetails,
      Map<String, JsonNode> rest) {

    static final RecordCodec<AnyResponse> CODEC =
        RecordCodec.builder(AnyResponse.class)
            .field(
                "claimsOverrideDetails",
                Kinds.record(() -> PreTokenGenerationEvent.ClaimsOverrideDetails.CODEC),
                AnyResponse::claimsOverrideDetails)
            .field(
                "claimsAndScopeOverrideDetails",
                Kinds.record(() -> PreTokenGenerationV2Event.ClaimsAndScopeOverrideDetails.CODEC),
                AnyResponse::claimsAndScopeOverrideDetails)
            .unknownFields(AnyResponse::rest)
            .unregistered()
            .build(v -> new AnyResponse(v.get(0), v.get(1), v.unknown()));

    boolean isV2() {
      return claimsAndScopeOverrideDetails != null
          || rest.containsKey("claimsAndScopeOverrideDetails");
    }
  }

  static final Shape<TriggerEvent> SHAPE =
      Shape.of(
          TriggerEvent.class,
          Kinds.record(() -> AnyRequest.CODEC),
          e -> null,
          Kinds.record(() -> AnyResponse.CODEC),
          e -> null,
          TokenGeneration::assemble);

  static TriggerEvent assemble(TriggerHeader header, AnyRequest request, AnyResponse response) {
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
    rest.put(
        "claimsOverrideDetails",
        PreTokenGenerationEvent.ClaimsOverrideDetails.CODEC.toFrozenJson(
            response.claimsOverrideDetails()));
    return rest;
  }
}
