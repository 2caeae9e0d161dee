package io.github.cognitoevents.benchmarks;

import io.github.cognitoevents.benchmarks.BenchmarkInputs.CloudTrailEvent;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import software.amazon.event.ruler.Machine;

/**
 * Which of N rules fire on a 2-5 KB Cognito CloudTrail event, from its raw bytes to the list of
 * rule names, for rule sets of 1, 10, 100 and 1,000 {@link RealisticRules}.
 *
 * <ul>
 *   <li>{@link #ours()}: {@code RuleSet.matching(byte[])}, one pass whatever N (it also validates
 *       the event as TestEventPattern does);
 *   <li>{@link #eventRuler()}: event-ruler 2.1.0's {@code Machine.rulesForJSONEvent(String)} with
 *       the same N rules in one machine; it takes a {@code String}, so decoding the bytes is part
 *       of its measurement;
 *   <li>{@link #loop()}: our single-pattern matchers, one {@code PatternMatcher.matches(byte[])}
 *       per rule: what a user pays without a rule set.
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
public class RuleSetBenchmark {

  /** The event to match. */
  @Param CloudTrailEvent event;

  /** The number of rules. */
  @Param({"1", "10", "100", "1000"})
  int rules;

  private byte[] bytes;
  private RuleSet ruleSet;
  private List<PatternMatcher> matchers;
  private Machine machine;

  /** Creates the benchmark state; JMH sets the parameters. */
  public RuleSetBenchmark() {}

  /**
   * Compiles the rules for every peer.
   *
   * @throws IOException if event-ruler rejects a rule
   */
  @Setup
  public void setUp() throws IOException {
    bytes = BenchmarkInputs.cloudTrailEvent(event);
    List<String> patterns = RealisticRules.first(rules);
    RuleSet.Builder builder = RuleSet.builder();
    matchers = new ArrayList<>();
    machine = Machine.builder().build();
    for (int i = 0; i < patterns.size(); i++) {
      EventPattern pattern = EventPattern.parse(patterns.get(i));
      builder.add("rule-" + i, pattern);
      matchers.add(PatternMatcher.compile(pattern));
      machine.addRule("rule-" + i, patterns.get(i));
    }
    ruleSet = builder.build();
  }

  /**
   * Our rule set on the raw bytes.
   *
   * @return the names of the rules that fire
   */
  @Benchmark
  public List<String> ours() {
    return ruleSet.matching(bytes);
  }

  /**
   * event-ruler with the same rules in one machine, on the same bytes decoded to the {@code String}
   * it requires.
   *
   * @return the names of the rules that fire
   * @throws Exception as {@code rulesForJSONEvent} declares
   */
  @Benchmark
  public List<String> eventRuler() throws Exception {
    return machine.rulesForJSONEvent(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * One single-pattern matcher per rule.
   *
   * @return the number of rules that fire
   */
  @Benchmark
  public int loop() {
    int fired = 0;
    for (PatternMatcher matcher : matchers) {
      if (matcher.matches(bytes)) {
        fired++;
      }
    }
    return fired;
  }
}
