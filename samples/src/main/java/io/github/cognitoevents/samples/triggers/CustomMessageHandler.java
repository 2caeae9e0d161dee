package io.github.cognitoevents.samples.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import java.util.Map;

/**
 * CustomMessage: branded email for sign-up codes, administrator invitations and password resets.
 * Every message keeps Cognito's placeholders ({@code codeParameter}, and for invitations {@code
 * usernameParameter}), which Cognito replaces after the function returns; a message without them
 * would be rejected. Other message kinds keep Cognito's default text.
 *
 * <pre>{@code
 * CustomMessageEvent reply = new CustomMessageHandler("Example Corp").onCustomMessage(event, null);
 * reply.response().emailSubject(); // "Welcome to Example Corp"
 * }</pre>
 */
public class CustomMessageHandler extends CognitoTriggerHandler {

  private final String brand;

  /** The Lambda entry point: the brand comes from {@code BRAND_NAME} (default "Example Corp"). */
  public CustomMessageHandler() {
    this(
        System.getenv("BRAND_NAME") == null || System.getenv("BRAND_NAME").isBlank()
            ? "Example Corp"
            : System.getenv("BRAND_NAME"));
  }

  /**
   * A handler for a brand.
   *
   * @param brand the product name used in subjects and greetings
   */
  public CustomMessageHandler(String brand) {
    this.brand = brand;
  }

  /**
   * Writes the message.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with the custom message, or unchanged for other message kinds
   */
  @Override
  public CustomMessageEvent onCustomMessage(CustomMessageEvent event, Context context) {
    CustomMessageEvent.Request request = event.request();
    if (request == null) {
      return event;
    }
    Map<String, String> attributes =
        request.userAttributes() == null ? Map.of() : request.userAttributes();
    String name = attributes.getOrDefault("name", "there");
    String code = request.codeParameter();
    switch (event.header().source()) {
      case CUSTOM_MESSAGE_SIGN_UP, CUSTOM_MESSAGE_RESEND_CODE:
        return event.withResponse(
            CustomMessageEvent.Response.email(
                    "Welcome to " + brand,
                    "<p>Hi " + name + ",</p><p>Your verification code is <b>" + code + "</b>.</p>")
                .withSmsMessage(brand + " code: " + code));
      case CUSTOM_MESSAGE_ADMIN_CREATE_USER:
        return event.withResponse(
            CustomMessageEvent.Response.email(
                    "You are invited to " + brand,
                    "<p>Hi "
                        + name
                        + ",</p><p>Sign in as <b>"
                        + request.usernameParameter()
                        + "</b> with the temporary password <b>"
                        + code
                        + "</b>; you will choose your own password.</p>")
                .withSmsMessage(
                    brand
                        + ": user "
                        + request.usernameParameter()
                        + ", temporary password "
                        + code));
      case CUSTOM_MESSAGE_FORGOT_PASSWORD:
        return event.withResponse(
            CustomMessageEvent.Response.email(
                brand + " password reset",
                "<p>Hi " + name + ",</p><p>Your password reset code is <b>" + code + "</b>.</p>"));
      default:
        return event;
    }
  }
}
