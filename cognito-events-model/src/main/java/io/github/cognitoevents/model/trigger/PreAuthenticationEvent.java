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
 * The PreAuthentication trigger ({@code PreAuthentication_Authentication}). Reject the sign-in by
 * throwing from the handler; the response is empty.
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record PreAuthenticationEvent(TriggerHeader header, Request request, EmptyResponse response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public PreAuthenticationEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public PreAuthenticationEvent withResponse(EmptyResponse response) {
    return new PreAuthenticationEvent(header, request, response);
  }

  static final Shape<PreAuthenticationEvent> SHAPE =
      new Shape<>(
          PreAuthenticationEvent.class,
          c -> c.object(Request::read),
          c -> c.object(EmptyResponse::read),
          (header, request, response) ->
              new PreAuthenticationEvent(header, (Request) request, (EmptyResponse) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, EmptyResponse::toJson)
        .finish();
  }

  /**
   * The PreAuthentication request.
   *
   * @param userAttributes the attributes of the user
   * @param validationData the {@code ClientMetadata} of {@code InitiateAuth}; may be null
   * @param userNotFound true when the user does not exist and the app client prevents user
   *     existence errors; may be null
   * @param clientMetadata client metadata (undocumented for this trigger); may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      Map<String, String> validationData,
      Boolean userNotFound,
      Map<String, String> clientMetadata,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Request {
      userAttributes = Copies.map(userAttributes);
      validationData = Copies.map(validationData);
      clientMetadata = Copies.map(clientMetadata);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static Request read(JsonCursor c) {
      Map<String, String> userAttributes = null;
      Map<String, String> validationData = null;
      Boolean userNotFound = null;
      Map<String, String> clientMetadata = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "validationData" -> validationData = c.stringMap();
          case "userNotFound" -> userNotFound = c.bool();
          case "clientMetadata" -> clientMetadata = c.stringMap();
          default -> c.keep();
        }
      }
      return new Request(userAttributes, validationData, userNotFound, clientMetadata, c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributes", userAttributes)
          .stringMap("validationData", validationData)
          .bool("userNotFound", userNotFound)
          .stringMap("clientMetadata", clientMetadata)
          .finish();
    }

    /** Prints validation data and client metadata by key only. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .keysOnly("validationData", validationData)
          .field("userNotFound", userNotFound)
          .keysOnly("clientMetadata", clientMetadata)
          .unknown(unknownFields)
          .toString();
    }
  }
}
