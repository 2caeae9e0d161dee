package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records are immutable: inputs are copied, JSON trees are handed out read-only. */
class ImmutabilityTest {

  @Test
  void copiesListsPassedToTheConstructor() {
    List<String> urls = new ArrayList<>(List.of("https://a.example"));
    UpdateUserPoolClientRequest request =
        new UpdateUserPoolClientRequest(
            "p",
            Redactable.of("c"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            urls,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of());

    urls.add("https://evil.example");

    assertThat(request.callbackURLs()).containsExactly("https://a.example");
    assertThatThrownBy(() -> request.callbackURLs().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void handsOutReadOnlyTreesAndUnknownFields() {
    JsonNode json = Samples.tree("entrypoint/quirky-record.json");
    CloudTrailRecord record = CloudTrailRecord.fromJson(json);

    assertThatThrownBy(() -> ((ObjectNode) record.eventContext()).put("tampered", true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                ((ObjectNode) record.unknownFields().get("someFutureField")).put("tampered", true))
        .isInstanceOf(UnsupportedOperationException.class);
    ((ObjectNode) record.eventContext().deepCopy()).put("tampered", true);

    assertThat(record.eventContext().has("tampered")).isFalse();
    assertThat(record.unknownFields().get("someFutureField").has("tampered")).isFalse();
    assertThat(record.toJson()).isEqualTo(json);
  }

  @Test
  void isNotAffectedByLaterChangesToTheSourceTree() {
    ObjectNode json = (ObjectNode) Samples.tree("entrypoint/quirky-record.json");
    CloudTrailRecord record = CloudTrailRecord.fromJson(json);

    ((ObjectNode) json.get("eventContext")).put("tampered", true);

    assertThat(record.eventContext().has("tampered")).isFalse();
  }
}
