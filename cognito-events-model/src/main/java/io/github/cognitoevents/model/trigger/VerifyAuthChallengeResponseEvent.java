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
 * The VerifyAuthChallengeResponse trigger ({@code VerifyAuthChallengeResponse_Authentication}):
 * checks the user's answer against the private challenge parameters.
 *
 * <pre>{@code
 * boolean ok = Objects.equals(
 *     event.request().privateChallengeParameters().get("answer"), event.request().challengeAnswer());
 * return event.withResponse(VerifyAuthChallengeResponseEvent.Response.of(ok));
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record VerifyAuthChallengeResponseEvent(
    TriggerHeader header, Request request, Response response) implements TriggerEvent {

  /** Checks the header is present. */
  public VerifyAuthChallengeResponseEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public VerifyAuthChallengeResponseEvent withResponse(Response response) {
    return new VerifyAuthChallengeResponseEvent(header, request, response);
  }

  static final Shape<VerifyAuthChallengeResponseEvent> SHAPE =
      Shape.of(
          VerifyAuthChallengeResponseEvent.class,
          Kinds.record(() -> Request.CODEC),
          VerifyAuthChallengeResponseEvent::request,
          Kinds.record(() -> Response.CODEC),
          VerifyAuthChallengeResponseEvent::response,
          VerifyAuthChallengeResponseEvent::new);

  static final RecordCodec<VerifyAuthChallengeResponseEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The VerifyAuthChallengeResponse request. {@code toString()} never prints the answer or the
   * private parameters' values.
   *
   * @param userAttributes the attributes of the user
   * @param privateChallengeParameters the private parameters set by CreateAuthChallenge (secret)
   * @param challengeAnswer the client's {@code ANSWER} (secret); a non-text JSON scalar is read as
   *     its text; may be null
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param userNotFound true when the user does not exist; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      Map<String, String> privateChallengeParameters,
      String challengeAnswer,
      Map<String, String> clientMetadata,
      Boolean userNotFound,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Request {
      userAttributes = Frozen.of(userAttributes);
      privateChallengeParameters = Frozen.of(privateChallengeParameters);
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
                "privateChallengeParameters",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::privateChallengeParameters)
            .field(
                "challengeAnswer",
                Kinds.STRING_OR_VERBATIM,
                Sensitivity.SECRET,
                Request::challengeAnswer)
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .field("userNotFound", Kinds.BOOLEAN, Request::userNotFound)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.unknown()));

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

  /**
   * The VerifyAuthChallengeResponse response.
   *
   * @param answerCorrect whether the answer is correct; may be null (Cognito sends null)
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(Boolean answerCorrect, Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Response {
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field("answerCorrect", Kinds.BOOLEAN, Response::answerCorrect)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * A response with the verdict.
     *
     * @param answerCorrect whether the answer is correct
     * @return the response
     */
    public static Response of(boolean answerCorrect) {
      return new Response(answerCorrect, Map.of());
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
}
