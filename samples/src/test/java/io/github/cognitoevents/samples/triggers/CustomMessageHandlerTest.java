package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.samples.SampleEvents;
import org.junit.jupiter.api.Test;

class CustomMessageHandlerTest {

  private final CustomMessageHandler handler = new CustomMessageHandler("Example Corp");

  @Test
  void brandsTheSignUpCodeMessageKeepingThePlaceholder() {
    CustomMessageEvent event =
        TriggerEvents.parse(
            SampleEvents.json("custom-message-sign-up.json"), CustomMessageEvent.class);
    CustomMessageEvent.Response response = handler.onCustomMessage(event, null).response();
    assertThat(response.emailSubject()).isEqualTo("Welcome to Example Corp");
    assertThat(response.emailMessage())
        .isEqualTo("<p>Hi Jane Doe,</p><p>Your verification code is <b>{####}</b>.</p>");
    assertThat(response.smsMessage()).isEqualTo("Example Corp code: {####}");
  }

  @Test
  void invitesAnAdminCreatedUserWithUsernameAndTemporaryPasswordPlaceholders() {
    CustomMessageEvent event =
        TriggerEvents.parse(
            SampleEvents.json("admin-flow/2-custom-message-admin-create-user.json"),
            CustomMessageEvent.class);
    CustomMessageEvent.Response response = handler.onCustomMessage(event, null).response();
    assertThat(response.emailSubject()).isEqualTo("You are invited to Example Corp");
    assertThat(response.emailMessage())
        .contains("<b>{username}</b>", "<b>{####}</b>", "Hi Sam Lee");
    assertThat(response.smsMessage()).contains("{username}", "{####}");
  }

  @Test
  void leavesOtherMessageKindsToCognito() {
    String json =
        SampleEvents.json("custom-message-sign-up.json")
            .replace("CustomMessage_SignUp", "CustomMessage_UpdateUserAttribute");
    CustomMessageEvent event = TriggerEvents.parse(json, CustomMessageEvent.class);
    assertThat(handler.onCustomMessage(event, null)).isSameAs(event);
  }
}
