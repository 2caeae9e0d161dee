package io.github.cognitoevents.benchmarks;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start, as a Lambda function sees it: in a freshly started JVM, parse one PreTokenGeneration
 * V2 event and print one field. Every fork is a new JVM that runs exactly one invocation of one
 * peer, so class loading, static initialisation (Jackson's included) and the interpreter are all in
 * the measured time; JVM boot itself is not (it is the same for both).
 *
 * <p>The setup reads the event's bytes with plain {@code java.io} so that no JSON class is loaded
 * before the measurement starts.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(20)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStart {

  private static final String EVENT =
      "/io/github/cognitoevents/benchmarks/triggers/pre-token-generation-v2.json";

  private byte[] bytes;

  /** Creates the benchmark state. */
  public ColdStart() {}

  /**
   * Reads the event bytes without touching any JSON library.
   *
   * @throws IOException if the resource cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    try (InputStream in = ColdStart.class.getResourceAsStream(EVENT)) {
      bytes = in.readAllBytes();
    }
  }

  /**
   * Our records: parse, then print the user's {@code email} attribute.
   *
   * @return the printed value
   */
  @Benchmark
  public String ours() {
    PreTokenGenerationV2Event event = (PreTokenGenerationV2Event) TriggerEvents.parse(bytes);
    String value = event.request().userAttributes().get("email");
    System.out.println(value);
    return value;
  }

  /**
   * aws-lambda-java-events with a new Jackson {@code ObjectMapper}, as a handler would create it:
   * parse, then print the user's {@code email} attribute.
   *
   * @return the printed value
   * @throws IOException never for this input
   */
  @Benchmark
  public String awsLambdaJavaEvents() throws IOException {
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    CognitoUserPoolPreTokenGenerationEventV2 event =
        mapper.readValue(bytes, CognitoUserPoolPreTokenGenerationEventV2.class);
    String value = event.getRequest().getUserAttributes().get("email");
    System.out.println(value);
    return value;
  }
}
