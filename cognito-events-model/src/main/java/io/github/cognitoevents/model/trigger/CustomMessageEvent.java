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
      new Shape<>(
          CustomMessageEvent.class,
          c -> c.object(Request::read),
          c -> c.object(Response::read),
          (header, request, response) ->
              new CustomMessageEvent(header, (Request) request, (Response) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, Response::toJson)
        .finish();
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
      userAttributes = Copies.map(userAttributes);
      clientMetadata = Copies.map(clientMetadata);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static Request read(JsonCursor c) {
      Map<String, String> userAttributes = null;
      String codeParameter = null;
      String linkParameter = null;
      String usernameParameter = null;
      Map<String, String> clientMetadata = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributes" -> userAttributes = c.stringMap();
          case "codeParameter" -> codeParameter = c.string();
          case "linkParameter" -> linkParameter = c.string();
          case "usernameParameter" -> usernameParameter = c.string();
          case "clientMetadata" -> clientMetadata = c.stringMap();
          default -> c.keep();
        }
      }
      return new Request(
          userAttributes,
          codeParameter,
          linkParameter,
          usernameParameter,
          clientMetadata,
          c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributes", userAttributes)
          .string("codeParameter", codeParameter)
          .string("linkParameter", linkParameter)
          .string("usernameParameter", usernameParameter)
          .stringMap("clientMetadata", clientMetadata)
          .finish();
    }

    /** Prints client metadata by key only. */
    @Override
    public String toString() {
      return Redaction.of("Request")
          .field("userAttributes", userAttributes)
          .field("codeParameter", codeParameter)
          .field("linkParameter", linkParameter)
          .field("usernameParameter", usernameParameter)
          .keysOnly("clientMetadata", clientMetadata)
          .unknown(unknownFields)
          .toString();
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
      unknownFields = Copies.mapOrEmpty(unknownFields);
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

    static Response read(JsonCursor c) {
      String smsMessage = null;
      String emailMessage = null;
      String emailSubject = null;
      while (c.next()) {
        switch (c.name()) {
          case "smsMessage" -> smsMessage = c.string();
          case "emailMessage" -> emailMessage = c.string();
          case "emailSubject" -> emailSubject = c.string();
          default -> c.keep();
        }
      }
      return new Response(smsMessage, emailMessage, emailSubject, c.rest());
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .string("smsMessage", smsMessage)
          .string("emailMessage", emailMessage)
          .string("emailSubject", emailSubject)
          .finish();
    }
  }
}
