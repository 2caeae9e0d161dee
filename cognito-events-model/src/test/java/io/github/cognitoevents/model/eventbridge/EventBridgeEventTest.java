package io.github.cognitoevents.model.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.Samples;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventBridgeEventTest {

  @Test
  void readsAnyEventWithItsDetailAsATreeAndTypedTime() {
    JsonNode json = Samples.tree("eventbridge/custom-event.json");

    EventBridgeEvent<JsonNode> event = EventBridgeEvent.fromJson(json);

    assertThat(event.detailType()).isEqualTo("OrderPlaced");
    assertThat(event.source()).isEqualTo("com.example.orders");
    assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T05:00:00.250Z"));
    assertThat(event.timeText()).isEqualTo("2026-11-23T05:00:00.250+00:00");
    assertThat(event.resources()).hasSize(1);
    assertThat(event.detail().get("orderId").asText()).isEqualTo("o-42");
    assertThat(event.unknownFields()).containsOnlyKeys("replay-name");
  }

  @Test
  void roundTripsKeepingTheTimeTextAndUnknownMembers() {
    JsonNode json = Samples.tree("eventbridge/custom-event.json");

    assertThat(EventBridgeEvent.fromJson(json).toJson(d -> d)).isEqualTo(json);
  }

  @Test
  void writesTheInstantWhenTheTimeWasChanged() {
    EventBridgeEvent<JsonNode> event =
        EventBridgeEvent.fromJson(Samples.tree("eventbridge/custom-event.json"));
    EventBridgeEvent<JsonNode> moved =
        new EventBridgeEvent<>(
            event.version(),
            event.id(),
            event.detailType(),
            event.source(),
            event.account(),
            Instant.parse("2027-01-01T00:00:00Z"),
            event.timeText(),
            event.region(),
            event.resources(),
            event.detail(),
            event.unknownFields());

    assertThat(moved.toJson(d -> d).get("time").asText()).isEqualTo("2027-01-01T00:00:00Z");
  }

  @Test
  void buildsAnEventFromScratchDerivingTheTimeText() {
    EventBridgeEvent<String> event =
        new EventBridgeEvent<>(
            "0",
            "id-1",
            "Custom",
            "com.example",
            "111122223333",
            Instant.parse("2026-01-02T03:04:05Z"),
            null,
            "us-east-1",
            List.of(),
            "payload",
            Map.of());

    ObjectNode json = event.toJson(s -> Samples.MAPPER.getNodeFactory().textNode(s));

    assertThat(event.timeText()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(json.get("detail").asText()).isEqualTo("payload");
    assertThat(json.get("detail-type").asText()).isEqualTo("Custom");
  }

  @Test
  void reportsDetailErrorsUnderTheDetailPointer() {
    ObjectNode json =
        (ObjectNode) Samples.tree("cloudtrail/operations/delete-user-pool-client-success.json");
    ((ObjectNode) json.get("detail")).put("readOnly", 42);

    assertThatThrownBy(() -> EventBridgeEvent.fromJson(json, CloudTrailRecord::fromJson))
        .isInstanceOf(EventParseException.class)
        .hasMessage("field '/detail/readOnly' must be a boolean but is a number")
        .extracting(e -> ((EventParseException) e).pointer())
        .isEqualTo("/detail/readOnly");
  }

  @Test
  void rejectsAnUnparsableTimeNamingTheField() {
    ObjectNode json = (ObjectNode) Samples.tree("eventbridge/custom-event.json");
    json.put("time", "23/11/2026");

    assertThatThrownBy(() -> EventBridgeEvent.fromJson(json))
        .isInstanceOf(EventParseException.class)
        .hasMessage("field '/time' must be an ISO-8601 timestamp but is another string");
  }

  @Test
  void refusesANonCognitoEnvelopeAtTheEntryPoint() {
    JsonNode json = Samples.tree("eventbridge/custom-event.json");

    assertThatThrownBy(() -> CognitoEvents.parse(json))
        .isInstanceOf(EventParseException.class)
        .hasMessage(
            "an EventBridge event is a Cognito event only when its detail is a CloudTrail"
                + " record, and this detail is not one");
  }

  @Test
  void readsACloudTrailEventInOneCall() {
    String json = Samples.text("cloudtrail/operations/delete-user-pool-client-success.json");

    EventBridgeEvent<CloudTrailRecord> event = CloudTrailRecord.fromEventBridgeJson(json);

    assertThat(event.source()).isEqualTo("aws.cognito-idp");
    assertThat(event.detail().eventName()).isEqualTo("DeleteUserPoolClient");
    assertThat(event.toJson(CloudTrailRecord::toJson))
        .isEqualTo(Samples.tree("cloudtrail/operations/delete-user-pool-client-success.json"));
  }
}
