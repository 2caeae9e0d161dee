package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
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
    unknownFields = Copies.mapOrEmpty(unknownFields);
  }

  /**
   * The empty response {@code {}}.
   *
   * @return the response
   */
  public static EmptyResponse empty() {
    return EMPTY;
  }

  static EmptyResponse read(JsonCursor c) {
    while (c.next()) {
      c.keep();
    }
    return new EmptyResponse(c.rest());
  }

  /**
   * This response as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create(unknownFields).finish();
  }
}
