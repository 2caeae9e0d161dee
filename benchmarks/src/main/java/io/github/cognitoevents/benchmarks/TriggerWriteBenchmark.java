package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
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
 * Writing a parsed trigger event back to UTF-8 JSON bytes, as a Lambda handler returns it: our
 * records ({@code TriggerEvents.writeBytes}) against the aws-lambda-java-events object read from
 * the same bytes and written by a Jackson {@code ObjectWriter} (a {@code Map} for the three
 * triggers that library has no class for, as in {@link TriggerParseBenchmark}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TriggerWriteBenchmark {

  /** The trigger event to write. */
  @Param TriggerEvent trigger;

  private io.github.cognitoevents.model.trigger.TriggerEvent event;
  private Object awsEvent;
  private ObjectWriter awsWriter;

  /** Creates the benchmark state; JMH sets the parameters. */
  public TriggerWriteBenchmark() {}

  /**
   * Parses the event with both peers.
   *
   * @throws IOException never for these inputs
   */
  @Setup
  public void setUp() throws IOException {
    byte[] bytes = BenchmarkInputs.triggerEvent(trigger);
    event = TriggerEvents.parse(bytes);
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Class<?> type = TriggerParseBenchmark.awsClass(trigger);
    awsEvent = mapper.readValue(bytes, type);
    awsWriter = mapper.writerFor(type);
  }

  /**
   * Our records.
   *
   * @return the JSON bytes
   */
  @Benchmark
  public byte[] ours() {
    return TriggerEvents.writeBytes(event);
  }

  /**
   * aws-lambda-java-events with Jackson databind.
   *
   * @return the JSON bytes
   * @throws IOException never for these inputs
   */
  @Benchmark
  public byte[] awsLambdaJavaEvents() throws IOException {
    return awsWriter.writeValueAsBytes(awsEvent);
  }
}
