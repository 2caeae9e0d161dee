package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.Redaction;
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
      new Shape<>(
          DefineAuthChallengeEvent.class,
          c -> c.object(Request::read),
          c -> c.object(Response::read),
          (header, request, response) ->
              new DefineAuthChallengeEvent(header, (Request) request, (Response) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, Response::toJson)
        .finish();
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
      userAttributes = Copies.map(userAttributes);
      session = Copies.list(session);
      clientMetadata = Copies.map(clientMetadata);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static Request read(JsonCursor c) {
      Map<String, String> userAttributes = null;
      List<ChallengeResult> session = null;
      Map<String, String> clientMetadata = null;
      Boolean userNotFound = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "session" -> session = c.objectList(ChallengeResult::read);
          case "clientMetadata" -> clientMetadata = c.stringMap();
          case "userNotFound" -> userNotFound = c.bool();
          default -> c.keep();
        }
      }
      return new Request(userAttributes, session, clientMetadata, userNotFound, c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributes", userAttributes)
          .objectList("session", session, ChallengeResult::toJson)
          .stringMap("clientMetadata", clientMetadata)
          .bool("userNotFound", userNotFound)
          .finish();
    }

    /** Prints client metadata by key only. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .field("session", session)
          .keysOnly("clientMetadata", clientMetadata)
          .field("userNotFound", userNotFound)
          .unknown(unknownFields)
          .toString();
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
      unknownFields = Copies.mapOrEmpty(unknownFields);
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

    static Response read(JsonCursor c) {
      String challengeName = null;
      Boolean issueTokens = null;
      Boolean failAuthentication = null;
      while (c.next()) {
        switch (c.name()) {
          case "challengeName" -> challengeName = c.string();
          case "issueTokens" -> issueTokens = c.bool();
          case "failAuthentication" -> failAuthentication = c.bool();
          default -> c.keep();
        }
      }
      return new Response(challengeName, issueTokens, failAuthentication, c.rest());
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .string("challengeName", challengeName)
          .bool("issueTokens", issueTokens)
          .bool("failAuthentication", failAuthentication)
          .finish();
    }
  }
}
