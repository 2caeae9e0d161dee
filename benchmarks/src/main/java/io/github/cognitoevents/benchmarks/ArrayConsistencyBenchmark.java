package io.github.cognitoevents.benchmarks;

import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.testsupport.ArrayShapes;
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
 * Array consistency on events of 16 KB to 1 MB whose arrays make it work hard ({@link
 * ArrayShapes}): the time to a verdict, whose ratio to the event size (ns per byte) must stay flat
 * as the event grows if matching is linear. event-ruler 2.1.0 (its structured finder, 2.x's answer
 * to the same problem) runs on the same bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArrayConsistencyBenchmark {

  /** The shape of the event and its pattern. */
  @Param ArrayShapes shape;

  /** The event size in KB. */
  @Param({"16", "64", "256", "1024"})
  int kilobytes;

  private byte[] bytes;
  private PatternMatcher matcher;
  private Machine machine;

  /** Creates the benchmark state; JMH sets the parameters. */
  public ArrayConsistencyBenchmark() {}

  /**
   * Builds the event and compiles the pattern for both peers.
   *
   * @throws IOException if event-ruler rejects the pattern
   */
  @Setup
  public void setUp() throws IOException {
    bytes = shape.event(kilobytes * 1024).getBytes(StandardCharsets.UTF_8);
    matcher = PatternMatcher.compile(shape.pattern());
    machine = Machine.builder().build();
    machine.addRule("shape", shape.pattern());
    if (matcher.matches(bytes) != shape.matches()) {
      throw new IllegalStateException(shape + ": unexpected verdict");
    }
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
   * event-ruler on the same bytes decoded to the {@code String} it requires.
   *
   * @return the verdict
   * @throws Exception as {@code rulesForJSONEvent} declares
   */
  @Benchmark
  public boolean eventRuler() throws Exception {
    return !machine.rulesForJSONEvent(new String(bytes, StandardCharsets.UTF_8)).isEmpty();
  }
}
