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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
  void returnsEventsOfMethodsNotOverriddenOrAnsweredWithNullUnchanged() throws IOException {
    RecordingHandler handler = new RecordingHandler();
    String postConfirmation =
        "{"
            + HEADER
            + "\"triggerSource\":\"PostConfirmation_ConfirmSignUp\",\"request\":{\"userAttributes\":{\"sub\":\"s\"}},"
            + "\"response\":{}}";
    assertThat(run(handler, postConfirmation)).isEqualTo(MAPPER.readTree(postConfirmation));
    String define =
        "{"
            + HEADER
            + "\"triggerSource\":\"DefineAuthChallenge_Authentication\",\"request\":{\"userAttributes\":{},"
            + "\"session\":[]},\"response\":{\"challengeName\":null,\"issueTokens\":null,\"failAuthentication\":null}}";
    assertThat(run(handler, define)).isEqualTo(MAPPER.readTree(define));
    String unknown = "{\"triggerSource\":\"Passkey_Register\",\"request\":{\"x\":[1]}}";
    assertThat(run(handler, unknown)).isEqualTo(MAPPER.readTree(unknown));
    assertThat(handler.calls).containsExactly("onDefineAuthChallenge");
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
