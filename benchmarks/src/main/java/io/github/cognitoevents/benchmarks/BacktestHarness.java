package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.Backtest;
import io.github.cognitoevents.patterntest.backtest.BacktestReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A timed harness (not JMH: one pass over hundreds of MB is the unit of work) for the backtest of
 * issue 14: it writes a CloudTrail history of gzip S3 delivery files (deterministic, at least
 * {@code MB} megabytes of gzip, 1,000 records per file, Cognito and other services, read-only and
 * mutating, failures), then times, in the same JVM and alternating, the floor (decompress each file
 * and run a bare Jackson token loop over it) and {@code Backtest} with two sets of 10 rules, each
 * single-threaded and on all cores, for {@code ROUNDS} rounds, and prints records/s, MB/s (of gzip
 * and of JSON) and ours/floor. The sets: the first 10 {@link RealisticRules}, which name their
 * operations, so that only the events of those operations are built and scanned; and the first 9
 * with {@link #FAILURES}, which does not, so that every Cognito event is.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.cognitoevents.benchmarks.BacktestHarness [MB] [ROUNDS]
 * </pre>
 */
public final class BacktestHarness {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String[] OPERATIONS = {
    "UpdateUserPoolClient",
    "DeleteUserPoolClient",
    "AdminInitiateAuth",
    "InitiateAuth",
    "RespondToAuthChallenge",
    "AdminCreateUser",
    "ListUsers",
    "DescribeUserPool",
    "GetUser",
    "AdminGetUser",
    "SignUp",
    "ConfirmSignUp",
    "ForgotPassword",
    "UpdateUserPool"
  };

  private BacktestHarness() {}

  /**
   * Runs the harness.
   *
   * @param args megabytes of gzip to generate (default 200), rounds (default 3)
   * @throws Exception on I/O failure
   */
  public static void main(String[] args) throws Exception {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Path.of("benchmarks", "target", "backtest-logs-" + megabytes);
    List<Path> files = generate(dir, megabytes * 1_000_000L);
    long gzBytes = 0;
    for (Path f : files) {
      gzBytes += Files.size(f);
    }
    List<String> patterns = RealisticRules.first(10);
    List<String> oneUnnamed = new ArrayList<>(patterns.subList(0, 9));
    oneUnnamed.add(FAILURES);
    String[] names = {"10 rules", "9 + failures"};
    RuleSet[] ruleSets = {ruleSet(patterns), ruleSet(oneUnnamed)};
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "%d files, %.1f MB gzip; %d cores; %d rounds%n",
        files.size(), gzBytes / 1e6, cores, rounds);
    long[] floorCounts = floor(files, 1); // warm-up pass, also gives the JSON size and record count
    long jsonBytes = floorCounts[0];
    System.out.printf("%.1f MB of JSON, %d tokens%n", jsonBytes / 1e6, floorCounts[1]);
    long records = -1;
    for (int r = 0; r < ruleSets.length; r++) {
      BacktestReport warm = Backtest.of(ruleSets[r]).threads(cores).run(files);
      records = warm.records();
      System.out.printf(
          "%s: %d records, %d hits in all%n",
          names[r], records, warm.rules().stream().mapToLong(BacktestReport.RuleHits::hits).sum());
    }
    System.out.println(
        "| round | rules | threads | floor s | ours s | ours records/s | ours MB/s (JSON) | ours MB/s (gzip) | ours/floor (time) |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for (int round = 1; round <= rounds; round++) {
      for (int r = 0; r < ruleSets.length; r++) {
        for (int threads : new int[] {1, cores}) {
          long t0 = System.nanoTime();
          floor(files, threads);
          long t1 = System.nanoTime();
          BacktestReport report = Backtest.of(ruleSets[r]).threads(threads).run(files);
          long t2 = System.nanoTime();
          if (report.records() != records) {
            throw new IllegalStateException("a run read another number of records");
          }
          double floorS = (t1 - t0) / 1e9;
          double oursS = (t2 - t1) / 1e9;
          System.out.printf(
              "| %d | %s | %d | %.1f | %.1f | %.0f | %.1f | %.1f | %.2f |%n",
              round,
              names[r],
              threads,
              floorS,
              oursS,
              records / oursS,
              jsonBytes / 1e6 / oursS,
              gzBytes / 1e6 / oursS,
              oursS / floorS);
        }
      }
    }
  }

  /**
   * A rule that does not name its operations (any failed Cognito call): with it in the set, every
   * Cognito event is built and scanned.
   */
  static final String FAILURES =
      "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"errorCode\":[{\"exists\":true}]}}";

  private static RuleSet ruleSet(List<String> patterns) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      rules.add(Rule.of("rule-" + i, EventPattern.parse(patterns.get(i))));
    }
    return RuleSet.of(rules);
  }

  /** Decompresses and tokenises every file; returns {JSON bytes, tokens}. */
  static long[] floor(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(
            pool.submit(
                () -> {
                  long tokens = 0;
                  try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16);
                      JsonParser p = FACTORY.createParser(in)) {
                    while (p.nextToken() != null) {
                      tokens++;
                    }
                    return new long[] {p.currentLocation().getByteOffset(), tokens};
                  }
                }));
      }
      long bytes = 0;
      long tokens = 0;
      for (Future<long[]> f : futures) {
        bytes += f.get()[0];
        tokens += f.get()[1];
      }
      return new long[] {bytes, tokens};
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes the history once; reuses it when it is already there. */
  static List<Path> generate(Path dir, long gzTarget) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir.resolve("tmp"));
      SplittableRandom random = new SplittableRandom(14);
      Instant time = Instant.parse("2026-06-01T00:00:00Z");
      long written = 0;
      for (int file = 0; written < gzTarget; file++) {
        ObjectNode doc = MAPPER.createObjectNode();
        ArrayNode records = doc.putArray("Records");
        for (int i = 0; i < 1000; i++) {
          time = time.plusMillis(200 + random.nextInt(800));
          records.add(record(random, file * 1000L + i, time));
        }
        Path out =
            dir.resolve(String.format("111122223333_CloudTrail_us-east-1_%06d.json.gz", file));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
          MAPPER.writeValue(gz, doc);
        }
        written += Files.size(out);
      }
      Files.delete(dir.resolve("tmp"));
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList();
    }
  }

  private static ObjectNode record(SplittableRandom random, long n, Instant time) {
    ObjectNode r = MAPPER.createObjectNode();
    boolean cognito = random.nextInt(10) < 8;
    String op = cognito ? OPERATIONS[random.nextInt(OPERATIONS.length)] : "PutObject";
    r.put("eventVersion", "1.09");
    ObjectNode id = r.putObject("userIdentity");
    id.put("type", "AssumedRole");
    id.put(
        "principalId",
        "AROA"
            + Long.toHexString(random.nextLong()).toUpperCase()
            + ":session-"
            + random.nextInt(500));
    id.put(
        "arn",
        "arn:aws:sts::111122223333:assumed-role/role-"
            + random.nextInt(40)
            + "/session-"
            + random.nextInt(500));
    id.put("accountId", "111122223333");
    id.put("accessKeyId", "ASIA" + Long.toHexString(random.nextLong()).toUpperCase());
    ObjectNode ctx = id.putObject("sessionContext");
    ctx.putObject("attributes")
        .put("creationDate", time.minusSeconds(600).toString())
        .put("mfaAuthenticated", "false");
    r.put("eventTime", time.toString());
    r.put("eventSource", cognito ? "cognito-idp.amazonaws.com" : "s3.amazonaws.com");
    r.put("eventName", op);
    r.put("awsRegion", "us-east-1");
    r.put("sourceIPAddress", "198.51." + random.nextInt(256) + "." + random.nextInt(256));
    r.put(
        "userAgent",
        "aws-sdk-java/2.59." + random.nextInt(10) + " Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.15");
    ObjectNode req = r.putObject("requestParameters");
    req.put("userPoolId", "us-east-1_" + Long.toString(random.nextLong() & 0xffffffffL, 36));
    req.put("clientId", Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
    if (random.nextInt(10) == 0) {
      r.put("errorCode", "NotAuthorizedException");
      r.put("errorMessage", "Access denied");
      r.putNull("responseElements");
    } else {
      r.putObject("responseElements").put("status", "OK");
    }
    r.put("requestID", new java.util.UUID(random.nextLong(), n).toString());
    r.put("eventID", new java.util.UUID(n, random.nextLong()).toString());
    r.put("readOnly", op.startsWith("List") || op.startsWith("Describe") || op.contains("Get"));
    r.put("eventType", "AwsApiCall");
    r.put("managementEvent", true);
    r.put("recipientAccountId", "111122223333");
    r.put("eventCategory", "Management");
    ObjectNode tls = r.putObject("tlsDetails");
    tls.put("tlsVersion", "TLSv1.3").put("cipherSuite", "TLS_AES_128_GCM_SHA256");
    tls.put("clientProvidedHostHeader", "cognito-idp.us-east-1.amazonaws.com");
    return r;
  }
}
