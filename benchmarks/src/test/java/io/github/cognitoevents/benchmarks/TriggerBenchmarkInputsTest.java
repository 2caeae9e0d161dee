package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.TriggerEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
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
      Map.of(
          TriggerEvent.PreSignUp, PreSignUpEvent.class,
          TriggerEvent.PreTokenGenerationV1, PreTokenGenerationEvent.class,
          TriggerEvent.PreTokenGenerationV2, PreTokenGenerationV2Event.class,
          TriggerEvent.DefineAuthChallenge, DefineAuthChallengeEvent.class,
          TriggerEvent.CustomMessage, CustomMessageEvent.class);

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
    CognitoUserPoolEvent their = (CognitoUserPoolEvent) theirs;
    assertThat(our.triggerSource()).isEqualTo(their.getTriggerSource());
    assertThat(our.userName()).isEqualTo(their.getUserName());
    assertThat(our.userPoolId()).isEqualTo(their.getUserPoolId());
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
