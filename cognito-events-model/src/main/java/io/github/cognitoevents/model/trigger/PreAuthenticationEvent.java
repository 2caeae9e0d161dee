package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
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
      Shape.of(
          PreAuthenticationEvent.class,
          Kinds.record(() -> Request.CODEC),
          PreAuthenticationEvent::request,
          Kinds.record(() -> EmptyResponse.CODEC),
          PreAuthenticationEvent::response,
          PreAuthenticationEvent::new);

  static final RecordCodec<PreAuthenticationEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
      userAttributes = Frozen.of(userAttributes);
      validationData = Frozen.of(validationData);
      clientMetadata = Frozen.of(clientMetadata);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Request> CODEC =
        RecordCodec.builder(Request.class)
            .field(
                "userAttributes",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                Request::userAttributes)
            .field(
                "validationData",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::validationData)
            .field("userNotFound", Kinds.BOOLEAN, Request::userNotFound)
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
    }
  }
}
