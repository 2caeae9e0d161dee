package io.github.cognitoevents.model.triggermesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.Samples;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A binary-mode CloudEvent (attributes apart from the data bytes) reads as the structured one. */
class BinaryModeTest {
  private static final String SAMPLE = "triggermesh/sync-trigger-user-modified.json";

  @Test
  void attributesAndDataGiveTheStructuredEvent() {
    JsonNode structured = Samples.tree(SAMPLE);
    Map<String, String> attributes = attributes(structured);
    byte[] data = structured.get("data").toString().getBytes(StandardCharsets.UTF_8);

    TriggerMeshEvent binary = TriggerMeshEvent.fromCloudEvent(attributes, data);

    assertThat(binary).isEqualTo(TriggerMeshEvent.fromJson(structured));
    assertThat(binary.data()).isEqualTo(CognitoUser.fromJson(data));
    assertThat(CognitoUser.fromJson(new String(data, StandardCharsets.UTF_8)))
        .isEqualTo(binary.data());
    assertThat(CognitoUser.fromJson(structured.get("data"))).isEqualTo(binary.data());
  }

  @Test
  void extensionAttributesAreKeptInOrder() {
    JsonNode structured = Samples.tree(SAMPLE);
    Map<String, String> attributes = attributes(structured);
    attributes.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    byte[] data = structured.get("data").toString().getBytes(StandardCharsets.UTF_8);

    TriggerMeshEvent event = TriggerMeshEvent.fromCloudEvent(attributes, data);

    assertThat(event.unknownFields()).containsKey("traceparent");
    assertThat(event.toJson().get("traceparent").asText()).startsWith("00-0af7");
  }

  @Test
  void refusesOtherTypesNonJsonDataAndDataThatIsNotAUser() {
    JsonNode structured = Samples.tree(SAMPLE);
    byte[] data = structured.get("data").toString().getBytes(StandardCharsets.UTF_8);

    Map<String, String> other = attributes(structured);
    other.put("type", "com.example.other");
    assertThatThrownBy(() -> TriggerMeshEvent.fromCloudEvent(other, data))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("type is not");

    Map<String, String> xml = attributes(structured);
    xml.put("datacontenttype", "application/xml");
    assertThatThrownBy(() -> TriggerMeshEvent.fromCloudEvent(xml, data))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the CloudEvent's data is not JSON");

    assertThatThrownBy(
            () ->
                TriggerMeshEvent.fromCloudEvent(
                    attributes(structured),
                    "{\"Username\":[\"SECRET-jane\"]}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("/data/Username")
        .hasMessageNotContaining("SECRET");
    assertThatThrownBy(() -> TriggerMeshEvent.fromCloudEvent(attributes(structured), null))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the CloudEvent has no data");
    assertThatThrownBy(() -> TriggerMeshEvent.fromCloudEvent(null, data))
        .isInstanceOf(EventParseException.class);
  }

  private static Map<String, String> attributes(JsonNode structured) {
    Map<String, String> attributes = new LinkedHashMap<>();
    ((ObjectNode) structured)
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().equals("data") && e.getValue().isTextual()) {
                attributes.put(e.getKey(), e.getValue().asText());
              }
            });
    return attributes;
  }
}
