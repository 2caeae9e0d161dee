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
      Shape.of(
          PostAuthenticationEvent.class,
          Kinds.record(() -> Request.CODEC),
          PostAuthenticationEvent::request,
          Kinds.record(() -> EmptyResponse.CODEC),
          PostAuthenticationEvent::response,
          PostAuthenticationEvent::new);

  static final RecordCodec<PostAuthenticationEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
      userAttributes = Frozen.of(userAttributes);
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
            .field("newDeviceUsed", Kinds.BOOLEAN, Request::newDeviceUsed)
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.get(2), v.unknown()));

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
