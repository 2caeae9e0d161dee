package io.github.cognitoevents.patterntest.backtest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.pattern.RuleState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * The event EventBridge would have delivered for a CloudTrail record, and to which rules.
 *
 * <p>Where each fact comes from:
 *
 * <ul>
 *   <li>The envelope ({@code version "0"}, {@code detail-type} by {@code eventType}, {@code source}
 *       {@code aws.} + the service of {@code eventSource}, {@code account}, {@code time}, {@code
 *       region}, {@code resources []}, {@code detail} the record): EventBridge's page on events
 *       from AWS services via CloudTrail, as summarised in {@code
 *       shared/reference/cloudtrail-cognito.md} §1. {@code account} is the receiving account,
 *       {@code recipientAccountId} (same note).
 *   <li>{@code id}: EventBridge generates a random UUID per event; AWS does not say how, so a
 *       backtest uses a name-based UUID of {@code eventID}: deterministic, and unique per record.
 *   <li>Read-only management events whose names begin with {@code Get}, {@code List} or {@code
 *       Describe} reach only rules in state {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}
 *       (EventBridge's page on rule states, note §1). The page says read-only events with other
 *       names may already be delivered to {@code ENABLED} rules: AWS is not precise there, and this
 *       code delivers them (marked unverified in the note, as are read-only managed-login events
 *       such as {@code Login_GET}).
 *   <li>Disabled rules receive nothing (EventBridge's rule states).
 *   <li>{@code eventType} values without an EventBridge {@code detail-type} are not delivered.
 * </ul>
 */
final class Delivery {
  static final Map<String, String> DETAIL_TYPES =
      Map.of(
          "AwsApiCall", "AWS API Call via CloudTrail",
          "AwsServiceEvent", "AWS Service Event via CloudTrail",
          "AwsConsoleAction", "AWS Console Action via CloudTrail",
          "AwsConsoleSignIn", "AWS Console Sign In via CloudTrail");

  private Delivery() {}

  /**
   * The top-level members of a record that delivery needs, read while the record streams by; {@code
   * single} when each of them appears at most once in the record's bytes (then {@code eventName} is
   * the event's only value there).
   */
  record Fields(
      String eventSource,
      String eventName,
      String eventTime,
      String eventType,
      String awsRegion,
      String account,
      String eventId,
      boolean readOnly,
      boolean single) {

    /**
     * The same members from a tree.
     *
     * @param single whether the bytes handed on with these fields hold each member once (bytes
     *     written from the tree do; the original bytes of a record may repeat a member)
     */
    static Fields of(JsonNode record, boolean single) {
      JsonNode readOnly = record.path("readOnly");
      return new Fields(
          text(record, "eventSource"),
          text(record, "eventName"),
          text(record, "eventTime"),
          text(record, "eventType"),
          text(record, "awsRegion"),
          text(record, "recipientAccountId"),
          text(record, "eventID"),
          readOnly.isBoolean() ? readOnly.booleanValue() : "true".equals(readOnly.asText()),
          single);
    }

    private static String text(JsonNode record, String name) {
      JsonNode value = record.get(name);
      return value != null && value.isTextual() ? value.textValue() : null;
    }
  }

  /** Whether the record is a Cognito event. */
  static boolean isCognito(Fields record) {
    String source = record.eventSource();
    return source != null
        && source.startsWith("cognito-")
        && (source.equals("cognito-idp.amazonaws.com")
            || source.equals("cognito-identity.amazonaws.com")
            || source.equals("cognito-sync.amazonaws.com"));
  }

  /** The detail-type EventBridge gives the record, or {@code null} when it delivers none. */
  static String detailType(Fields record) {
    return record.eventType() == null ? null : DETAIL_TYPES.get(record.eventType());
  }

  /** Whether only {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS} rules receive it. */
  static boolean needsAllManagementEvents(Fields record) {
    String name = record.eventName();
    return record.readOnly()
        && (name.startsWith("Get") || name.startsWith("List") || name.startsWith("Describe"));
  }

  /** Whether a rule in this state receives the record. */
  static boolean delivers(RuleState state, boolean needsAll) {
    return switch (state) {
      case DISABLED -> false;
      case ENABLED -> !needsAll;
      case ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS -> true;
    };
  }

  /**
   * The time of a record: CloudTrail's own form ({@code 2026-06-01T09:15:02Z}, also with a fraction
   * of a second) read directly, any other form by {@link Instant#parse}, which also gives the error
   * for a time that is not one.
   *
   * @throws java.time.format.DateTimeParseException if it is not a time
   */
  static Instant time(String text) {
    int n = text.length();
    if (n >= 20
        && n <= 30
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(n - 1) == 'Z'
        && (n == 20 || (n > 21 && text.charAt(19) == '.'))) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      int fraction = n == 20 ? 0 : digits(text, 20, n - 21);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && (day <= 28 || day <= Month.of(month).length(Year.isLeap(year)))
          && hour >= 0
          && hour < 24
          && minute >= 0
          && minute < 60
          && second >= 0
          && second < 60
          && fraction >= 0) {
        long days = LocalDate.of(year, month, day).toEpochDay();
        long nanos = fraction;
        for (int i = n - 21; i < 9 && n > 20; i++) {
          nanos *= 10;
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
      }
    }
    return Instant.parse(text);
  }

  /** The value of {@code count} ASCII digits, or -1 when one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Writes the EventBridge events of one reader's records into one buffer, reused from record to
   * record: the envelope members followed by the record's own bytes as {@code detail} (member order
   * does not matter to a pattern). Not thread-safe: one per file being read.
   */
  static final class Envelope {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VERSION_ID = ascii("{\"version\":\"0\",\"id\":\"");
    private static final byte[] DETAIL_TYPE = ascii("\",\"detail-type\":\"");
    private static final byte[] SOURCE = ascii("\",\"source\":\"aws.");
    private static final byte[] ACCOUNT = ascii("\",\"account\":\"");
    private static final byte[] TIME = ascii("\",\"time\":\"");
    private static final byte[] REGION = ascii("\",\"region\":\"");
    private static final byte[] DETAIL = ascii("\",\"resources\":[],\"detail\":");

    private final MessageDigest md5;
    private final String[] lastQuoted = new String[4];
    private final byte[][] lastQuotedBytes = new byte[4][];
    private String lastSource;
    private String lastService;
    private byte[] buffer = new byte[8192];
    private int length;

    Envelope() {
      try {
        md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("MD5, which every Java platform has, is missing", e);
      }
    }

    /**
     * Writes the event for a record that has a detail-type.
     *
     * @return its length; the bytes are the first ones of {@link #bytes()}, until the next write
     */
    int write(Fields record, String detailType, byte[] json, int offset, int count) {
      length = 0;
      String source = record.eventSource();
      if (source != lastSource) {
        int dot = source.indexOf(".amazonaws.com");
        lastService = dot > 0 ? source.substring(0, dot) : source;
        lastSource = source;
      }
      append(VERSION_ID);
      id(record.eventId() == null ? "" : record.eventId());
      append(DETAIL_TYPE);
      quoted(0, detailType);
      append(SOURCE);
      quoted(1, lastService);
      append(ACCOUNT);
      quoted(2, record.account() == null ? "" : record.account());
      append(TIME);
      quote(record.eventTime());
      append(REGION);
      quoted(3, record.awsRegion() == null ? "" : record.awsRegion());
      append(DETAIL);
      append(json, offset, count);
      ensure(1);
      buffer[length++] = '}';
      return length;
    }

    byte[] bytes() {
      return buffer;
    }

    /** {@link UUID#nameUUIDFromBytes} of the event ID, written without the objects it makes. */
    private void id(String eventId) {
      byte[] hash = md5.digest(eventId.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x30); // version 3: name-based, MD5
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the IETF variant
      ensure(36);
      for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
          buffer[length++] = '-';
        }
        buffer[length++] = HEX[(hash[i] >> 4) & 0xf];
        buffer[length++] = HEX[hash[i] & 0xf];
      }
    }

    /**
     * The inside of a JSON string for one envelope member ({@code slot}): the bytes written last
     * time for that member are reused when the same {@code String} comes again (the reader hands on
     * one object for a value that repeats from record to record).
     */
    private void quoted(int slot, String value) {
      if (value == lastQuoted[slot]) {
        append(lastQuotedBytes[slot]);
        return;
      }
      int start = length;
      quote(value);
      lastQuotedBytes[slot] = Arrays.copyOfRange(buffer, start, length);
      lastQuoted[slot] = value;
    }

    private void quote(String value) {
      int n = value.length();
      ensure(n);
      int start = length;
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
          length = start;
          append(JsonStringEncoder.getInstance().quoteAsUTF8(value));
          return;
        }
        buffer[length++] = (byte) c;
      }
    }

    private void append(byte[] bytes) {
      append(bytes, 0, bytes.length);
    }

    private void append(byte[] bytes, int offset, int count) {
      ensure(count);
      System.arraycopy(bytes, offset, buffer, length, count);
      length += count;
    }

    private void ensure(int more) {
      if (length + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
      }
    }

    private static byte[] ascii(String text) {
      return text.getBytes(StandardCharsets.ISO_8859_1);
    }
  }
}
