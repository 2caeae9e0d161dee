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
 * The DefineAuthChallenge trigger ({@code DefineAuthChallenge_Authentication}): decides the next
 * step of a custom authentication flow from the {@code session} so far.
 *
 * <pre>{@code
 * if (event.request().session().isEmpty()) {
 *   return event.withResponse(DefineAuthChallengeEvent.Response.nextChallenge("CUSTOM_CHALLENGE"));
 * }
 * return event.withResponse(DefineAuthChallengeEvent.Response.succeed());
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent (Cognito sends all members as null)
 */
public record DefineAuthChallengeEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public DefineAuthChallengeEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public DefineAuthChallengeEvent withResponse(Response response) {
    return new DefineAuthChallengeEvent(header, request, response);
  }

  static final Shape<DefineAuthChallengeEvent> SHAPE =
      Shape.of(
          DefineAuthChallengeEvent.class,
          Kinds.record(() -> Request.CODEC),
          DefineAuthChallengeEvent::request,
          Kinds.record(() -> Response.CODEC),
          DefineAuthChallengeEvent::response,
          DefineAuthChallengeEvent::new);

  static final RecordCodec<DefineAuthChallengeEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The DefineAuthChallenge request.
   *
   * @param userAttributes the attributes of the user
   * @param session the challenges presented so far (may be empty)
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param userNotFound true when the user does not exist (user existence errors prevented); may be
   *     null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
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
            .field(
                "session", Kinds.list(Kinds.record(() -> ChallengeResult.CODEC)), Request::session)
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .field("userNotFound", Kinds.BOOLEAN, Request::userNotFound)
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

  /**
   * The DefineAuthChallenge response. Members are boxed: Cognito sends them as JSON null.
   *
   * @param challengeName the next challenge, e.g. {@code CUSTOM_CHALLENGE}; may be null
   * @param issueTokens whether to issue tokens now; may be null
   * @param failAuthentication whether to end the flow with a failure; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      String challengeName,
      Boolean issueTokens,
      Boolean failAuthentication,
      Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Response {
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field("challengeName", Kinds.STRING, Response::challengeName)
            .field("issueTokens", Kinds.BOOLEAN, Response::issueTokens)
            .field("failAuthentication", Kinds.BOOLEAN, Response::failAuthentication)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.get(1), v.get(2), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * Present another challenge: {@code issueTokens=false, failAuthentication=false}.
     *
     * @param challengeName the challenge, e.g. {@code "CUSTOM_CHALLENGE"}
     * @return the response
     */
    public static Response nextChallenge(String challengeName) {
      return new Response(challengeName, false, false, Map.of());
    }

    /**
     * Present another challenge.
     *
     * @param challengeName the challenge
     * @return the response
     */
    public static Response nextChallenge(ChallengeName challengeName) {
      return nextChallenge(challengeName.name());
    }

    /**
     * Succeed: {@code issueTokens=true, failAuthentication=false}.
     *
     * @return the response
     */
    public static Response succeed() {
      return new Response(null, true, false, Map.of());
    }

    /**
     * Fail: {@code issueTokens=false, failAuthentication=true}.
     *
     * @return the response
     */
    public static Response fail() {
      return new Response(null, false, true, Map.of());
    }

    /**
     * The typed challenge name.
     *
     * @return the constant, {@link ChallengeName#UNKNOWN} when undocumented or null
     */
    public ChallengeName challenge() {
      return ChallengeName.of(challengeName);
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
