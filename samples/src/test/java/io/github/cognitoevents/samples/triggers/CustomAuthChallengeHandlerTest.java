package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.trigger.ChallengeName;
import io.github.cognitoevents.model.trigger.ChallengeResult;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import io.github.cognitoevents.samples.SampleEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomAuthChallengeHandlerTest {

  private final CustomAuthChallengeHandler handler = new CustomAuthChallengeHandler(() -> "482913");

  private static DefineAuthChallengeEvent define(String file) {
    return TriggerEvents.parse(SampleEvents.json(file), DefineAuthChallengeEvent.class);
  }

  @Test
  void runsTheWholeCodeSignIn() {
    DefineAuthChallengeEvent start =
        handler.onDefineAuthChallenge(define("define-auth-challenge-start.json"), null);
    assertThat(start.response().challenge()).isEqualTo(ChallengeName.CUSTOM_CHALLENGE);
    assertThat(start.response().issueTokens()).isFalse();

    CreateAuthChallengeEvent created =
        handler.onCreateAuthChallenge(
            TriggerEvents.parse(
                SampleEvents.json("create-auth-challenge.json"), CreateAuthChallengeEvent.class),
            null);
    assertThat(created.response().privateChallengeParameters()).containsEntry("answer", "482913");
    assertThat(created.response().publicChallengeParameters()).doesNotContainValue("482913");
    assertThat(created.response().challengeMetadata()).isEqualTo("EMAIL_CODE");

    VerifyAuthChallengeResponseEvent verified =
        handler.onVerifyAuthChallengeResponse(
            TriggerEvents.parse(
                SampleEvents.json("verify-auth-challenge-response.json"),
                VerifyAuthChallengeResponseEvent.class),
            null);
    assertThat(verified.response().answerCorrect()).isTrue();

    DefineAuthChallengeEvent done =
        handler.onDefineAuthChallenge(define("define-auth-challenge-answered.json"), null);
    assertThat(done.response().issueTokens()).isTrue();
    assertThat(done.response().failAuthentication()).isFalse();
  }

  @Test
  void rejectsAWrongAnswer() {
    String json =
        SampleEvents.json("verify-auth-challenge-response.json")
            .replace("\"challengeAnswer\": \"482913\"", "\"challengeAnswer\": \"000000\"");
    VerifyAuthChallengeResponseEvent event =
        TriggerEvents.parse(json, VerifyAuthChallengeResponseEvent.class);
    assertThat(handler.onVerifyAuthChallengeResponse(event, null).response().answerCorrect())
        .isFalse();
  }

  @Test
  void failsAfterThreeWrongAnswersAndForUnknownUsers() {
    DefineAuthChallengeEvent start = define("define-auth-challenge-start.json");
    ChallengeResult wrong = ChallengeResult.of("CUSTOM_CHALLENGE", false);
    DefineAuthChallengeEvent twoWrong =
        new DefineAuthChallengeEvent(
            start.header(),
            new DefineAuthChallengeEvent.Request(
                start.request().userAttributes(), List.of(wrong, wrong), null, false, Map.of()),
            null);
    assertThat(handler.onDefineAuthChallenge(twoWrong, null).response().challenge())
        .isEqualTo(ChallengeName.CUSTOM_CHALLENGE);
    DefineAuthChallengeEvent threeWrong =
        new DefineAuthChallengeEvent(
            start.header(),
            new DefineAuthChallengeEvent.Request(
                start.request().userAttributes(),
                List.of(wrong, wrong, wrong),
                null,
                false,
                Map.of()),
            null);
    assertThat(handler.onDefineAuthChallenge(threeWrong, null).response().failAuthentication())
        .isTrue();
    DefineAuthChallengeEvent unknown =
        new DefineAuthChallengeEvent(
            start.header(),
            new DefineAuthChallengeEvent.Request(Map.of(), List.of(), null, true, Map.of()),
            null);
    assertThat(handler.onDefineAuthChallenge(unknown, null).response().failAuthentication())
        .isTrue();
  }
}
