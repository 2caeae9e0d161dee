package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CreateAuthChallenge trigger ({@code CreateAuthChallenge_Authentication}): creates the custom
 * challenge. Public parameters go to the client; private ones to VerifyAuthChallengeResponse.
 *
 * <pre>{@code
 * event.withResponse(CreateAuthChallengeEvent.Response.of(
 *     Map.of("hint", "check your email"), Map.of("answer", code), "EMAIL_CODE"));
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record CreateAuthChallengeEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public CreateAuthChallengeEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public CreateAuthChallengeEvent withResponse(Response response) {
    return new CreateAuthChallengeEvent(header, request, response);
  }

  static final Shape<CreateAuthChallengeEvent> SHAPE =
      Shape.of(
          CreateAuthChallengeEvent.class,
          Kinds.record(() -> Request.CODEC),
          CreateAuthChallengeEvent::request,
          Kinds.record(() -> Response.CODEC),
          CreateAuthChallengeEvent::response,
          CreateAuthChallengeEvent::new);

  static final RecordCodec<CreateAuthChallengeEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The CreateAuthChallenge request.
   *
   * @param userAttributes the attributes of the user
   * @param challengeName the challenge to create, normally {@code CUSTOM_CHALLENGE}
   * @param session the challenges presented so far
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param userNotFound true when the user does not exist; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      String challengeName,
      List<ChallengeResult> session,
      Map<String, String> clientMetadata,
      Boolean userNotFound,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps and the session. */
    public Request {
      userAttributes = Frozen.of(userAttributes);
      session = Frozen.of(session);
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
            .field("challengeName", Kinds.STRING, Request::challengeName)
            .field(
                "session", Kinds.list(Kinds.record(() -> ChallengeResult.CODEC)), Request::session)
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
     * The typed challenge name.
     *
     * @return the constant
     */
    public ChallengeName challenge() {
      return ChallengeName.of(challengeName);
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
   * The CreateAuthChallenge response.
   *
   * @param publicChallengeParameters sent to the client app; may be null
   * @param privateChallengeParameters passed to VerifyAuthChallengeResponse only (secret: printed
   *     by key only); may be null
   * @param challengeMetadata stored in the next session element; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      Map<String, String> publicChallengeParameters,
      Map<String, String> privateChallengeParameters,
      String challengeMetadata,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Response {
      publicChallengeParameters = Frozen.of(publicChallengeParameters);
      privateChallengeParameters = Frozen.of(privateChallengeParameters);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field(
                "publicChallengeParameters",
                Kinds.map(Kinds.STRING),
                Response::publicChallengeParameters)
            .field(
                "privateChallengeParameters",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Response::privateChallengeParameters)
            .field("challengeMetadata", Kinds.STRING, Response::challengeMetadata)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.get(1), v.get(2), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * A response without unknown fields.
     *
     * @param publicChallengeParameters parameters for the client, may be null
     * @param privateChallengeParameters parameters for verification, may be null
     * @param challengeMetadata metadata, may be null
     * @return the response
     */
    public static Response of(
        Map<String, String> publicChallengeParameters,
        Map<String, String> privateChallengeParameters,
        String challengeMetadata) {
      return new Response(
          publicChallengeParameters, privateChallengeParameters, challengeMetadata, Map.of());
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
