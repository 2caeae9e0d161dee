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
      Shape.of(
          PreSignUpEvent.class,
          Kinds.record(() -> Request.CODEC),
          PreSignUpEvent::request,
          Kinds.record(() -> Response.CODEC),
          PreSignUpEvent::response,
          PreSignUpEvent::new);

  static final RecordCodec<PreSignUpEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field("autoConfirmUser", Kinds.BOOLEAN, Response::autoConfirmUser)
            .field("autoVerifyEmail", Kinds.BOOLEAN, Response::autoVerifyEmail)
            .field("autoVerifyPhone", Kinds.BOOLEAN, Response::autoVerifyPhone)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.get(1), v.get(2), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
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
