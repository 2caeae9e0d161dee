package io.github.cognitoevents.benchmarks;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolMigrateUserEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the raw bytes of a Cognito trigger event into typed objects: our records ({@code
 * TriggerEvents.parse(byte[])}, which picks the record from {@code triggerSource} and {@code
 * version}) against aws-lambda-java-events' classes read by Jackson databind with {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} off (the caller names the class, as a Lambda handler does). For the
 * three triggers aws-lambda-java-events has no class for (the custom senders and inbound
 * federation) the peer reads a {@code Map}, what a handler of those triggers declares with that
 * library.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TriggerParseBenchmark {

  /** The trigger event to parse. */
  @Param TriggerEvent trigger;

  private byte[] bytes;
  private ObjectReader awsReader;

  /** Creates the benchmark state; JMH sets the parameters. */
  public TriggerParseBenchmark() {}

  /** Loads the event and prepares the aws-lambda-java-events reader for its class. */
  @Setup
  public void setUp() {
    bytes = BenchmarkInputs.triggerEvent(trigger);
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    awsReader = mapper.readerFor(awsClass(trigger));
  }

  /**
   * The aws-lambda-java-events class a handler of this trigger declares.
   *
   * @param trigger the trigger event
   * @return the class
   */
  static Class<?> awsClass(TriggerEvent trigger) {
    switch (trigger) {
      case PreSignUp:
        return CognitoUserPoolPreSignUpEvent.class;
      case PostConfirmation:
        return CognitoUserPoolPostConfirmationEvent.class;
      case PreAuthentication:
        return CognitoUserPoolPreAuthenticationEvent.class;
      case PostAuthentication:
        return CognitoUserPoolPostAuthenticationEvent.class;
      case DefineAuthChallenge:
        return CognitoUserPoolDefineAuthChallengeEvent.class;
      case CreateAuthChallenge:
        return CognitoUserPoolCreateAuthChallengeEvent.class;
      case VerifyAuthChallengeResponse:
        return CognitoUserPoolVerifyAuthChallengeResponseEvent.class;
      case PreTokenGenerationV1:
        return CognitoUserPoolPreTokenGenerationEvent.class;
      case PreTokenGenerationV2:
        return CognitoUserPoolPreTokenGenerationEventV2.class;
      case UserMigration:
        return CognitoUserPoolMigrateUserEvent.class;
      case CustomMessage:
        return CognitoUserPoolCustomMessageEvent.class;
      case CustomSmsSender:
      case CustomEmailSender:
      case InboundFederation:
        return Map.class;
      default:
        throw new IllegalArgumentException("No aws-lambda-java-events class for " + trigger);
    }
  }

  /**
   * Our records.
   *
   * @return the parsed event
   */
  @Benchmark
  public Object ours() {
    return TriggerEvents.parse(bytes);
  }

  /**
   * aws-lambda-java-events with Jackson databind.
   *
   * @return the parsed event
   * @throws IOException never for these inputs
   */
  @Benchmark
  public Object awsLambdaJavaEvents() throws IOException {
    return awsReader.readValue(bytes);
  }
}
