package io.github.cognitoevents.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CognitoTriggerHandlerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HEADER =
      "\"version\":\"1\",\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_AbCdEf123\","
          + "\"userName\":\"jane\",\"callerContext\":{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\","
          + "\"clientId\":\"1example23456789\"},";

  /** Records the calls and answers PreSignUp and PreTokenGeneration V2. */
  static final class RecordingHandler extends CognitoTriggerHandler {
    final List<String> calls = new ArrayList<>();

    @Override
    protected PreSignUpEvent onPreSignUp(PreSignUpEvent event, Context context) {
      calls.add("onPreSignUp");
      boolean internal = event.request().userAttributes().get("email").endsWith("@example.com");
      return event.withResponse(
          PreSignUpEvent.Response.empty()
              .withAutoConfirmUser(internal)
              .withAutoVerifyEmail(internal));
    }

    @Override
    protected PreTokenGenerationV2Event onPreTokenGenerationV2(
        PreTokenGenerationV2Event event, Context context) {
      calls.add("onPreTokenGenerationV2");
      return event.withResponse(
          PreTokenGenerationV2Event.Response.builder().accessTokenClaim("tier", 2).build());
    }

    @Override
    protected DefineAuthChallengeEvent onDefineAuthChallenge(
        DefineAuthChallengeEvent event, Context context) {
      calls.add("onDefineAuthChallenge");
      return null; // a null reply returns the event unchanged
    }
  }

  private static JsonNode run(CognitoTriggerHandler handler, String json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out, null);
    return MAPPER.readTree(out.toByteArray());
  }

  @Test
  void dispatchesPreSignUpToItsTypedMethodAndWritesTheEventWithTheResponse() throws IOException {
    RecordingHandler handler = new RecordingHandler();
    String in =
        "{"
            + HEADER
            + "\"triggerSource\":\"PreSignUp_SignUp\",\"request\":{\"userAttributes\":"
            + "{\"email\":\"jane@example.com\"},\"validationData\":null,\"futureField\":7},"
            + "\"response\":{\"autoConfirmUser\":false,\"autoVerifyEmail\":false,\"autoVerifyPhone\":false}}";
    JsonNode out = run(handler, in);
    assertThat(handler.calls).containsExactly("onPreSignUp");
    JsonNode expected = MAPPER.readTree(in);
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected)
        .set("response", MAPPER.readTree("{\"autoConfirmUser\":true,\"autoVerifyEmail\":true}"));
    assertThat(out).isEqualTo(expected);
  }

  @Test
  void dispatchesVersionTwoTokenEventsToTheV2Method() throws IOException {
    RecordingHandler handler = new RecordingHandler();
    JsonNode out =
        run(
            handler,
            "{"
                + HEADER.replace("\"version\":\"1\"", "\"version\":\"2\"")
                + "\"triggerSource\":\"TokenGeneration_Authentication\",\"request\":{\"userAttributes\":{},"
                + "\"groupConfiguration\":{\"groupsToOverride\":[],\"iamRolesToOverride\":[]},\"scopes\":[]},"
                + "\"response\":{\"claimsAndScopeOverrideDetails\":null}}");
    assertThat(handler.calls).containsExactly("onPreTokenGenerationV2");
    assertThat(
            out.at(
                    "/response/claimsAndScopeOverrideDetails/accessTokenGeneration/claimsToAddOrOverride/tier")
                .intValue())
        .isEqualTo(2);
  }

  @Test
  void returnsTheEventUnchangedWhenATypedMethodAnswersNull() throws IOException {
    RecordingHandler handler = new RecordingHandler();
    String define =
        "{"
            + HEADER
            + "\"triggerSource\":\"DefineAuthChallenge_Authentication\",\"request\":{\"userAttributes\":{},"
            + "\"session\":[]},\"response\":{\"challengeName\":null,\"issueTokens\":null,\"failAuthentication\":null}}";
    assertThat(run(handler, define)).isEqualTo(MAPPER.readTree(define));
    assertThat(handler.calls).containsExactly("onDefineAuthChallenge");
  }

  /** The silent echo of issue 12: a version 1 token event sent to a handler answering only V2. */
  @Test
  void failsLoudlyOnAVersionOneTokenEventSentToAHandlerAnsweringOnlyVersionTwo() throws Exception {
    RecordingHandler handler = new RecordingHandler();
    byte[] v1 =
        Files.readAllBytes(
            SharedData.triggerFixtures().resolve("pre-token-generation-v1.java-events.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> handler.handleRequest(new ByteArrayInputStream(v1), out, null))
        .isInstanceOfSatisfying(
            UnhandledTriggerException.class,
            e -> {
              assertThat(e.triggerSource()).isEqualTo("TokenGeneration_HostedAuth");
              assertThat(e.method())
                  .isEqualTo("onPreTokenGeneration(PreTokenGenerationEvent, Context)");
            })
        .hasMessageStartingWith(
            "trigger source \"TokenGeneration_HostedAuth\" is not handled by "
                + RecordingHandler.class.getName()
                + ": override onPreTokenGeneration(PreTokenGenerationEvent, Context), or pass such"
                + " triggers through with super(Unhandled.RETURN_UNCHANGED)")
        .hasMessageContaining("set LambdaVersion V2_0 or V3_0")
        .hasNoCause();
    assertThat(out.size()).as("nothing written").isZero();
    assertThat(handler.calls).isEmpty();
  }

  @Test
  void failsOnEveryTriggerTheSubclassDoesNotHandleNamingItsMethod() throws IOException {
    RecordingHandler handler = new RecordingHandler();
    String postConfirmation =
        "{"
            + HEADER
            + "\"triggerSource\":\"PostConfirmation_ConfirmSignUp\",\"request\":{\"userAttributes\":{\"sub\":\"s\"}},"
            + "\"response\":{}}";
    assertThatThrownBy(() -> run(handler, postConfirmation))
        .isInstanceOf(UnhandledTriggerException.class)
        .hasMessageContaining("\"PostConfirmation_ConfirmSignUp\"")
        .hasMessageContaining("override onPostConfirmation(PostConfirmationEvent, Context)")
        .hasMessageNotContaining("LambdaVersion");
    String unknown = "{\"triggerSource\":\"Passkey_Register\",\"request\":{\"x\":[1]}}";
    assertThatThrownBy(() -> run(handler, unknown))
        .isInstanceOf(UnhandledTriggerException.class)
        .hasMessageContaining("override onUnknownTrigger(UnknownTriggerEvent, Context)");
    assertThat(handler.calls).isEmpty();
  }

  @Test
  void passesEveryFixtureThroughUnchangedWhenTheSubclassSaysSo() throws IOException {
    CognitoTriggerHandler passThrough =
        new CognitoTriggerHandler(CognitoTriggerHandler.Unhandled.RETURN_UNCHANGED) {};
    CognitoTriggerHandler strict = new CognitoTriggerHandler() {};
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(SharedData.triggerFixtures())) {
      fixtures = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(60);
    for (Path fixture : fixtures) {
      byte[] bytes = Files.readAllBytes(fixture);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      passThrough.handleRequest(new ByteArrayInputStream(bytes), out, null);
      JsonNode expected = MAPPER.readTree(TriggerEvents.writeBytes(TriggerEvents.parse(bytes)));
      assertThat(MAPPER.readTree(out.toByteArray())).as(fixture.toString()).isEqualTo(expected);
      assertThatThrownBy(
              () ->
                  strict.handleRequest(
                      new ByteArrayInputStream(bytes), new ByteArrayOutputStream(), null))
          .as(fixture.toString())
          .isInstanceOf(UnhandledTriggerException.class);
    }
  }

  @Test
  void letsASubclassDecidePerEventThroughOnUnhandled() throws IOException {
    List<String> log = new ArrayList<>();
    CognitoTriggerHandler logging =
        new CognitoTriggerHandler() {
          @Override
          protected void onUnhandled(TriggerEvent event, String method, Context context) {
            log.add(event.triggerSource() + " -> " + method);
          }
        };
    String unknown = "{\"triggerSource\":\"Passkey_Register\",\"request\":{\"x\":[1]}}";
    assertThat(run(logging, unknown)).isEqualTo(MAPPER.readTree(unknown));
    assertThat(log)
        .containsExactly("Passkey_Register -> onUnknownTrigger(UnknownTriggerEvent, Context)");
  }

  @Test
  void rejectsInputThatIsNotATriggerEventWithEventParseException() {
    RecordingHandler handler = new RecordingHandler();
    assertThatThrownBy(() -> run(handler, "{\"detail-type\":\"x\"}"))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("/triggerSource");
    assertThatThrownBy(() -> run(handler, "not json"))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("not valid JSON");
    assertThat(handler.calls).isEmpty();
  }
}
