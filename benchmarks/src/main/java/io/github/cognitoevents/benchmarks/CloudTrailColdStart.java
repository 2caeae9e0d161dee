package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
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
 * Cold start of a CloudTrail listener, as a Lambda function sees it: in a freshly started JVM,
 * parse one "AWS API Call via CloudTrail" event (UpdateUserPoolClient, 3.7 KB) and print the
 * updated app client's id. Every fork is a new JVM that runs exactly one invocation of one peer, as
 * in {@link ColdStart}. The peer reads the same field from a Jackson tree (what a handler without
 * typed records does).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(20)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CloudTrailColdStart {

  private static final String EVENT =
      "/io/github/cognitoevents/benchmarks/cloudtrail/update-user-pool-client.json";

  private byte[] bytes;

  /** Creates the benchmark state. */
  public CloudTrailColdStart() {}

  /**
   * Reads the event bytes without touching any JSON library.
   *
   * @throws IOException if the resource cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    try (InputStream in = CloudTrailColdStart.class.getResourceAsStream(EVENT)) {
      bytes = in.readAllBytes();
    }
  }

  /**
   * Our records: parse, then print the app client's id from the typed request.
   *
   * @return the printed value
   */
  @Benchmark
  public String ours() {
    CloudTrailRecord record = CognitoEvents.parse(bytes).cloudTrailRecord().orElseThrow();
    String value = record.userPoolClient().orElseThrow().clientId();
    System.out.println(value);
    return value;
  }

  /**
   * A Jackson tree: parse, then print the same field.
   *
   * @return the printed value
   * @throws IOException never for this input
   */
  @Benchmark
  public String jacksonTree() throws IOException {
    JsonNode event = new ObjectMapper().readTree(bytes);
    String value = event.path("detail").path("requestParameters").path("clientId").asText();
    System.out.println(value);
    return value;
  }
}
