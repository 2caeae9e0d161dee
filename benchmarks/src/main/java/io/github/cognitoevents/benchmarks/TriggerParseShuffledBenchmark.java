package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.IOException;
import java.util.List;
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
 * {@link TriggerParseBenchmark} at its least favourable to us: each call parses the next of 16
 * variants of the event whose objects hold their members in different random orders, so the
 * reader's guesses of the next member name and map key (learned from the previous event) miss where
 * they can. The peer parses the same variants in the same sequence.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TriggerParseShuffledBenchmark {

  /** The trigger event whose variants are parsed. */
  @Param TriggerEvent trigger;

  private byte[][] variants;
  private int next;
  private ObjectReader awsReader;

  /** Creates the benchmark state; JMH sets the parameters. */
  public TriggerParseShuffledBenchmark() {}

  /** Makes the variants and the aws-lambda-java-events reader for the event's class. */
  @Setup
  public void setUp() {
    List<byte[]> shuffled = BenchmarkInputs.shuffledTriggerEvents(trigger, 16, trigger.ordinal());
    variants = shuffled.toArray(new byte[0][]);
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    awsReader = mapper.readerFor(TriggerParseBenchmark.awsClass(trigger));
  }

  private byte[] nextVariant() {
    int i = next;
    next = (i + 1) & 15;
    return variants[i];
  }

  /**
   * Our records.
   *
   * @return the parsed event
   */
  @Benchmark
  public Object ours() {
    return TriggerEvents.parse(nextVariant());
  }

  /**
   * aws-lambda-java-events with Jackson databind.
   *
   * @return the parsed event
   * @throws IOException never for these inputs
   */
  @Benchmark
  public Object awsLambdaJavaEvents() throws IOException {
    return awsReader.readValue(nextVariant());
  }
}
