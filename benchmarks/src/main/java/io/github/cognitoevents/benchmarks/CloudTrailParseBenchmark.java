package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.CloudTrailEvent;
import io.github.cognitoevents.model.CognitoEvents;
import java.io.IOException;
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
 * Parsing the raw bytes of a CloudTrail event in its EventBridge envelope (the inputs of {@link
 * MatchBenchmark}) into typed records through the model's entry point {@code
 * CognitoEvents.parse(byte[])}, against a Jackson {@code JsonNode} tree of the same bytes (what a
 * handler without typed records reads; aws-lambda-java-events has no CloudTrail class).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CloudTrailParseBenchmark {

  /** The CloudTrail event to parse. */
  @Param CloudTrailEvent event;

  private byte[] bytes;
  private ObjectReader treeReader;

  /** Creates the benchmark state; JMH sets the parameters. */
  public CloudTrailParseBenchmark() {}

  /** Loads the event. */
  @Setup
  public void setUp() {
    bytes = BenchmarkInputs.cloudTrailEvent(event);
    treeReader = new ObjectMapper().reader();
  }

  /**
   * Our records.
   *
   * @return the parsed event
   */
  @Benchmark
  public Object ours() {
    return CognitoEvents.parse(bytes);
  }

  /**
   * A Jackson tree.
   *
   * @return the tree
   * @throws IOException never for these inputs
   */
  @Benchmark
  public Object jacksonTree() throws IOException {
    return treeReader.readTree(bytes);
  }
}
