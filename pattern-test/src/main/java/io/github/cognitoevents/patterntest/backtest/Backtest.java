package io.github.cognitoevents.patterntest.backtest;

import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.BacktestReport.Malformed;
import io.github.cognitoevents.patterntest.backtest.BacktestReport.RuleHits;
import io.github.cognitoevents.patterntest.backtest.BacktestReport.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * What a rule set would have caught in CloudTrail history: each Cognito record of the log files is
 * turned into the event EventBridge would have delivered, and counted for every rule it is
 * delivered to and matches.
 *
 * <p>The delivered event: {@code version "0"}; {@code id} a name-based UUID of {@code eventID}
 * (EventBridge's own ids are random: this keeps runs comparable); {@code detail-type} from {@code
 * eventType} ({@code AwsApiCall}: "AWS API Call via CloudTrail", {@code AwsServiceEvent}: "AWS
 * Service Event via CloudTrail", console actions and sign-ins likewise; other event types are not
 * delivered); {@code source} {@code aws.} and the service of {@code eventSource}; {@code account}
 * {@code recipientAccountId}; {@code time} {@code eventTime}; {@code region} {@code awsRegion};
 * {@code resources} empty; {@code detail} the record. Who receives it: read-only calls named {@code
 * Get...}, {@code List...} or {@code Describe...} only rules in state {@code
 * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}; disabled rules nothing; every other rule
 * everything else (AWS's documentation does not say whether other read-only events, such as
 * managed-login {@code Login_GET}, reach {@code ENABLED} rules; they are counted as delivered).
 * Records of services other than Cognito ({@code cognito-idp}, {@code cognito-identity}, {@code
 * cognito-sync}) are skipped and counted.
 *
 * <pre>{@code
 * BacktestReport report =
 *     Backtest.of(ruleSet).since(Instant.parse("2026-09-01T00:00:00Z")).run(List.of(Path.of("AWSLogs")));
 * System.out.print(report.toTable());
 * }</pre>
 *
 * <p>Directories are walked recursively for {@code *.json}, {@code *.json.gz}, {@code *.jsonl},
 * {@code *.ndjson} (plain or gzip); files are read in parallel, each as a stream. An S3 delivery
 * file's records are split from its bytes without a token pass: each Cognito record is validated by
 * the rule set's own scan as its event is matched (a record EventBridge could not deliver is listed
 * as malformed), records of other services only as far as their structure; a file whose structure
 * breaks (it ends early, a missing comma) is listed at the line where it broke and read no further,
 * as is a record larger than 32 MiB. When every enabled rule names its operations ({@code
 * detail.eventName} equal to one of a list of strings, in every {@code $or} branch), the event of a
 * record of any other operation is neither built nor scanned: the counts are the same, but such a
 * record is checked for structure only. Immutable and thread-safe.
 */
