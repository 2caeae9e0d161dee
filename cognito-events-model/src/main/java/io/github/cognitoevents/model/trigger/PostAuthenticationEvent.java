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
 * The PostAuthentication trigger ({@code PostAuthentication_Authentication}); the response is
 * empty.
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record PostAuthenticationEvent(TriggerHeader header, Request request, EmptyResponse response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public PostAuthenticationEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public PostAuthenticationEvent withResponse(EmptyResponse response) {
    return new PostAuthenticationEvent(header, request, response);
  }

  static final Shape<PostAuthenticationEvent> SHAPE =
      new Shape<>(
          PostAuthenticationEvent.class,
          c -> c.object(Request::read),
          c -> c.object(EmptyResponse::read),
          (header, request, response) ->
              new PostAuthenticationEvent(header, (Request) request, (EmptyResponse) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, EmptyResponse::toJson)
        .finish();
  }

  /**
   * The PostAuthentication request.
   *
   * @param userAttributes the attributes of the user
   * @param newDeviceUsed whether the user signed in from a new device; may be null
   * @param clientMetadata the {@code ClientMetadata} of {@code RespondToAuthChallenge}; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      Boolean newDeviceUsed,
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
      Boolean newDeviceUsed = null;
      Map<String, String> clientMetadata = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "newDeviceUsed" -> newDeviceUsed = c.bool();
          case "clientMetadata" -> clientMetadata = c.stringMap();
          default -> c.keep();
        }
      }
      return new Request(userAttributes, newDeviceUsed, clientMetadata, c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributes", userAttributes)
          .bool("newDeviceUsed", newDeviceUsed)
          .stringMap("clientMetadata", clientMetadata)
          .finish();
    }

    /** Prints client metadata by key only. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .field("newDeviceUsed", newDeviceUsed)
          .keysOnly("clientMetadata", clientMetadata)
          .unknown(unknownFields)
          .toString();
    }
  }
}
