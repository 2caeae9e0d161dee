package io.github.cognitoevents.samples.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PreSignUp: only email addresses of allowed domains may sign up; their users are confirmed and
 * their email marked verified at once (self sign-up and federated first sign-in). For {@code
 * PreSignUp_AdminCreateUser} the domain is still checked, but no flag is set (Cognito ignores them
 * there: an administrator-created user confirms by changing the temporary password).
 *
 * <p>Handler string: {@code io.github.cognitoevents.samples.triggers.PreSignUpHandler}; the allowed
 * domains come from the environment variable {@code ALLOWED_DOMAINS} (comma-separated, default
 * {@code example.com}).
 *
 * <pre>{@code
 * PreSignUpEvent reply = new PreSignUpHandler(Set.of("example.com")).onPreSignUp(event, null);
 * reply.response().autoConfirmUser(); // true
 * }</pre>
 */
public class PreSignUpHandler extends CognitoTriggerHandler {

  private final Set<String> allowedDomains;

  /** The Lambda entry point: domains from {@code ALLOWED_DOMAINS}. */
  public PreSignUpHandler() {
    this(domains(System.getenv("ALLOWED_DOMAINS")));
  }

  /**
   * A handler for the given domains.
   *
   * @param allowedDomains the allowed email domains, compared without regard to case
   */
  public PreSignUpHandler(Set<String> allowedDomains) {
    this.allowedDomains =
        allowedDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  private static Set<String> domains(String env) {
    String value = env == null || env.isBlank() ? "example.com" : env;
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  /**
   * Accepts or rejects the sign-up.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with the auto-confirm response
   * @throws TriggerRejectedException if the email is missing or of another domain
   */
  @Override
  public PreSignUpEvent onPreSignUp(PreSignUpEvent event, Context context) {
    Map<String, String> attributes =
        event.request() == null ? Map.of() : event.request().userAttributes();
    String email = attributes.get("email");
    if (email == null || email.indexOf('@') < 0) {
      throw new TriggerRejectedException("an email address is required to sign up");
    }
    String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    if (!allowedDomains.contains(domain)) {
      throw new TriggerRejectedException("email domain \"" + domain + "\" is not allowed");
    }
    if (event.header().source() == TriggerSource.PRE_SIGN_UP_ADMIN_CREATE_USER) {
      return event.withResponse(PreSignUpEvent.Response.empty());
    }
    return event.withResponse(
        PreSignUpEvent.Response.empty().withAutoConfirmUser(true).withAutoVerifyEmail(true));
  }
}
