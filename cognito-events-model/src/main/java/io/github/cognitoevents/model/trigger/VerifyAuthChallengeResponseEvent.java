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
      new Shape<>(
          VerifyAuthChallengeResponseEvent.class,
          c -> c.object(Request::read),
          c -> c.object(Response::read),
          (header, request, response) ->
              new VerifyAuthChallengeResponseEvent(header, (Request) request, (Response) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, Response::toJson)
        .finish();
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
      userAttributes = Copies.map(userAttributes);
      privateChallengeParameters = Copies.map(privateChallengeParameters);
      clientMetadata = Copies.map(clientMetadata);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static Request read(JsonCursor c) {
      Map<String, String> userAttributes = null;
      Map<String, String> privateChallengeParameters = null;
      String challengeAnswer = null;
      Map<String, String> clientMetadata = null;
      Boolean userNotFound = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "privateChallengeParameters" -> privateChallengeParameters = c.stringMap();
          case "challengeAnswer" -> {
            // Go and Rust accept any JSON as the answer; keep objects and arrays as unknown fields.
            if (c.token().isStructStart()) {
              c.keep();
            } else {
              challengeAnswer = c.string();
            }
          }
          case "clientMetadata" -> clientMetadata = c.stringMap();
          case "userNotFound" -> userNotFound = c.bool();
          default -> c.keep();
        }
      }
      return new Request(
          userAttributes,
          privateChallengeParameters,
          challengeAnswer,
          clientMetadata,
          userNotFound,
          c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      JsonObjectWriter w =
          JsonObjectWriter.create(unknownFields)
              .stringMap("userAttributes", userAttributes)
              .stringMap("privateChallengeParameters", privateChallengeParameters);
      if (challengeAnswer != null || !isContainer(unknownFields.get("challengeAnswer"))) {
        w.string("challengeAnswer", challengeAnswer);
      }
      return w.stringMap("clientMetadata", clientMetadata)
          .bool("userNotFound", userNotFound)
          .finish();
    }

    private static boolean isContainer(JsonNode node) {
      return node != null && node.isContainerNode();
    }

    /** Never prints the answer or the private parameters' values. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .keysOnly("privateChallengeParameters", privateChallengeParameters)
          .secret("challengeAnswer", challengeAnswer)
          .keysOnly("clientMetadata", clientMetadata)
          .field("userNotFound", userNotFound)
          .unknown(unknownFields)
          .toString();
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
      unknownFields = Copies.mapOrEmpty(unknownFields);
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

    static Response read(JsonCursor c) {
      Boolean answerCorrect = null;
      while (c.next()) {
        switch (c.name()) {
          case "answerCorrect" -> answerCorrect = c.bool();
          default -> c.keep();
        }
      }
      return new Response(answerCorrect, c.rest());
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields).bool("answerCorrect", answerCorrect).finish();
    }
  }
}
