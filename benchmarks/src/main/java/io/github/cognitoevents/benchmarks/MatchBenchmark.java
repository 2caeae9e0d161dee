package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.CloudTrailEvent;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.Rule;
import io.github.cognitoevents.patterntest.PatternMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import software.amazon.event.ruler.Machine;

/**
 * Matching the raw JSON bytes of a 2-5 KB Cognito CloudTrail event to a verdict.
 *
 * <p>Three peers run on the same bytes in the same run:
 *
 * <ul>
 *   <li>{@link #ours()}: {@code PatternMatcher.matches(byte[])}, which also validates the event as
 *       TestEventPattern does;
 *   <li>{@link #eventRuler()}: event-ruler 2.1.0's {@code Machine.rulesForJSONEvent(String)}. It
 *       takes a {@code String}, so the UTF-8 decoding of the bytes is part of its measurement;
 *   <li>{@link #jacksonScan()}: the floor, a bare Jackson token scan of the bytes (no string
 *       decoding, no tree, no matching).
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MatchBenchmark {

  /** The event to match. */
  @Param CloudTrailEvent event;

  /** The rule to match it against. */
  @Param Rule rule;

  private byte[] bytes;
  private PatternMatcher matcher;
  private Machine machine;
  private JsonFactory factory;

  /** Creates the benchmark state; JMH sets the parameters. */
  public MatchBenchmark() {}

  /**
   * Loads the event and compiles the rule for every peer.
   *
   * @throws IOException if event-ruler rejects the rule
   */
  @Setup
  public void setUp() throws IOException {
    bytes = BenchmarkInputs.cloudTrailEvent(event);
    matcher = PatternMatcher.compile(rule.json());
    machine = Machine.builder().build();
    machine.addRule(rule.name(), rule.json());
    factory = new JsonFactory();
  }

  /**
   * Our matcher on the raw bytes.
   *
   * @return the verdict
   */
  @Benchmark
  public boolean ours() {
    return matcher.matches(bytes);
  }

  /**
   * event-ruler on the same bytes, including their decoding to the {@code String} it requires.
   *
   * @return the verdict
   * @throws Exception as {@code rulesForJSONEvent} declares
   */
  @Benchmark
  public boolean eventRuler() throws Exception {
    return !machine.rulesForJSONEvent(new String(bytes, StandardCharsets.UTF_8)).isEmpty();
  }

  /**
   * The floor: tokenize the bytes with Jackson and do nothing else.
   *
   * @return the number of tokens
   * @throws IOException never for these inputs
   */
  @Benchmark
  public int jacksonScan() throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(bytes)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
