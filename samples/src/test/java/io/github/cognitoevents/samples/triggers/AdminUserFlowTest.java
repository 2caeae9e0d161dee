package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.samples.Demo;
import io.github.cognitoevents.samples.SampleEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating a user and answering NEW_PASSWORD_REQUIRED, as the trigger events it causes. */
class AdminUserFlowTest {

  @Test
  void eachSampleEventIsTheStepsTriggerSourceInOrder() {
    List<String> sources = new ArrayList<>();
    for (AdminUserFlow.Step step : AdminUserFlow.STEPS) {
      TriggerEvent event = TriggerEvents.parse(SampleEvents.json(step.eventFile()));
      assertThat(event.header().source()).as(step.eventFile()).isEqualTo(step.triggerSource());
      assertThat(event.header().userName()).isEqualTo("sam.lee");
      sources.add(event.triggerSource());
    }
    assertThat(sources)
        .containsExactly(
            "PreSignUp_AdminCreateUser",
            "CustomMessage_AdminCreateUser",
            "PreAuthentication_Authentication",
            "PostAuthentication_Authentication",
            "TokenGeneration_NewPasswordChallenge");
  }

  @Test
  void everyStepIsHandledBySampleHandlers() {
    Map<TriggerSlot, CognitoTriggerHandler> handlers = Demo.triggerHandlers();
    List<TriggerEvent> replies = new ArrayList<>();
    for (AdminUserFlow.Step step : AdminUserFlow.STEPS) {
      TriggerEvent event = TriggerEvents.parse(SampleEvents.json(step.eventFile()));
      CognitoTriggerHandler handler = handlers.get(event.header().source().slot());
      assertThat(handler).as("handler for %s", step.triggerSource()).isNotNull();
      replies.add(handler.handle(event, null));
    }
    assertThat(((PreSignUpEvent) replies.get(0)).response().autoConfirmUser()).isNull();
    assertThat(((CustomMessageEvent) replies.get(1)).response().emailMessage()).contains("{####}");
    assertThat(replies.get(2)).isInstanceOf(PreAuthenticationEvent.class);
    assertThat(((PreTokenGenerationV2Event) replies.get(4)).toJson().toString())
        .contains("\"tenant\":\"acme\"");
  }

  @Test
  void recordsTheSignInAndBlocksASuspendedUser() {
    List<String> audit = new ArrayList<>();
    SignInAuditHandler handler = new SignInAuditHandler(audit::add);
    handler.handle(
        TriggerEvents.parse(SampleEvents.json("admin-flow/4-post-authentication.json")), null);
    assertThat(audit)
        .containsExactly(
            "sign-in us-east-1_EXAMPLE sub=7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b client=1example23456789");
    String suspended =
        SampleEvents.json("admin-flow/3-pre-authentication.json")
            .replace(
                "\"name\": \"Sam Lee\",",
                "\"name\": \"Sam Lee\", \"custom:status\": \"suspended\",");
    assertThatThrownBy(() -> handler.handle(TriggerEvents.parse(suspended), null))
        .isInstanceOf(TriggerRejectedException.class)
        .hasMessage("this account is suspended");
  }
}
