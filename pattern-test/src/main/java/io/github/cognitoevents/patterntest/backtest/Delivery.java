package io.github.cognitoevents.patterntest.backtest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.pattern.RuleState;
import java.nio.charset.StandardCharsets;
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

  static final java.util.Set<String> COGNITO_SOURCES =
      java.util.Set.of(
          "cognito-idp.amazonaws.com",
          "cognito-identity.amazonaws.com",
          "cognito-sync.amazonaws.com");

  private Delivery() {}

  /** The top-level members of a record that delivery needs, read while the record streams by. */
  record Fields(
      String eventSource,
      String eventName,
      String eventTime,
      String eventType,
      String awsRegion,
      String account,
      String eventId,
      boolean readOnly) {

    /** The same members from a tree. */
    static Fields of(JsonNode record) {
      JsonNode readOnly = record.path("readOnly");
      return new Fields(
          text(record, "eventSource"),
          text(record, "eventName"),
          text(record, "eventTime"),
          text(record, "eventType"),
          text(record, "awsRegion"),
          text(record, "recipientAccountId"),
          text(record, "eventID"),
          readOnly.isBoolean() ? readOnly.booleanValue() : "true".equals(readOnly.asText()));
    }

    private static String text(JsonNode record, String name) {
      JsonNode value = record.get(name);
      return value != null && value.isTextual() ? value.textValue() : null;
    }
  }

  /** Whether the record is a Cognito event. */
  static boolean isCognito(Fields record) {
    return record.eventSource() != null && COGNITO_SOURCES.contains(record.eventSource());
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
   * The EventBridge event for a record that has a detail-type, as UTF-8 JSON: the envelope members
   * followed by the record's own bytes as {@code detail} (member order does not matter to a
   * pattern).
   */
  static byte[] envelope(Fields record, String detailType, byte[] recordJson) {
    String eventId = record.eventId() == null ? "" : record.eventId();
    String source = record.eventSource();
    int dot = source.indexOf(".amazonaws.com");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(recordJson.length + 256);
    JsonStringEncoder quote = JsonStringEncoder.getInstance();
    write(out, "{\"version\":\"0\",\"id\":\"");
    write(out, UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).toString());
    write(out, "\",\"detail-type\":\"");
    out.writeBytes(quote.quoteAsUTF8(detailType));
    write(out, "\",\"source\":\"aws.");
    out.writeBytes(quote.quoteAsUTF8(dot > 0 ? source.substring(0, dot) : source));
    write(out, "\",\"account\":\"");
    out.writeBytes(quote.quoteAsUTF8(record.account() == null ? "" : record.account()));
    write(out, "\",\"time\":\"");
    out.writeBytes(quote.quoteAsUTF8(record.eventTime()));
    write(out, "\",\"region\":\"");
    out.writeBytes(quote.quoteAsUTF8(record.awsRegion() == null ? "" : record.awsRegion()));
    write(out, "\",\"resources\":[],\"detail\":");
    out.writeBytes(recordJson);
    out.write('}');
    return out.toByteArray();
  }

  private static void write(java.io.ByteArrayOutputStream out, String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }
}
