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
      new Shape<>(
          CreateAuthChallengeEvent.class,
          c -> c.object(Request::read),
          c -> c.object(Response::read),
          (header, request, response) ->
              new CreateAuthChallengeEvent(header, (Request) request, (Response) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, Response::toJson)
        .finish();
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
      userAttributes = Copies.map(userAttributes);
      session = Copies.list(session);
      clientMetadata = Copies.map(clientMetadata);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static Request read(JsonCursor c) {
      Map<String, String> userAttributes = null;
      String challengeName = null;
      List<ChallengeResult> session = null;
      Map<String, String> clientMetadata = null;
      Boolean userNotFound = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "challengeName" -> challengeName = c.string();
          case "session" -> session = c.objectList(ChallengeResult::read);
          case "clientMetadata" -> clientMetadata = c.stringMap();
          case "userNotFound" -> userNotFound = c.bool();
          default -> c.keep();
        }
      }
      return new Request(
          userAttributes, challengeName, session, clientMetadata, userNotFound, c.rest());
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
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributes", userAttributes)
          .string("challengeName", challengeName)
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
          .field("challengeName", challengeName)
          .field("session", session)
          .keysOnly("clientMetadata", clientMetadata)
          .field("userNotFound", userNotFound)
          .unknown(unknownFields)
          .toString();
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
      publicChallengeParameters = Copies.map(publicChallengeParameters);
      privateChallengeParameters = Copies.map(privateChallengeParameters);
      unknownFields = Copies.mapOrEmpty(unknownFields);
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

    static Response read(JsonCursor c) {
      Map<String, String> publicChallengeParameters = null;
      Map<String, String> privateChallengeParameters = null;
      String challengeMetadata = null;
      while (c.next()) {
        switch (c.name()) {
          case "publicChallengeParameters" -> publicChallengeParameters = c.stringMap();
          case "privateChallengeParameters" -> privateChallengeParameters = c.stringMap();
          case "challengeMetadata" -> challengeMetadata = c.string();
          default -> c.keep();
        }
      }
      return new Response(
          publicChallengeParameters, privateChallengeParameters, challengeMetadata, c.rest());
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("publicChallengeParameters", publicChallengeParameters)
          .stringMap("privateChallengeParameters", privateChallengeParameters)
          .string("challengeMetadata", challengeMetadata)
          .finish();
    }

    /** Prints private challenge parameters by key only. */
    @Override
    public String toString() {
      return Redaction.of("Response")
          .field("publicChallengeParameters", publicChallengeParameters)
          .keysOnly("privateChallengeParameters", privateChallengeParameters)
          .field("challengeMetadata", challengeMetadata)
          .unknown(unknownFields)
          .toString();
    }
  }
}
