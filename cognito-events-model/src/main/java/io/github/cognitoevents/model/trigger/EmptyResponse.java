package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Map;

/**
 * The {@code response} of triggers whose response Cognito does not read (PostConfirmation,
 * PreAuthentication, PostAuthentication): normally {@code {}}. The object must still be returned.
 *
 * @param unknownFields members received in the response, kept verbatim
 */
public record EmptyResponse(Map<String, JsonNode> unknownFields) {
  private static final EmptyResponse EMPTY = new EmptyResponse(Map.of());

  /** Copies the unknown fields. */
  public EmptyResponse {
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<EmptyResponse> CODEC =
      RecordCodec.builder(EmptyResponse.class)
          .unknownFields(EmptyResponse::unknownFields)
          .build(v -> new EmptyResponse(v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * The empty response {@code {}}.
   *
   * @return the response
   */
  public static EmptyResponse empty() {
    return EMPTY;
  }

  /**
   * This response as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
