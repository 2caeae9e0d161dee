package io.github.cognitoevents.cli;

import io.github.cognitoevents.patterntest.live.LiveVerifier;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the live commands take from the machine besides AWS: how to wait, the clocks and the jitter.
 * Tests replace it, so that retries and pauses are checked without sleeping and dates are fixed.
 *
 * @param sleeper how to wait
 * @param nanos the monotonic clock for the pace
 * @param now the wall clock for the recording's date
 * @param jitter uniform numbers in [0, 1) for the retry pauses
 */
record LiveRuntime(
    LiveVerifier.Sleeper sleeper,
    LongSupplier nanos,
    Supplier<Instant> now,
    DoubleSupplier jitter) {

  /** The real machine: sleeping threads, the system clocks, a random jitter. */
  static LiveRuntime system() {
    return new LiveRuntime(
        d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000),
        System::nanoTime,
        Instant::now,
        () -> ThreadLocalRandom.current().nextDouble());
  }
}
