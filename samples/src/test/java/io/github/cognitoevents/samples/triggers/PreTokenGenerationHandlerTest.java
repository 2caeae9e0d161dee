package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.samples.SampleEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PreTokenGenerationHandlerTest {

  private final PreTokenGenerationHandler handler = new PreTokenGenerationHandler();

  @Test
  void addsClaimsOfSeveralJsonTypesAndScopes() {
    PreTokenGenerationV2Event event =
        TriggerEvents.parse(
            SampleEvents.json("pre-token-generation-v2.json"), PreTokenGenerationV2Event.class);
    PreTokenGenerationV2Event reply = handler.onPreTokenGenerationV2(event, null);
    assertThat(reply.toJson().get("response").toString())
        .isEqualTo(
            "{\"claimsAndScopeOverrideDetails\":{"
                + "\"idTokenGeneration\":{\"claimsToAddOrOverride\":{\"tenant\":\"acme\","
                + "\"org\":{\"id\":\"acme\",\"region\":\"us-east-1\"}},\"claimsToSuppress\":[\"custom:plan\"]},"
                + "\"accessTokenGeneration\":{\"claimsToAddOrOverride\":{\"tenant\":\"acme\","
                + "\"roles\":[\"admins\",\"readers\"],\"tier_level\":3,\"is_admin\":true},"
                + "\"scopesToAdd\":[\"orders/read\",\"orders/write\"],"
                + "\"scopesToSuppress\":[\"aws.cognito.signin.user.admin\"]}}}");
  }

  @Test
  void givesNoOrderScopesToAUserWithoutGroups() {
    PreTokenGenerationV2Event event =
        TriggerEvents.parse(
            SampleEvents.json("admin-flow/5-token-generation-new-password-challenge.json"),
            PreTokenGenerationV2Event.class);
    String response =
        handler.onPreTokenGenerationV2(event, null).toJson().get("response").toString();
    assertThat(response)
        .contains("\"roles\":[]", "\"is_admin\":false", "\"tier_level\":1")
        .doesNotContain("orders/");
  }

  @Test
  void addsOnlyAClientKindClaimToMachineTokens() {
    String json =
        SampleEvents.json("pre-token-generation-v2.json")
            .replace("TokenGeneration_Authentication", "TokenGeneration_ClientCredentials")
            .replace("\"version\": \"2\"", "\"version\": \"3\"");
    PreTokenGenerationV2Event event = TriggerEvents.parse(json, PreTokenGenerationV2Event.class);
    assertThat(event.isClientCredentials()).isTrue();
    assertThat(handler.onPreTokenGenerationV2(event, null).toJson().get("response").toString())
        .isEqualTo(
            "{\"claimsAndScopeOverrideDetails\":{\"accessTokenGeneration\":{\"claimsToAddOrOverride\":{\"client_kind\":\"service\"}}}}");
  }

  @Test
  void answersAVersionOneEventWithTextClaimsInsteadOfEchoingIt() throws Exception {
    // The pool still on LambdaVersion V1_0 (and cognito-local, which sends only version 1): the
    // same event, version "1"; the handler answers with V1's text claims, never an empty echo.
    String v1 =
        SampleEvents.json("pre-token-generation-v2.json")
            .replaceFirst("\"version\"\\s*:\\s*\"2\"", "\"version\":\"1\"")
            .replaceFirst(",\\s*\"scopes\"\\s*:\\s*\\[[^\\]]*\\]", "")
            .replace("claimsAndScopeOverrideDetails", "claimsOverrideDetails");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(v1.getBytes(StandardCharsets.UTF_8)), out, null);
    PreTokenGenerationEvent reply =
        TriggerEvents.parse(out.toByteArray(), PreTokenGenerationEvent.class);
    assertThat(reply.response().claimsOverrideDetails().claimsToAddOrOverride())
        .containsExactly(java.util.Map.entry("tenant", "acme"));
    assertThat(reply.response().claimsOverrideDetails().claimsToSuppress())
        .containsExactly("custom:plan");
  }
}
