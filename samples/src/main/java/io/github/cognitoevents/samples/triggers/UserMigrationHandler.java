package io.github.cognitoevents.samples.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.TriggerSource;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * UserMigration: moves users from a legacy directory into the pool the first time they sign in
 * ({@code UserMigration_Authentication}, the legacy password is checked) or ask for a password
 * reset ({@code UserMigration_ForgotPassword}, no password to check). Migrated users are confirmed
 * without a welcome message; a reset leaves them in {@code RESET_REQUIRED}.
 *
 * <pre>{@code
 * UserMigrationHandler handler = new UserMigrationHandler(
 *     (user, password) -> legacyDirectory.find(user, password));
 * }</pre>
 */
public class UserMigrationHandler extends CognitoTriggerHandler {

  /** The legacy user directory. */
  @FunctionalInterface
  public interface LegacyDirectory {
    /**
     * Looks a user up.
     *
     * @param userName the name the user typed
     * @param password the password to check, or {@code null} for a password reset (no check)
     * @return the user's attributes, or empty if unknown or the password is wrong
     */
    Optional<Map<String, String>> find(String userName, String password);
  }

  private final LegacyDirectory directory;

  /** The Lambda entry point, over a built-in demo directory with one user. */
  public UserMigrationHandler() {
    this(demoDirectory());
  }

  /**
   * A handler over a directory.
   *
   * @param directory the legacy directory
   */
  public UserMigrationHandler(LegacyDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * The demo directory: {@code legacy.bob@example.com} with password {@code correct horse battery
   * staple}.
   *
   * @return the directory
   */
  public static LegacyDirectory demoDirectory() {
    return (userName, password) -> {
      if (!"legacy.bob@example.com".equals(userName)) {
        return Optional.empty();
      }
      if (password != null && !"correct horse battery staple".equals(password)) {
        return Optional.empty();
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("email", userName);
      attributes.put("name", "Bob Legacy");
      return Optional.of(attributes);
    };
  }

  /**
   * Migrates the user.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with the migrated user's attributes
   * @throws TriggerRejectedException if the legacy directory does not know the user or the password
   *     is wrong (Cognito then answers "user not found" / "incorrect password")
   */
  @Override
  public UserMigrationEvent onUserMigration(UserMigrationEvent event, Context context) {
    boolean reset = event.header().source() == TriggerSource.USER_MIGRATION_FORGOT_PASSWORD;
    String password = reset || event.request() == null ? null : event.request().password();
    if (!reset && password == null) {
      throw new TriggerRejectedException("a password is required to migrate a user");
    }
    Map<String, String> attributes =
        directory
            .find(event.header().userName(), password)
            .orElseThrow(() -> new TriggerRejectedException("Bad username or password"));
    UserMigrationEvent.Response.Builder response = UserMigrationEvent.Response.builder();
    attributes.forEach(response::userAttribute);
    response.userAttribute("email_verified", "true");
    response.finalUserStatus(
        reset
            ? UserMigrationEvent.FinalUserStatus.RESET_REQUIRED
            : UserMigrationEvent.FinalUserStatus.CONFIRMED);
    response.messageAction(UserMigrationEvent.MessageAction.SUPPRESS);
    return event.withResponse(response.build());
  }
}
