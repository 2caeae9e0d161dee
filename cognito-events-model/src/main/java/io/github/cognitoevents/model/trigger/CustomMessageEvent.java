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
 * The CustomMessage trigger ({@code CustomMessage_SignUp}, {@code _AdminCreateUser}, {@code
 * _ResendCode}, {@code _ForgotPassword}, {@code _UpdateUserAttribute}, {@code
 * _VerifyUserAttribute}, {@code _Authentication}): customises the email or SMS text. The message
 * must contain {@link Request#codeParameter()} (and, for AdminCreateUser, {@link
 * Request#usernameParameter()}).
 *
 * <p>A response member left {@code null} keeps the pool's template for that channel; Cognito sends
 * all three as JSON null, and they are written back as null unless set.
 *
 * <pre>{@code
 * String code = event.request().codeParameter();
 * event.withResponse(CustomMessageEvent.Response.email("Your code", "<p>Code: " + code + "</p>"));
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record CustomMessageEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public CustomMessageEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public CustomMessageEvent withResponse(Response response) {
    return new CustomMessageEvent(header, request, response);
  }

  static final Shape<CustomMessageEvent> SHAPE =
      Shape.of(
          CustomMessageEvent.class,
          Kinds.record(() -> Request.CODEC),
          CustomMessageEvent::request,
          Kinds.record(() -> Response.CODEC),
          CustomMessageEvent::response,
          CustomMessageEvent::new);

  static final RecordCodec<CustomMessageEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The CustomMessage request.
   *
   * @param userAttributes the attributes of the user
   * @param codeParameter the code placeholder to put in the message, e.g. {@code "{####}"}
   * @param linkParameter the link placeholder, e.g. {@code "{##Click Here##}"}; may be null
   * @param usernameParameter the user-name placeholder (AdminCreateUser only); may be null
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      String codeParameter,
      String linkParameter,
      String usernameParameter,
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
            .field("codeParameter", Kinds.STRING, Request::codeParameter)
            .field("linkParameter", Kinds.STRING, Request::linkParameter)
            .field("usernameParameter", Kinds.STRING, Request::usernameParameter)
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
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
   * The CustomMessage response.
   *
   * @param smsMessage the SMS text (at most 140 characters); null keeps the template
   * @param emailMessage the email body (HTML allowed, SES only); null keeps the template
   * @param emailSubject the email subject (SES only); null keeps the template
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      String smsMessage,
      String emailMessage,
      String emailSubject,
      Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Response {
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field("smsMessage", Kinds.STRING, Sensitivity.PERSONAL, Response::smsMessage)
            .field("emailMessage", Kinds.STRING, Sensitivity.PERSONAL, Response::emailMessage)
            .field("emailSubject", Kinds.STRING, Sensitivity.PERSONAL, Response::emailSubject)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.get(1), v.get(2), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * A response that replaces the email only.
     *
     * @param subject the subject
     * @param message the body
     * @return the response
     */
    public static Response email(String subject, String message) {
      return new Response(null, message, subject, Map.of());
    }

    /**
     * A response that replaces the SMS only.
     *
     * @param message the text
     * @return the response
     */
    public static Response sms(String message) {
      return new Response(message, null, null, Map.of());
    }

    /**
     * A copy with another SMS text.
     *
     * @param message the text, or null to keep the template
     * @return the copy
     */
    public Response withSmsMessage(String message) {
      return new Response(message, emailMessage, emailSubject, unknownFields);
    }

    /**
     * A copy with another email body.
     *
     * @param message the body, or null to keep the template
     * @return the copy
     */
    public Response withEmailMessage(String message) {
      return new Response(smsMessage, message, emailSubject, unknownFields);
    }

    /**
     * A copy with another email subject.
     *
     * @param subject the subject, or null to keep the template
     * @return the copy
     */
    public Response withEmailSubject(String subject) {
      return new Response(smsMessage, emailMessage, subject, unknownFields);
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
