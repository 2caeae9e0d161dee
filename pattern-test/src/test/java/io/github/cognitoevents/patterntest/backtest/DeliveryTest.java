package io.github.cognitoevents.patterntest.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The delivered event and the record time, each against the JDK's and Jackson's own answer. */
class DeliveryTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsCloudTrailTimesAsInstantParseDoes() {
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 20_000; i++) {
      Instant t = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L));
      String text = t.toString();
      if (random.nextBoolean()) { // a fraction of 1 to 9 digits, trailing zeros too
        int digits = 1 + random.nextInt(9);
        long fraction = random.nextLong((long) Math.pow(10, digits));
        text = text.replace("Z", String.format(".%0" + digits + "dZ", fraction));
      }
      assertThat(Delivery.time(text)).as(text).isEqualTo(Instant.parse(text));
    }
    for (String text :
        List.of(
            "2024-02-29T23:59:59Z",
            "2000-02-29T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2026-06-01T09:15:02.123Z",
            "2026-06-01T09:15:02.1Z",
            "2026-06-01T09:15:02.Z",
            "2026-06-01T09:15:02.123456789Z",
            "2026-06-01T09:15:02+02:00",
            "2026-12-31T23:59:60Z",
            "2026-06-01T24:00:00Z")) {
      assertThat(Delivery.time(text)).as(text).isEqualTo(Instant.parse(text));
    }
    for (String text :
        List.of(
            "2026-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-06-00T00:00:00Z",
            "2026-06-01T23:60:00Z",
            "2026-06-01T23:59:61Z",
            "2026-0a-01T00:00:00Z",
            "2026-06-01 00:00:00Z",
            "20260601T000000Z0000",
            "2026-06-01T09:15:02.1234567890Z",
            "2026-06-01T09:15:02.12a4Z",
            "2026-06-01T09:15:02,1Z",
            "")) {
      assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> Delivery.time(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
    }
  }

  @Test
  void writesTheEventEventBridgeWouldDeliverIntoOneReusedBuffer() throws IOException {
    Delivery.Envelope envelope = new Delivery.Envelope();
    ObjectNode big = record("cognito-idp.amazonaws.com", "eu-west-1", "111122223333");
    big.put("padding", "x".repeat(20_000));
    List<ObjectNode> records =
        List.of(
            record("cognito-idp.amazonaws.com", "us-east-1", "111122223333"),
            big,
            record("cognito-identity.amazonaws.com", "r\u00e9gion \"quoted\"\n", "a\\b\u0001"),
            record("cognito-sync", "us-east-1", null));
    for (ObjectNode record : records) {
      byte[] json = MAPPER.writeValueAsBytes(record);
      byte[] framed = new byte[json.length + 10];
      System.arraycopy(json, 0, framed, 4, json.length);
      Delivery.Fields fields = Delivery.Fields.of(record, true);
      String detailType = Delivery.detailType(fields);
      int length = envelope.write(fields, detailType, framed, 4, json.length);
      JsonNode written = MAPPER.readTree(envelope.bytes(), 0, length);
      int again = envelope.write(fields, detailType, framed, 4, json.length); // bytes reused
      assertThat(MAPPER.readTree(envelope.bytes(), 0, again)).isEqualTo(written);

      ObjectNode expected = MAPPER.createObjectNode();
      expected.put("version", "0");
      expected.put(
          "id",
          UUID.nameUUIDFromBytes(record.get("eventID").asText().getBytes(StandardCharsets.UTF_8))
              .toString());
      expected.put("detail-type", "AWS API Call via CloudTrail");
      String source = record.get("eventSource").asText();
      expected.put("source", "aws." + source.replace(".amazonaws.com", ""));
      expected.put("account", record.path("recipientAccountId").asText(""));
      expected.put("time", record.get("eventTime").asText());
      expected.put("region", record.get("awsRegion").asText());
      expected.putArray("resources");
      expected.set("detail", record);
      assertThat(written).isEqualTo(expected);
      assertThat(envelope.bytes()[length - 1]).isEqualTo((byte) '}');
    }
  }

  private static ObjectNode record(String source, String region, String account) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("eventSource", source);
    r.put("eventName", "UpdateUserPoolClient");
    r.put("eventTime", "2026-06-01T09:15:02Z");
    r.put("eventType", "AwsApiCall");
    r.put("awsRegion", region);
    if (account != null) {
      r.put("recipientAccountId", account);
    }
    r.put("eventID", UUID.nameUUIDFromBytes(region.getBytes(StandardCharsets.UTF_8)).toString());
    r.putObject("requestParameters").put("userPoolId", "us-east-1_EXAMPLE1");
    return r;
  }
}
