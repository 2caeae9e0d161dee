package io.github.cognitoevents.samples.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * PreAuthentication and PostAuthentication: blocks suspended users ({@code custom:status =
 * suspended}) before their password is checked, and records every successful sign-in.
 *
 * <pre>{@code
 * List<String> audit = new ArrayList<>();
 * new SignInAuditHandler(audit::add).handle(TriggerEvents.parse(json), null);
 * }</pre>
 */
public class SignInAuditHandler extends CognitoTriggerHandler {

  private final Consumer<String> audit;

  /** The Lambda entry point: sign-ins are written to the function's log. */
  public SignInAuditHandler() {
    this(System.out::println);
  }

  /**
   * A handler writing audit lines to a sink.
   *
   * @param audit receives one line per successful sign-in
   */
  public SignInAuditHandler(Consumer<String> audit) {
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * Rejects suspended users.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event unchanged
   * @throws TriggerRejectedException if the user is suspended
   */
  @Override
  public PreAuthenticationEvent onPreAuthentication(PreAuthenticationEvent event, Context context) {
    Map<String, String> attributes =
        event.request() == null || event.request().userAttributes() == null
            ? Map.of()
            : event.request().userAttributes();
    if ("suspended".equals(attributes.get("custom:status"))) {
      throw new TriggerRejectedException("this account is suspended");
    }
    return event;
  }

  /**
   * Records the sign-in.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event unchanged
   */
  @Override
  public PostAuthenticationEvent onPostAuthentication(
      PostAuthenticationEvent event, Context context) {
    Map<String, String> attributes =
        event.request() == null || event.request().userAttributes() == null
            ? Map.of()
            : event.request().userAttributes();
    audit.accept(
        "sign-in "
            + event.header().userPoolId()
            + " sub="
            + attributes.getOrDefault("sub", "?")
            + " client="
            + (event.header().callerContext() == null
                ? "?"
                : event.header().callerContext().clientId()));
    return event;
  }
}
