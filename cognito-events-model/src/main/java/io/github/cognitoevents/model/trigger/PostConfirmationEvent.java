package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.Map;
import java.util.Objects;

/**
 * The PostConfirmation trigger ({@code PostConfirmation_ConfirmSignUp}, {@code
 * PostConfirmation_ConfirmForgotPassword}). Cognito reads nothing from the response, but the {@code
 * response} object must be returned.
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record PostConfirmationEvent(TriggerHeader header, Request request, EmptyResponse response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public PostConfirmationEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public PostConfirmationEvent withResponse(EmptyResponse response) {
    return new PostConfirmationEvent(header, request, response);
  }

  static final Shape<PostConfirmationEvent> SHAPE =
      new Shape<>(
          PostConfirmationEvent.class,
          c -> c.object(Request::read),
          c -> c.object(EmptyResponse::read),
          (header, request, response) ->
              new PostConfirmationEvent(header, (Request) request, (EmptyResponse) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, EmptyResponse::toJson)
        .finish();
  }

  /**
   * The PostConfirmation request.
   *
   * @param userAttributes the attributes of the confirmed user
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      Map<String, String> clientMetadata,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Request {
      userAttributes = Copies.map(userAttributes);
      clientMetadata = Copies.map(clientMetadata);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static Request read(JsonCursor c) {
      Map<String, String> userAttributes = null;
      Map<String, String> clientMetadata = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "clientMetadata" -> clientMetadata = c.stringMap();
          default -> c.keep();
        }
      }
      return new Request(userAttributes, clientMetadata, c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributes", userAttributes)
          .stringMap("clientMetadata", clientMetadata)
          .finish();
    }

    /** Prints client metadata by key only. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .keysOnly("clientMetadata", clientMetadata)
          .unknown(unknownFields)
          .toString();
    }
  }
}
