package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.TriggerEvent;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.InboundFederationEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks that the parsing benchmarks compare like with like: both peers read every trigger input
 * into their typed class for that trigger, with the same header values. No timing here.
 */
class TriggerBenchmarkInputsTest {

  private static final Map<TriggerEvent, Class<?>> OUR_TYPES =
      Map.ofEntries(
          Map.entry(TriggerEvent.PreSignUp, PreSignUpEvent.class),
          Map.entry(TriggerEvent.PostConfirmation, PostConfirmationEvent.class),
          Map.entry(TriggerEvent.PreAuthentication, PreAuthenticationEvent.class),
          Map.entry(TriggerEvent.PostAuthentication, PostAuthenticationEvent.class),
          Map.entry(TriggerEvent.DefineAuthChallenge, DefineAuthChallengeEvent.class),
          Map.entry(TriggerEvent.CreateAuthChallenge, CreateAuthChallengeEvent.class),
          Map.entry(
              TriggerEvent.VerifyAuthChallengeResponse, VerifyAuthChallengeResponseEvent.class),
          Map.entry(TriggerEvent.PreTokenGenerationV1, PreTokenGenerationEvent.class),
          Map.entry(TriggerEvent.PreTokenGenerationV2, PreTokenGenerationV2Event.class),
          Map.entry(TriggerEvent.UserMigration, UserMigrationEvent.class),
          Map.entry(TriggerEvent.CustomMessage, CustomMessageEvent.class),
          Map.entry(TriggerEvent.CustomSmsSender, CustomSmsSenderEvent.class),
          Map.entry(TriggerEvent.CustomEmailSender, CustomEmailSenderEvent.class),
          Map.entry(TriggerEvent.InboundFederation, InboundFederationEvent.class));

  @ParameterizedTest
  @EnumSource(TriggerEvent.class)
  void bothPeersParseEveryTriggerIntoItsTypedClass(TriggerEvent trigger) throws Exception {
    TriggerParseBenchmark benchmark = new TriggerParseBenchmark();
    benchmark.trigger = trigger;
    benchmark.setUp();

    Object ours = benchmark.ours();
    Object theirs = benchmark.awsLambdaJavaEvents();

    assertThat(ours).isInstanceOf(OUR_TYPES.get(trigger));
    assertThat(theirs).isInstanceOf(TriggerParseBenchmark.awsClass(trigger));
    io.github.cognitoevents.model.trigger.TriggerEvent our =
        (io.github.cognitoevents.model.trigger.TriggerEvent) ours;
    if (theirs instanceof CognitoUserPoolEvent their) {
      assertThat(our.triggerSource()).isEqualTo(their.getTriggerSource());
      assertThat(our.userName()).isEqualTo(their.getUserName());
      assertThat(our.userPoolId()).isEqualTo(their.getUserPoolId());
    } else {
      Map<?, ?> their = (Map<?, ?>) theirs;
      assertThat(our.triggerSource()).isEqualTo(their.get("triggerSource"));
      assertThat(our.userName()).isEqualTo(their.get("userName"));
      assertThat(our.userPoolId()).isEqualTo(their.get("userPoolId"));
    }
  }

  @ParameterizedTest
  @EnumSource(TriggerEvent.class)
  void bothPeersWriteTheEventTheyRead(TriggerEvent trigger) throws Exception {
    TriggerWriteBenchmark benchmark = new TriggerWriteBenchmark();
    benchmark.trigger = trigger;
    benchmark.setUp();
    ObjectMapper mapper = new ObjectMapper();

    JsonNode ours = mapper.readTree(benchmark.ours());
    JsonNode theirs = mapper.readTree(benchmark.awsLambdaJavaEvents());

    // ours writes back exactly what was read; theirs writes its own shape of the same event
    assertThat(ours).isEqualTo(mapper.readTree(BenchmarkInputs.triggerEvent(trigger)));
    assertThat(theirs.path("triggerSource").asText())
        .isEqualTo(ours.path("triggerSource").asText());
    assertThat(theirs.path("userPoolId").asText()).isEqualTo(ours.path("userPoolId").asText());
  }

  @Test
  void coldStartPeersPrintTheSameField() throws Exception {
    ColdStart coldStart = new ColdStart();
    coldStart.setUp();
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String ours;
    String theirs;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ours = coldStart.ours();
      theirs = coldStart.awsLambdaJavaEvents();
    } finally {
      System.setOut(original);
    }

    assertThat(ours).isEqualTo(theirs).isEqualTo("jane.doe@example.com");
    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(ours, theirs);
  }
}
