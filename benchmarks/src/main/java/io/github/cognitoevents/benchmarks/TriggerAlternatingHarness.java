package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The ratios of {@link TriggerParseBenchmark} and {@link TriggerWriteBenchmark} measured
 * alternately in one JVM: for every trigger kind and operation, {@code ROUNDS} rounds of ours then
 * aws-lambda-java-events (the order swapped every other round), {@code SLICE_MS} each, after a
 * warm-up of both; it prints the median of the per-round ratios and the quartiles.
 *
 * <p>Why next to JMH: on the shared 2-core machines throughput sits at one of two levels (about
 * 1.5x apart) for seconds at a time, for both peers, with the machine's state; JMH measures the
 * peers in different forks (run.sh alternates them, but a fork lasts about as long as a level), so
 * a row's ratio depends on which level each peer's forks landed on. Here both peers share every
 * state of the machine within a second of each other, so the ratio holds still while the absolute
 * numbers move. Kinds run one after another in the same JVM, so call sites see every kind, as in a
 * JMH run of all parameters in one fork; {@code benchmarks/run.sh} runs the harness in 3 JVMs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.cognitoevents.benchmarks.TriggerAlternatingHarness [ROUNDS] [SLICE_MS]
 * </pre>
 */
public final class TriggerAlternatingHarness {
  private static long sink;

  private TriggerAlternatingHarness() {}

  /**
   * Runs the harness.
   *
   * @param args optional: rounds (default 12) and slice in milliseconds (default 200)
   * @throws IOException never for the benchmark events
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    long slice = (args.length > 1 ? Long.parseLong(args[1]) : 200) * 1_000_000L;
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    System.out.println(
        "| trigger | parse: ours/aws median | parse: quartiles | write: ours/aws median | write:"
            + " quartiles |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (TriggerEvent trigger : TriggerEvent.values()) {
      byte[] bytes = BenchmarkInputs.triggerEvent(trigger);
      Class<?> type = TriggerParseBenchmark.awsClass(trigger);
      ObjectReader reader = mapper.readerFor(type);
      ObjectWriter writer = mapper.writerFor(type);
      Object theirs = reader.readValue(bytes);
      io.github.cognitoevents.model.trigger.TriggerEvent ours = TriggerEvents.parse(bytes);
      Peer[] parse = {() -> TriggerEvents.parse(bytes), () -> reader.readValue(bytes)};
      Peer[] write = {() -> TriggerEvents.writeBytes(ours), () -> writer.writeValueAsBytes(theirs)};
      double[] p = ratios(parse, rounds, slice);
      double[] w = ratios(write, rounds, slice);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f-%.2f | %.2f | %.2f-%.2f |%n",
          trigger,
          p[1],
          p[0],
          p[2],
          w[1],
          w[0],
          w[2]);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  /** One side of a comparison. */
  @FunctionalInterface
  private interface Peer {
    Object call() throws IOException;
  }

  /** Lower quartile, median and upper quartile of ours/aws throughput over the rounds. */
  private static double[] ratios(Peer[] peers, int rounds, long slice) throws IOException {
    throughput(peers[0], slice * 5); // warm-up, both peers
    throughput(peers[1], slice * 5);
    double[] ratio = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      double ours;
      double aws;
      if ((round & 1) == 0) {
        ours = throughput(peers[0], slice);
        aws = throughput(peers[1], slice);
      } else {
        aws = throughput(peers[1], slice);
        ours = throughput(peers[0], slice);
      }
      ratio[round] = ours / aws;
    }
    Arrays.sort(ratio);
    return new double[] {ratio[rounds / 4], ratio[rounds / 2], ratio[(3 * rounds) / 4]};
  }

  /** Calls per millisecond over about {@code nanos}. */
  private static double throughput(Peer peer, long nanos) throws IOException {
    long calls = 0;
    long start = System.nanoTime();
    long end = start + nanos;
    long now;
    do {
      for (int i = 0; i < 100; i++) {
        sink += System.identityHashCode(peer.call());
      }
      calls += 100;
      now = System.nanoTime();
    } while (now < end);
    return calls / ((now - start) / 1e6);
  }
}
