package io.github.cognitoevents.model.triggermesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.Samples;
import io.github.cognitoevents.model.cloudtrail.UserStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TriggerMeshEventTest {

  private static final String SAMPLE = "triggermesh/sync-trigger-user-modified.json";

  @Test
  void readsTheCloudEventAttributesAndTheUser() {
    TriggerMeshEvent event = TriggerMeshEvent.fromJson(Samples.text(SAMPLE));

    assertThat(event.type()).isEqualTo(TriggerMeshEvent.TYPE);
    assertThat(event.specVersion()).isEqualTo("1.0");
    assertThat(event.userPoolId()).isEqualTo("us-west-2_abcdefghi");
    assertThat(event.time()).isNull();
    assertThat(event.unknownFields()).containsOnlyKeys("knativearrivaltime");
    CognitoUser user = event.data();
    assertThat(user.username()).isEqualTo("bob");
    assertThat(user.enabled()).isTrue();
    assertThat(user.userStatusEnum()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    assertThat(user.attribute("email")).contains("bob@example.com");
    assertThat(user.attribute("phone_number")).isEmpty();
    assertThat(user.mfaOptions()).isNull();
    assertThat(user.unknownFields()).containsOnlyKeys("MFAOptions");
    assertThat(user.userLastModifiedDate()).isEqualTo(Instant.parse("2024-05-14T07:30:18.517Z"));
  }

  @Test
  void roundTripsToTheSameTreeKeepingTheNullMfaOptions() throws Exception {
    JsonNode expected = Samples.tree(SAMPLE);

    CognitoEvent event = CognitoEvents.parse(expected);

    assertThat(event).isInstanceOf(CognitoEvent.TriggerMesh.class);
    assertThat(event.toJson()).isEqualTo(expected);
    assertThat(event.name()).isEqualTo("com.amazon.cognito-idp.sync_trigger");
  }

  @Test
  void acceptsTheDocumentedTypeSpellingAndDerivesThePoolFromTheSource() {
    ObjectNode json = (ObjectNode) Samples.tree(SAMPLE);
    json.put("type", TriggerMeshEvent.DOCUMENTED_TYPE);
    json.remove("subject");

    CognitoEvent event = CognitoEvents.parse(json);

    assertThat(((CognitoEvent.TriggerMesh) event).event().userPoolId())
        .isEqualTo("us-west-2_abcdefghi");
  }

  @Test
  void rejectsAnUnparsableUserDateNamingTheField() {
    ObjectNode json = (ObjectNode) Samples.tree(SAMPLE);
    ((ObjectNode) json.get("data")).put("UserCreateDate", "yesterday");

    assertThatThrownBy(() -> TriggerMeshEvent.fromJson(json))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("UserCreateDate")
        .hasMessageNotContaining("yesterday")
        .extracting(e -> ((EventParseException) e).pointer())
        .isEqualTo("/data/UserCreateDate");
  }
}
