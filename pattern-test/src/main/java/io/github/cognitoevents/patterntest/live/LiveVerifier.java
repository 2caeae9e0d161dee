package io.github.cognitoevents.patterntest.live;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Sends many cases to the real {@code TestEventPattern} API through a {@link LiveCheck}, politely:
 * at most {@link #DEFAULT_REQUESTS_PER_SECOND} requests a second, and a throttled or failed call
 * retried after a growing, jittered pause. What comes back is a {@link LiveVerification}: AWS's
 * verdict next to the local one for every answered case, ready to be written as a corpus.
 *
 * <pre>{@code
 * try (LiveCheck check = LiveCheck.create()) {
 *   LiveVerification run = LiveVerifier.standard().verify(check, OpenQuestions.liveCases());
 *   ConformanceCorpus.write(Path.of("recorded.jsonl"), run.recorded(provenance.origin()));
 * }
 * }</pre>
 *
 * <p><b>Pace.</b> Requests start at least {@code 1 / requestsPerSecond} apart (default 5 a second:
 * a tenth of the 50 a second that EventBridge's control-plane APIs share per account and region by
 * default, so whatever else runs in the account keeps its share).
 *
 * <p><b>Retries.</b> A call that gives no verdict is retried when trying again can help: throttling
 * (error codes such as {@code ThrottlingException}, or HTTP 429), a service failure (HTTP 5xx, e.g.
 * {@code InternalException}), or a network failure. Before retry {@code n} (1, 2, ...) it waits
 * {@code c/2 + random * c/2} with {@code c = min(backoffMax, backoffBase * 2^(n-1))} ("equal
 * jitter": always at least half the ceiling, so the pause really grows, yet spread so that several
 * clients do not retry in step). Defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts per case, base
 * 500 ms, maximum 20 s (at most about 16 s of waiting per case). Any other failure (access denied,
 * expired credentials, ...) would fail every case alike: the run stops there.
 *
 * <p><b>Stopping.</b> A case that still has no verdict after its last attempt, or a failure that
 * retrying cannot help, or an interrupt, ends the run: the result keeps every answer obtained so
 * far and lists the cases not answered, with the reason.
 *
 * <p>Instances are immutable; {@link #verify} runs the cases one after the other on the calling
 * thread. The clock, the sleep and the jitter can be replaced (tests do).
 */
public final class LiveVerifier {

  /** Default pace: requests a second. */
  public static final double DEFAULT_REQUESTS_PER_SECOND = 5;

  /** Default attempts per case (the first call and up to five retries). */
  public static final int DEFAULT_MAX_ATTEMPTS = 6;

  /** Default ceiling of the first retry's pause. */
  public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(500);

  /** Default largest ceiling of a retry's pause. */
  public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(20);

  /** Error codes with which AWS services say "too many requests, slow down". */
  static final Set<String> THROTTLING_CODES =
      Set.of(
          "Throttling",
          "ThrottlingException",
          "ThrottledException",
          "RequestThrottledException",
          "RequestThrottled",
          "TooManyRequestsException",
          "ProvisionedThroughputExceededException",
          "TransactionInProgressException",
          "RequestLimitExceeded",
          "BandwidthLimitExceeded",
          "SlowDown",
          "PriorRequestNotComplete",
          "EC2ThrottledException");

  /** Sleeps; the default is {@link Thread#sleep(long, int)}. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long, positive
     * @throws InterruptedException if interrupted (the run then stops)
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Hears what a run does, for progress output. Every method does nothing by default. */
  public interface Listener {
    /**
     * A case got its verdicts.
     *
     * @param index the case's position, from 1
     * @param total the number of cases
     * @param comparison the local and the live verdict
     */
    default void answered(int index, int total, LiveComparison comparison) {}

    /**
     * A call gave no verdict and will be retried.
     *
     * @param liveCase the case
     * @param attempt the attempt that failed, from 1
     * @param failure why it gave no verdict
     * @param pause the pause before the next attempt
     */
    default void retrying(
        LiveCase liveCase, int attempt, LiveCheckException failure, Duration pause) {}
  }

  private final double requestsPerSecond;
  private final int maxAttempts;
  private final Duration backoffBase;
  private final Duration backoffMax;
  private final Sleeper sleeper;
  private final LongSupplier nanoClock;
  private final DoubleSupplier jitter;
  private final Listener listener;

  private LiveVerifier(Builder b) {
    this.requestsPerSecond = b.requestsPerSecond;
    this.maxAttempts = b.maxAttempts;
    this.backoffBase = b.backoffBase;
    this.backoffMax = b.backoffMax;
    this.sleeper = b.sleeper;
    this.nanoClock = b.nanoClock;
    this.jitter = b.jitter;
    this.listener = b.listener;
  }

  /**
   * A verifier with the defaults.
   *
   * @return the verifier
   */
  public static LiveVerifier standard() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends every case, in order, and compares AWS's verdict with the local one.
   *
   * @param check the live check to call
   * @param cases the cases
   * @return the answers, and the cases left unanswered if the run stopped early
   */
  public LiveVerification verify(LiveCheck check, List<LiveCase> cases) {
    Objects.requireNonNull(check, "check");
    List<LiveCase> all = List.copyOf(Objects.requireNonNull(cases, "cases"));
    List<LiveComparison> answered = new ArrayList<>();
    long interval = (long) Math.ceil(1_000_000_000d / requestsPerSecond);
    long nextStart = Long.MIN_VALUE;
    int retries = 0;
    for (int i = 0; i < all.size(); i++) {
      LiveCase c = all.get(i);
      for (int attempt = 1; ; attempt++) {
        try {
          long now = nanoClock.getAsLong();
          if (nextStart != Long.MIN_VALUE && now - nextStart < 0) {
            sleeper.sleep(Duration.ofNanos(nextStart - now));
            now = nextStart;
          }
          nextStart = now + interval;
          LiveComparison comparison;
          try {
            comparison = check.compare(c);
          } catch (LiveCheckException e) {
            if (attempt >= maxAttempts || !retryable(e)) {
              String why =
                  retryable(e)
                      ? "no verdict after "
                          + attempt
                          + (attempt == 1 ? " attempt: " : " attempts: ")
                          + e.getMessage()
                      : e.getMessage();
              return stop(all, answered, i, why, e, retries);
            }
            Duration pause = backoff(attempt);
            listener.retrying(c, attempt, e, pause);
            retries++;
            sleeper.sleep(pause);
            continue;
          }
          answered.add(comparison);
          listener.answered(i + 1, all.size(), comparison);
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return stop(all, answered, i, "interrupted", null, retries);
        }
      }
    }
    return new LiveVerification(all, answered, null, null, retries, toString());
  }

  private LiveVerification stop(
      List<LiveCase> all,
      List<LiveComparison> answered,
      int at,
      String why,
      LiveCheckException failure,
      int retries) {
    return new LiveVerification(
        all,
        answered,
        "stopped at case " + all.get(at).name() + ": " + why,
        failure,
        retries,
        toString());
  }

  /**
   * The pause before retry {@code attempt} (1 = the first retry).
   *
   * @param attempt the attempt that failed, from 1
   * @return the pause
   */
  Duration backoff(int attempt) {
    long base = backoffBase.toNanos();
    long max = backoffMax.toNanos();
    long ceiling = base;
    for (int i = 1; i < attempt && ceiling < max; i++) {
      ceiling = ceiling > max / 2 ? max : ceiling * 2;
    }
    ceiling = Math.min(ceiling, max);
    double r = jitter.getAsDouble();
    if (!(r >= 0 && r < 1)) {
      throw new IllegalStateException("jitter must be in [0, 1), was " + r);
    }
    long half = ceiling / 2;
    return Duration.ofNanos(half + (long) (r * (ceiling - half)));
  }

  /**
   * Whether trying again can give a verdict: throttling, a service-side failure (HTTP 5xx), or a
   * network failure (no HTTP status, an I/O error underneath).
   *
   * @param e the failure
   * @return {@code true} to retry
   */
  static boolean retryable(LiveCheckException e) {
    if (e.errorCode() != null && THROTTLING_CODES.contains(e.errorCode())) {
      return true;
    }
    int status = e.statusCode();
    if (status == 429 || status >= 500) {
      return true;
    }
    if (e.errorCode() == null && status == 0) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof IOException) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The settings, for reports: {@code at most 5 requests/s; up to 6 attempts per case, pauses 500
   * ms .. 20 s with equal jitter}.
   */
  @Override
  public String toString() {
    return "at most "
        + format(requestsPerSecond)
        + " requests/s; up to "
        + maxAttempts
        + (maxAttempts == 1 ? " attempt" : " attempts")
        + " per case, pauses "
        + format(backoffBase)
        + " .. "
        + format(backoffMax)
        + " with equal jitter";
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
  }

  private static String format(Duration d) {
    return d.toMillis() < 1000 || d.toMillis() % 1000 != 0
        ? d.toMillis() + " ms"
        : d.toSeconds() + " s";
  }

  /** Settings for a {@link LiveVerifier}; every one has a default. */
  public static final class Builder {
    private double requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration backoffBase = DEFAULT_BACKOFF_BASE;
    private Duration backoffMax = DEFAULT_BACKOFF_MAX;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    private LongSupplier nanoClock = System::nanoTime;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private Listener listener = new Listener() {};

    private Builder() {}

    /**
     * The pace.
     *
     * @param perSecond requests a second, more than 0 and at most 1000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder requestsPerSecond(double perSecond) {
      if (!(perSecond > 0 && perSecond <= 1000)) {
        throw new IllegalArgumentException(
            "requests per second must be more than 0 and at most 1000, was " + perSecond);
      }
      this.requestsPerSecond = perSecond;
      return this;
    }

    /**
     * Attempts per case.
     *
     * @param attempts at least 1 (1 = never retry), at most 20
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > 20) {
        throw new IllegalArgumentException(
            "attempts per case must be from 1 to 20, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The retry pauses: the first retry's ceiling, doubling up to the largest.
     *
     * @param base the first ceiling, positive
     * @param max the largest ceiling, at least {@code base}, at most 10 minutes
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder backoff(Duration base, Duration max) {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(max, "max");
      if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
        throw new IllegalArgumentException(
            "backoff needs 0 < base <= max, was " + base + " and " + max);
      }
      if (max.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("backoff max must be at most 10 minutes, was " + max);
      }
      this.backoffBase = base;
      this.backoffMax = max;
      return this;
    }

    /**
     * How to wait (tests record the pauses instead of sleeping).
     *
     * @param newSleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper newSleeper) {
      this.sleeper = Objects.requireNonNull(newSleeper, "sleeper");
      return this;
    }

    /**
     * The monotonic clock used for the pace, in nanoseconds ({@link System#nanoTime()} by default).
     *
     * @param nanos the clock
     * @return this builder
     */
    public Builder clock(LongSupplier nanos) {
      this.nanoClock = Objects.requireNonNull(nanos, "nanos");
      return this;
    }

    /**
     * The jitter source: uniform numbers in {@code [0, 1)}.
     *
     * @param random the source
     * @return this builder
     */
    public Builder jitter(DoubleSupplier random) {
      this.jitter = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Who hears about answers and retries.
     *
     * @param newListener the listener
     * @return this builder
     */
    public Builder listener(Listener newListener) {
      this.listener = Objects.requireNonNull(newListener, "listener");
      return this;
    }

    /**
     * The verifier.
     *
     * @return a new verifier with these settings
     */
    public LiveVerifier build() {
      return new LiveVerifier(this);
    }
  }
}
