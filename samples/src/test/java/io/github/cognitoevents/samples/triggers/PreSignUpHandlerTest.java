package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.samples.SampleEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreSignUpHandlerTest {

  private final PreSignUpHandler handler = new PreSignUpHandler(Set.of("Example.com"));

  @Test
  void autoConfirmsAnAllowedDomainThroughTheStreamHandler() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(
            SampleEvents.json("pre-sign-up.json").getBytes(StandardCharsets.UTF_8)),
        out,
        null);
    PreSignUpEvent reply = TriggerEvents.parse(out.toByteArray(), PreSignUpEvent.class);
    assertThat(reply.response().autoConfirmUser()).isTrue();
    assertThat(reply.response().autoVerifyEmail()).isTrue();
    assertThat(reply.header().userName()).isEqualTo("jane.doe");
    assertThat(reply.request().validationData()).containsEntry("invitation", "SPRING26");
  }

  @Test
  void rejectsAnotherDomainNamingOnlyTheDomain() {
    PreSignUpEvent event =
        TriggerEvents.parse(SampleEvents.json("pre-sign-up-rejected.json"), PreSignUpEvent.class);
    assertThatThrownBy(() -> handler.onPreSignUp(event, null))
        .isInstanceOf(TriggerRejectedException.class)
        .hasMessage("email domain \"mailinator.test\" is not allowed")
        .hasMessageNotContaining("mallory");
  }

  @Test
  void checksTheDomainButSetsNoFlagForAdminCreatedUsers() {
    PreSignUpEvent event =
        TriggerEvents.parse(
            SampleEvents.json("admin-flow/1-pre-sign-up-admin-create-user.json"),
            PreSignUpEvent.class);
    PreSignUpEvent reply = handler.onPreSignUp(event, null);
    assertThat(reply.response().autoConfirmUser()).isNull();
    assertThat(reply.response().autoVerifyEmail()).isNull();
    assertThatThrownBy(() -> new PreSignUpHandler(Set.of("corp.test")).onPreSignUp(event, null))
        .isInstanceOf(TriggerRejectedException.class)
        .hasMessage("email domain \"example.com\" is not allowed");
  }

  @Test
  void rejectsASignUpWithoutEmail() {
    String json =
        SampleEvents.json("pre-sign-up.json").replace("\"email\": \"jane.doe@example.com\",", "");
    PreSignUpEvent event = TriggerEvents.parse(json, PreSignUpEvent.class);
    assertThatThrownBy(() -> handler.onPreSignUp(event, null))
        .isInstanceOf(TriggerRejectedException.class)
        .hasMessage("an email address is required to sign up");
  }
}
