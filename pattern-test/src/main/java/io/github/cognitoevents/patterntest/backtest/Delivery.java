package io.github.cognitoevents.patterntest.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** Whether the record is a Cognito event. */
  static boolean isCognito(JsonNode record) {
    return COGNITO_SOURCES.contains(record.path("eventSource").asText(""));
  }

  /** The detail-type EventBridge gives the record, or {@code null} when it delivers none. */
  static String detailType(JsonNode record) {
    return DETAIL_TYPES.get(record.path("eventType").asText(""));
  }

  /** Whether only {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS} rules receive it. */
  static boolean needsAllManagementEvents(JsonNode record) {
    JsonNode readOnly = record.path("readOnly");
    boolean ro = readOnly.isBoolean() ? readOnly.booleanValue() : "true".equals(readOnly.asText());
    String name = record.path("eventName").asText("");
    return ro && (name.startsWith("Get") || name.startsWith("List") || name.startsWith("Describe"));
  }

  /** Whether a rule in this state receives the record. */
  static boolean delivers(RuleState state, boolean needsAll) {
    return switch (state) {
      case DISABLED -> false;
      case ENABLED -> !needsAll;
      case ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS -> true;
    };
  }

  /** The EventBridge event for a record that has a detail-type. */
  static ObjectNode envelope(JsonNode record, String detailType) {
    ObjectNode e = JsonNodeFactory.instance.objectNode();
    e.put("version", "0");
    String eventId = record.path("eventID").asText("");
    e.put("id", UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).toString());
    e.put("detail-type", detailType);
    String source = record.path("eventSource").asText("");
    int dot = source.indexOf(".amazonaws.com");
    e.put("source", "aws." + (dot > 0 ? source.substring(0, dot) : source));
    String account = record.path("recipientAccountId").asText("");
    if (account.isEmpty()) {
      account = record.path("userIdentity").path("accountId").asText("");
    }
    e.put("account", account);
    e.put("time", record.path("eventTime").asText(""));
    e.put("region", record.path("awsRegion").asText(""));
    e.putArray("resources");
    e.set("detail", record);
    return e;
  }
}