public final class Backtest implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final RuleSet rules;
  private final Instant since;
  private final Instant until;
  private final int samples;
  private final int threads;

  /**
   * The operations some rule names ({@link EventNameFilter}), or null when every event is scanned.
   */
  private final java.util.Set<String> operations;

  private Backtest(
      RuleSet rules,
      java.util.Set<String> operations,
      Instant since,
      Instant until,
      int samples,
      int threads) {
    this.operations = operations;
    this.rules = rules;
    this.since = since;
    this.until = until;
    this.samples = samples;
    this.threads = threads;
  }

  /**
   * A backtest of a rule set: no time window, 5 samples per rule, one thread per core.
   *
   * @param rules the rules, in their states
   * @return the backtest
   */
  public static Backtest of(RuleSet rules) {
    return new Backtest(
        Objects.requireNonNull(rules, "rules"),
        EventNameFilter.of(rules),
        null,
        null,
        5,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Only records at or after this time.
   *
   * @param from the start, inclusive
   * @return a new backtest
   */
  public Backtest since(Instant from) {
    return new Backtest(rules, operations, from, until, samples, threads);
  }

  /**
   * Only records before this time.
   *
   * @param to the end, exclusive
   * @return a new backtest
   */
  public Backtest until(Instant to) {
    return new Backtest(rules, operations, since, to, samples, threads);
  }

  /**
   * How many matching events to keep per rule.
   *
   * @param count 0 or more
   * @return a new backtest
   */
  public Backtest samples(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("samples must be 0 or more");
    }
    return new Backtest(rules, operations, since, until, count, threads);
  }

  /**
   * How many files to read at once.
   *
   * @param count 1 or more
   * @return a new backtest
   */
  public Backtest threads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads must be 1 or more");
    }
    return new Backtest(rules, operations, since, until, samples, count);
  }

  /**
   * The log files a run reads: files as given, directories walked in path order.
   *
   * @param paths files or directories
   * @return the files
   * @throws UncheckedIOException if a path cannot be listed
   */
  public static List<Path> logFiles(Collection<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(LogReader::isLogFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(path + ": cannot be listed", e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Runs the backtest.
   *
   * @param paths log files or directories
   * @return the report
   */
  public BacktestReport run(Collection<Path> paths) {
    return run(paths, (file, bytes) -> {});
  }

  /** Told after each file. */
  @FunctionalInterface
  public interface Progress {
    /**
     * A file was read.
     *
     * @param file the file
     * @param bytes its size on disk
     */
    void fileDone(Path file, long bytes);
  }

  /**
   * Runs the backtest, telling {@code progress} after each file (from the reading threads).
   *
   * @param paths log files or directories
   * @param progress told after each file
   * @return the report
   */
  public BacktestReport run(Collection<Path> paths, Progress progress) {
    List<Path> files = logFiles(paths);
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
    try {
      List<Future<Partial>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(
            pool.submit(
                () -> {
                  Partial partial = readFile(file);
                  progress.fileDone(file, sizeOf(file));
                  return partial;
                }));
      }
      Partial total = new Partial(rules.size(), samples);
      for (Future<Partial> f : futures) {
        total.add(f.get());
      }
      return total.report(files.size(), rules.rules());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Whether a file name is one a run reads ({@code .json}, {@code .jsonl}, {@code .ndjson}, each
   * optionally {@code .gz}).
   *
   * @param name the file name or path
   * @return whether it is a log file
   */
  public static boolean isLogFile(String name) {
    return LogReader.isLogFile(Path.of(name.substring(name.lastIndexOf('/') + 1)));
  }

  /**
   * Reads one log file from a stream: the part of a run one file contributes, for a runner that
   * distributes the files itself (a Spark job: the backtest is {@link java.io.Serializable}). Merge
   * the parts with {@link #combine}.
   *
   * @param name the file's name or path, which tells its format ({@code .gz}, {@code .jsonl}) and
   *     names it in {@link BacktestReport.Malformed}
   * @param in the file's bytes, as stored (compressed or not); read, not closed
   * @return the report of that one file
   */
  public BacktestReport runFile(String name, InputStream in) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Partial partial = readStream(name, in);
    return partial.report(1, rules.rules());
  }

  /**
   * Merges the reports of {@link #runFile} (or of runs) of this backtest into one, as {@link
   * #run(Collection)} merges its files: counts added, first and last times widened, samples kept in
   * order up to this backtest's limit, malformed input listed by file and line.
   *
   * @param reports reports of this backtest's rules
   * @return the merged report
   * @throws IllegalArgumentException if a report is of other rules
   */
  public BacktestReport combine(Collection<BacktestReport> reports) {
    Partial total = new Partial(rules.size(), samples);
    int files = 0;
    List<Rule> all = rules.rules();
    for (BacktestReport report : reports) {
      if (report.rules().size() != all.size()) {
        throw new IllegalArgumentException("a report of other rules cannot be combined");
      }
      for (int i = 0; i < all.size(); i++) {
        if (!report.rules().get(i).rule().equals(all.get(i).name())) {
          throw new IllegalArgumentException("a report of other rules cannot be combined");
        }
      }
      files += report.files();
      total.add(Partial.of(report, samples));
    }
    return total.report(files, all);
  }

  private Partial readFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readStream(file.toString(), in);
    } catch (IOException e) {
      Partial partial = new Partial(rules.size(), samples);
      partial.malformed.add(new Malformed(file.toString(), -1, "cannot be read"));
      return partial;
    }
  }

  private Partial readStream(String file, InputStream in) {
    Partial partial = new Partial(rules.size(), samples);
    java.util.Map<Rule, Integer> index = new java.util.IdentityHashMap<>();
    List<Rule> all = rules.rules();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i), i);
    }
    Delivery.Envelope envelope = new Delivery.Envelope();
    LogReader.Sink sink =
        new LogReader.Sink() {
          @Override
          public void record(
              Delivery.Fields record, byte[] json, int offset, int length, long line) {
            partial.records++;
            if (!Delivery.isCognito(record)) {
              partial.notCognito++;
              return;
            }
            String detailType = Delivery.detailType(record);
            if (detailType == null) {
              partial.notDeliverable++;
              return;
            }
            Instant time;
            try {
              time = Delivery.time(record.eventTime());
            } catch (DateTimeParseException e) {
              partial.records--;
              partial.malformed.add(new Malformed(file, line, "an eventTime that is not a time"));
              return;
            }
            if ((since != null && time.isBefore(since))
                || (until != null && !time.isBefore(until))) {
              partial.outsideWindow++;
              return;
            }
            if (operations != null
                && record.single()
                && record.eventName() != null
                && !operations.contains(record.eventName())) {
              return; // no rule can fire on this operation: the event is not built nor scanned
            }
            boolean needsAll = Delivery.needsAllManagementEvents(record);
            List<Rule> fired;
            try {
              int size = envelope.write(record, detailType, json, offset, length);
              fired = rules.matchingRules(envelope.bytes(), 0, size);
            } catch (InvalidEventException e) {
              partial.records--;
              partial.malformed.add(
                  new Malformed(file, line, "a record EventBridge could not deliver"));
              return;
            }
            String operation = record.eventName();
            String eventId = record.eventId() == null ? "" : record.eventId();
            for (Rule rule : fired) {
              if (Delivery.delivers(rule.state(), needsAll)) {
                partial.hit(index.get(rule), time, eventId, operation);
              }
            }
          }

          @Override
          public void malformed(long line, String reason) {
            partial.malformed.add(new Malformed(file, line, reason));
          }
        };
    try {
      LogReader.read(file.substring(file.lastIndexOf('/') + 1), in, sink);
    } catch (IOException e) {
      partial.malformed.add(new Malformed(file, -1, "cannot be read"));
    }
    return partial;
  }

  /** The counts of one file, or of all. */
  private static final class Partial {
    long records;
    long notCognito;
    long notDeliverable;
    long outsideWindow;
    final long[] hits;
    final Instant[] first;
    final Instant[] last;
    final List<HashMap<String, long[]>> byOperation = new ArrayList<>(); // sorted in report()
    final List<TreeSet<Sample>> samples = new ArrayList<>();
    final List<Malformed> malformed = new ArrayList<>();
    final int sampleSize;

    private static final Comparator<Sample> ORDER =
        Comparator.comparing(Sample::time)
            .thenComparing(Sample::eventId)
            .thenComparing(Sample::operation);

    Partial(int rules, int sampleSize) {
      this.sampleSize = sampleSize;
      hits = new long[rules];
      first = new Instant[rules];
      last = new Instant[rules];
      for (int i = 0; i < rules; i++) {
        byOperation.add(new HashMap<>());
        samples.add(new TreeSet<>(ORDER));
      }
    }

    void hit(int rule, Instant time, String eventId, String operation) {
      hits[rule]++;
      if (first[rule] == null || time.isBefore(first[rule])) {
        first[rule] = time;
      }
      if (last[rule] == null || time.isAfter(last[rule])) {
        last[rule] = time;
      }
      count(rule, operation, 1);
      TreeSet<Sample> kept = samples.get(rule);
      if (sampleSize > 0 && (kept.size() < sampleSize || !time.isAfter(kept.last().time()))) {
        keep(kept, new Sample(time, eventId, operation)); // else it would be dropped at once
      }
    }

    private void count(int rule, String operation, long hits) {
      long[] count = byOperation.get(rule).get(operation);
      if (count == null) {
        byOperation.get(rule).put(operation, new long[] {hits});
      } else {
        count[0] += hits;
      }
    }

    private void keep(TreeSet<Sample> set, Sample sample) {
      if (sampleSize == 0) {
        return;
      }
      set.add(sample);
      if (set.size() > sampleSize) {
        set.pollLast();
      }
    }

    /** The counts of a report, to be added to others. */
    static Partial of(BacktestReport report, int sampleSize) {
      Partial p = new Partial(report.rules().size(), sampleSize);
      p.records = report.records();
      p.notCognito = report.notCognito();
      p.notDeliverable = report.notDeliverable();
      p.outsideWindow = report.outsideWindow();
      for (int i = 0; i < report.rules().size(); i++) {
        RuleHits r = report.rules().get(i);
        p.hits[i] = r.hits();
        p.first[i] = r.first();
        p.last[i] = r.last();
        for (Map.Entry<String, Long> e : r.byOperation().entrySet()) {
          p.count(i, e.getKey(), e.getValue());
        }
        for (Sample sample : r.samples()) {
          p.keep(p.samples.get(i), sample);
        }
      }
      p.malformed.addAll(report.malformed());
      return p;
    }

    void add(Partial other) {
      records += other.records;
      notCognito += other.notCognito;
      notDeliverable += other.notDeliverable;
      outsideWindow += other.outsideWindow;
      for (int i = 0; i < hits.length; i++) {
        if (other.hits[i] == 0) {
          continue;
        }
        hits[i] += other.hits[i];
        if (first[i] == null || other.first[i].isBefore(first[i])) {
          first[i] = other.first[i];
        }
        if (last[i] == null || other.last[i].isAfter(last[i])) {
          last[i] = other.last[i];
        }
        for (Map.Entry<String, long[]> e : other.byOperation.get(i).entrySet()) {
          count(i, e.getKey(), e.getValue()[0]);
        }
        for (Sample s : other.samples.get(i)) {
          keep(samples.get(i), s);
        }
      }
      malformed.addAll(other.malformed);
    }

    BacktestReport report(int files, List<Rule> rules) {
      List<RuleHits> out = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        Rule rule = rules.get(i);
        TreeMap<String, Long> operations = new TreeMap<>();
        byOperation.get(i).forEach((operation, count) -> operations.put(operation, count[0]));
        out.add(
            new RuleHits(
                rule.name(),
                rule.state().name(),
                hits[i],
                first[i],
                last[i],
                operations,
                new ArrayList<>(samples.get(i))));
      }
      List<Malformed> sorted = new ArrayList<>(malformed);
      sorted.sort(
          Comparator.comparing(Malformed::file)
              .thenComparingLong(Malformed::line)
              .thenComparing(Malformed::reason));
      return new BacktestReport(
          files, records, notCognito, notDeliverable, outsideWindow, out, sorted);
    }
  }
}
