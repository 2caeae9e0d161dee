package io.github.cognitoevents.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * A generated CloudTrail history on disk, in every format a backtest reads, for the backtest's
 * tests (the library's and the Spark job's): 6,000 records over three accounts and regions (Cognito
 * user pool calls read-only and mutating, succeeded and failed, managed login events, Insights
 * events, other services' calls), written as 40 S3 delivery files in an {@code AWSLogs} tree (gzip
 * and plain, 100 records each), 10 {@code lookup-events} pages, a JSON Lines file of records and a
 * gzip JSON Lines file of EventBridge events. The same seed writes the same bytes.
 */
public final class CloudTrailHistory {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The Cognito operations the records call. */
  public static final List<String> OPERATIONS =
      List.of(
          "UpdateUserPoolClient",
          "DeleteUserPoolClient",
          "CreateUserPoolClient",
          "AdminCreateUser",
          "AdminInitiateAuth",
          "UpdateUserPool",
          "SignUp",
          "ListUsers",
          "ListUserPoolClients",
          "DescribeUserPool",
          "DescribeUserPoolClient",
          "GetUser",
          "AdminGetUser");

  /** The accounts, one per S3 folder in turn. */
  public static final List<String> ACCOUNTS =
      List.of("111111111111", "222222222222", "333333333333");

  /** The regions, one per S3 folder in turn. */
  public static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");

  private final Path root;
  private final List<ObjectNode> records;

  private CloudTrailHistory(Path root, List<ObjectNode> records) {
    this.root = root;
    this.records = Collections.unmodifiableList(records);
  }

  /**
   * Writes the history under a directory.
   *
   * @param root the directory (created if needed)
   * @param seed the seed
   * @return the history
   * @throws IOException if a file cannot be written
   */
  public static CloudTrailHistory write(Path root, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    Instant start = Instant.parse("2026-09-01T00:00:00Z");
    List<ObjectNode> history = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      history.add(record(random, i, start.plusSeconds(i * 37L)));
    }
    for (int f = 0; f < 40; f++) {
      List<ObjectNode> part = history.subList(f * 100, (f + 1) * 100);
      String account = ACCOUNTS.get(f % 3);
      Path folder =
          root.resolve(
              "AWSLogs/"
                  + account
                  + "/CloudTrail/"
                  + REGIONS.get(f % 3)
                  + "/2026/09/0"
                  + (1 + f % 9));
      Files.createDirectories(folder);
      ObjectNode doc = MAPPER.createObjectNode();
      doc.putArray("Records").addAll(part);
      byte[] bytes = MAPPER.writeValueAsBytes(doc);
      if (f % 2 == 0) {
        Files.write(folder.resolve(account + "_CloudTrail_" + f + ".json.gz"), gzip(bytes));
      } else {
        Files.write(folder.resolve(account + "_CloudTrail_" + f + ".json"), bytes);
      }
    }
    Path lookup = Files.createDirectories(root.resolve("lookup"));
    for (int page = 0; page < 10; page++) {
      ObjectNode doc = MAPPER.createObjectNode();
      ArrayNode events = doc.putArray("Events");
      for (ObjectNode r : history.subList(4000 + page * 100, 4100 + page * 100)) {
        ObjectNode e = events.addObject();
        e.put("EventId", r.get("eventID").asText());
        e.put("EventName", r.get("eventName").asText());
        e.put("CloudTrailEvent", MAPPER.writeValueAsString(r));
      }
      doc.put("NextToken", "token-" + page);
      Files.write(lookup.resolve("page-" + page + ".json"), MAPPER.writeValueAsBytes(doc));
    }
    StringBuilder lake = new StringBuilder();
    for (ObjectNode r : history.subList(5000, 5500)) {
      lake.append(MAPPER.writeValueAsString(r)).append('\n');
    }
    Files.writeString(root.resolve("lake.jsonl"), lake);
    StringBuilder archive = new StringBuilder();
    for (ObjectNode r : history.subList(5500, 6000)) {
      ObjectNode e = MAPPER.createObjectNode();
      e.put("version", "0").put("id", "x").put("detail-type", "AWS API Call via CloudTrail");
      e.set("detail", r);
      archive.append(MAPPER.writeValueAsString(e)).append('\n');
    }
    Files.write(
        root.resolve("archive.jsonl.gz"),
        gzip(archive.toString().getBytes(StandardCharsets.UTF_8)));
    return new CloudTrailHistory(root, history);
  }

  /**
   * The directory the history is under.
   *
   * @return the root
   */
  public Path root() {
    return root;
  }

  /**
   * The records, in time order (each appears in exactly one file).
   *
   * @return the records (do not modify them)
   */
  public List<ObjectNode> records() {
    return records;
  }

  private static ObjectNode record(SplittableRandom random, int i, Instant time) {
    ObjectNode r = MAPPER.createObjectNode();
    int kind = random.nextInt(100);
    String account = ACCOUNTS.get(random.nextInt(3));
    String region = REGIONS.get(random.nextInt(3));
    r.put("eventVersion", "1.08");
    ObjectNode identity = r.putObject("userIdentity");
    identity.put("type", "AssumedRole").put("accountId", account);
    r.put("eventTime", time.toString());
    r.put("awsRegion", region);
    r.put("sourceIPAddress", "192.0.2." + random.nextInt(255));
    r.put("eventID", new UUID(i, 42).toString());
    r.put("recipientAccountId", account);
    r.put("managementEvent", true);
    r.put("eventCategory", "Management");
    if (kind < 8) {
      r.put("eventSource", "s3.amazonaws.com").put("eventName", "GetObject");
      r.put("eventType", "AwsApiCall").put("readOnly", true);
    } else if (kind < 13) {
      r.put("eventSource", "cognito-idp.amazonaws.com").put("eventName", "Login_GET");
      r.put("eventType", "AwsServiceEvent").put("readOnly", true);
    } else if (kind < 15) {
      r.put("eventSource", "cognito-idp.amazonaws.com").put("eventName", "UpdateUserPoolClient");
      r.put("eventType", "AwsCloudTrailInsight").put("readOnly", false);
    } else {
      String op = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
      boolean readOnly = op.startsWith("List") || op.startsWith("Describe") || op.contains("Get");
      r.put("eventSource", "cognito-idp.amazonaws.com").put("eventName", op);
      r.put("eventType", "AwsApiCall").put("readOnly", readOnly);
      r.putObject("requestParameters").put("userPoolId", region + "_AbCdEf123");
      if (random.nextInt(10) == 0) {
        r.put("errorCode", "NotAuthorizedException").put("errorMessage", "no");
        r.putNull("responseElements");
      }
    }
    return r;
  }

  /**
   * Gzip-compresses bytes, as CloudTrail's S3 files are.
   *
   * @param bytes the content
   * @return the compressed bytes
   * @throws IOException never in practice
   */
  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
