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
      Shape.of(
          PostConfirmationEvent.class,
          Kinds.record(() -> Request.CODEC),
          PostConfirmationEvent::request,
          Kinds.record(() -> EmptyResponse.CODEC),
          PostConfirmationEvent::response,
          PostConfirmationEvent::new);

  static final RecordCodec<PostConfirmationEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.unknown()));

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
