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
 * The PreSignUp trigger ({@code PreSignUp_SignUp}, {@code PreSignUp_AdminCreateUser}, {@code
 * PreSignUp_ExternalProvider}): accept or reject a sign-up, optionally auto-confirming the user.
 *
 * <pre>{@code
 * PreSignUpEvent reply = event.withResponse(
 *     PreSignUpEvent.Response.empty().withAutoConfirmUser(true).withAutoVerifyEmail(true));
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent (Cognito sends all flags {@code false})
 */
public record PreSignUpEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public PreSignUpEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response to return to Cognito
   * @return the copy
   */
  public PreSignUpEvent withResponse(Response response) {
    return new PreSignUpEvent(header, request, response);
  }

  static final Shape<PreSignUpEvent> SHAPE =
      new Shape<>(
          PreSignUpEvent.class,
          c -> c.object(Request::read),
          c -> c.object(Response::read),
          (header, request, response) ->
              new PreSignUpEvent(header, (Request) request, (Response) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, Response::toJson)
        .finish();
  }

  /**
   * The PreSignUp request.
   *
   * @param userAttributes the attributes of the user signing up
   * @param validationData the {@code ValidationData} of the sign-up call; may be null
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      Map<String, String> validationData,
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
      Map<String, String> clientMetadata = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "validationData" -> validationData = c.stringMap();
          case "clientMetadata" -> clientMetadata = c.stringMap();
          default -> c.keep();
        }
      }
      return new Request(userAttributes, validationData, clientMetadata, c.rest());
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
          .stringMap("clientMetadata", clientMetadata)
          .finish();
    }

    /** Prints validation data and client metadata by key only. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .keysOnly("validationData", validationData)
          .keysOnly("clientMetadata", clientMetadata)
          .unknown(unknownFields)
          .toString();
    }
  }

  /**
   * The PreSignUp response. All flags are ignored for {@code PreSignUp_AdminCreateUser}.
   *
   * @param autoConfirmUser confirm the user without a code; may be null
   * @param autoVerifyEmail mark the email verified (needs an {@code email} attribute); may be null
   * @param autoVerifyPhone mark the phone verified (needs a {@code phone_number}); may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      Boolean autoConfirmUser,
      Boolean autoVerifyEmail,
      Boolean autoVerifyPhone,
      Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Response {
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    /**
     * A response with no flag set (writes {@code {}}).
     *
     * @return the response
     */
    public static Response empty() {
      return new Response(null, null, null, Map.of());
    }

    /**
     * A copy with {@code autoConfirmUser} set.
     *
     * @param value the flag, or null to leave it out
     * @return the copy
     */
    public Response withAutoConfirmUser(Boolean value) {
      return new Response(value, autoVerifyEmail, autoVerifyPhone, unknownFields);
    }

    /**
     * A copy with {@code autoVerifyEmail} set.
     *
     * @param value the flag, or null to leave it out
     * @return the copy
     */
    public Response withAutoVerifyEmail(Boolean value) {
      return new Response(autoConfirmUser, value, autoVerifyPhone, unknownFields);
    }

    /**
     * A copy with {@code autoVerifyPhone} set.
     *
     * @param value the flag, or null to leave it out
     * @return the copy
     */
    public Response withAutoVerifyPhone(Boolean value) {
      return new Response(autoConfirmUser, autoVerifyEmail, value, unknownFields);
    }

    static Response read(JsonCursor c) {
      Boolean autoConfirmUser = null;
      Boolean autoVerifyEmail = null;
      Boolean autoVerifyPhone = null;
      while (c.next()) {
        switch (c.name()) {
          case "autoConfirmUser" -> autoConfirmUser = c.bool();
          case "autoVerifyEmail" -> autoVerifyEmail = c.bool();
          case "autoVerifyPhone" -> autoVerifyPhone = c.bool();
          default -> c.keep();
        }
      }
      return new Response(autoConfirmUser, autoVerifyEmail, autoVerifyPhone, c.rest());
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .bool("autoConfirmUser", autoConfirmUser)
          .bool("autoVerifyEmail", autoVerifyEmail)
          .bool("autoVerifyPhone", autoVerifyPhone)
          .finish();
    }
  }
}
