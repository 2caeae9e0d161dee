package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.samples.SampleEvents;
import org.junit.jupiter.api.Test;

class UserMigrationHandlerTest {

  private final UserMigrationHandler handler =
      new UserMigrationHandler(UserMigrationHandler.demoDirectory());

  @Test
  void migratesAConfirmedUserWithoutAWelcomeMessage() {
    UserMigrationEvent event =
        TriggerEvents.parse(SampleEvents.json("user-migration.json"), UserMigrationEvent.class);
    UserMigrationEvent.Response response = handler.onUserMigration(event, null).response();
    assertThat(response.userAttributes())
        .containsEntry("email", "legacy.bob@example.com")
        .containsEntry("email_verified", "true")
        .containsEntry("name", "Bob Legacy");
    assertThat(response.finalUserStatusType())
        .isEqualTo(UserMigrationEvent.FinalUserStatus.CONFIRMED);
    assertThat(response.messageActionType()).isEqualTo(UserMigrationEvent.MessageAction.SUPPRESS);
  }

  @Test
  void rejectsAWrongLegacyPassword() {
    String json =
        SampleEvents.json("user-migration.json").replace("correct horse battery staple", "guess");
    UserMigrationEvent event = TriggerEvents.parse(json, UserMigrationEvent.class);
    assertThatThrownBy(() -> handler.onUserMigration(event, null))
        .isInstanceOf(TriggerRejectedException.class)
        .hasMessage("Bad username or password");
  }

  @Test
  void migratesOnPasswordResetWithoutAPasswordIntoResetRequired() {
    String json =
        SampleEvents.json("user-migration.json")
            .replace("UserMigration_Authentication", "UserMigration_ForgotPassword")
            .replace("\"password\": \"correct horse battery staple\",", "");
    UserMigrationEvent event = TriggerEvents.parse(json, UserMigrationEvent.class);
    assertThat(handler.onUserMigration(event, null).response().finalUserStatusType())
        .isEqualTo(UserMigrationEvent.FinalUserStatus.RESET_REQUIRED);
  }
}
