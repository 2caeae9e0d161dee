package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.AdminCreateUserRequest;
import io.github.cognitoevents.model.cloudtrail.AdminGetUserAuthFactorsRequest;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CreateResourceServerRequest;
import io.github.cognitoevents.model.cloudtrail.IdentityType;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import io.github.cognitoevents.model.cloudtrail.Samples;
import io.github.cognitoevents.model.cloudtrail.SetRiskConfigurationRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CognitoEventsTest {

  @Test
  void recognisesAnEventBridgeCloudTrailEvent() {
    String json = Samples.text("cloudtrail/operations/update-user-pool-client-success.json");

    CognitoEvent event = CognitoEvents.parse(json);

    assertThat(event).isInstanceOf(CognitoEvent.CloudTrailViaEventBridge.class);
    assertThat(event.recordType()).isEqualTo("EventBridgeEvent<CloudTrailRecord>");
    assertThat(event.name()).isEqualTo("UpdateUserPoolClient");
    assertThat(event.cloudTrailRecord()).isPresent();
  }

  @Test
  void recognisesABareCloudTrailRecordFromBytesAndStreams() {
    String json =
        Samples.tree("cloudtrail/operations/admin-create-user-success.json")
            .get("detail")
            .toString();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    CognitoEvent fromBytes = CognitoEvents.parse(bytes);
    CognitoEvent fromStream = CognitoEvents.parse(new ByteArrayInputStream(bytes));

    assertThat(fromBytes).isInstanceOf(CognitoEvent.CloudTrail.class).isEqualTo(fromStream);
    assertThat(fromBytes.recordType()).isEqualTo("CloudTrailRecord");
    assertThat(fromBytes.name()).isEqualTo("AdminCreateUser");
  }

  @Test
  void delegatesTriggerEventsToTheTriggerModel() throws Exception {
    JsonNode json = Samples.tree("entrypoint/pre-sign-up.json");

    CognitoEvent event = CognitoEvents.parse(json);

    assertThat(event).isInstanceOf(CognitoEvent.Trigger.class);
    assertThat(event.name()).isEqualTo("PreSignUp_SignUp");
    assertThat(event.recordType()).isEqualTo("PreSignUpEvent");
    assertThat(event.cloudTrailRecord()).isEmpty();
    assertThat(event.toJson()).isEqualTo(json);
  }

  @Test
  void readsStringBooleansAlternateMarkersAndFutureFieldsAndRoundTrips() throws Exception {
    JsonNode json = Samples.tree("entrypoint/quirky-record.json");

    CloudTrailRecord record = CognitoEvents.parse(json).cloudTrailRecord().orElseThrow();

    assertThat(record.readOnly()).isTrue();
    assertThat(record.managementEvent()).isTrue();
    assertThat(record.operation()).isEqualTo(CognitoOperation.ADMIN_GET_USER_AUTH_FACTORS);
    assertThat(record.operation().isReadOnly()).isTrue();
    assertThat(record.request(AdminGetUserAuthFactorsRequest.class).orElseThrow().username())
        .isEqualTo(Redactable.redacted("HIDDEN_FOR_SECURITY_REASONS"));
    assertThat(record.userIdentity().typeEnum()).isEqualTo(IdentityType.IDENTITY_CENTER_USER);
    assertThat(record.userIdentity().sessionContext().attributes().isMfaAuthenticated()).isFalse();
    assertThat(record.userIdentity().sessionContext().assumedRoot()).isEqualTo("true");
    assertThat(record.addendum().reason()).isEqualTo("DELIVERY_DELAY");
    assertThat(record.sessionCredentialFromConsole()).isEqualTo("true");
    assertThat(record.eventContext().path("requestContext").path("tags").path("env").asText())
        .isEqualTo("prod");
    assertThat(record.unknownFields())
        .containsOnlyKeys("readOnly", "managementEvent", "responseElements", "someFutureField");
    assertThat(record.toJson()).isEqualTo(json);
    assertThat(Samples.MAPPER.readTree(CognitoEvents.parse(json.toString()).toJson().toString()))
        .isEqualTo(json);
  }

  @Test
  void treatsTheAlternateMarkerAsRedactedInTypedFields() {
    ObjectNode json =
        (ObjectNode) Samples.tree("cloudtrail/operations/admin-create-user-success.json");
    ((ObjectNode) json.at("/detail/requestParameters"))
        .put("username", Redactable.ALTERNATE_MARKER);

    CloudTrailRecord record = CognitoEvents.parse(json).cloudTrailRecord().orElseThrow();

    Redactable<String> username =
        record.request(AdminCreateUserRequest.class).orElseThrow().username();
    assertThat(username).isEqualTo(Redactable.redacted("HIDDEN_FOR_SECURITY_REASONS"));
    assertThat(record.toJson().at("/requestParameters/username").asText())
        .isEqualTo("HIDDEN_FOR_SECURITY_REASONS");
  }

  @Test
  void rejectsTextThatIsNotJsonWithoutEchoingIt() {
    assertThatThrownBy(() -> CognitoEvents.parse("{\"password\": hunter2}"))
        .isInstanceOf(EventParseException.class)
        .hasMessageStartingWith("the document is not valid JSON at line 1, column")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void rejectsTrailingContentAndEmptyInput() {
    assertThatThrownBy(() -> CognitoEvents.parse("{} {}"))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document has content after the JSON object at line 1, column 5");
    assertThatThrownBy(() -> CognitoEvents.parse(""))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is empty");
    assertThatThrownBy(() -> CognitoEvents.parse((String) null))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document is null");
  }

  @Test
  void rejectsANonObjectDocument() {
    assertThatThrownBy(() -> CognitoEvents.parse("[1, 2]"))
        .isInstanceOf(EventParseException.class)
        .hasMessage("the document must be a JSON object but is an array");
  }

  @Test
  void rejectsAnUnrecognisedObjectNamingWhatWasExpected() {
    assertThatThrownBy(() -> CognitoEvents.parse("{\"hello\": \"world\"}"))
        .isInstanceOf(EventParseException.class)
        .hasMessageStartingWith("not a recognised Cognito event: expected an EventBridge event")
        .extracting(e -> ((EventParseException) e).pointer())
        .isEqualTo("");
  }

  @Test
  void rejectsAWrongKindInATypedFieldNamingTheKindButNotTheValue() {
    ObjectNode json =
        (ObjectNode) Samples.tree("cloudtrail/operations/update-user-pool-client-success.json");
    ((ObjectNode) json.at("/detail/requestParameters")).put("callbackURLs", "x".repeat(500));

    assertThatThrownBy(() -> CognitoEvents.parse(json))
        .isInstanceOf(EventParseException.class)
        .hasMessage(
            "field '/detail/requestParameters/callbackURLs' must be an array of strings but is a"
                + " string")
        .extracting(e -> ((EventParseException) e).pointer())
        .isEqualTo("/detail/requestParameters/callbackURLs");
  }

  @Test
  void readsAStructureCloudTrailHidWithoutTheModelSayingSoAsAbsentAndWritesItBack() {
    ObjectNode json =
        (ObjectNode) Samples.tree("cloudtrail/operations/set-risk-configuration-success.json");
    ObjectNode exceptions =
        (ObjectNode) json.at("/detail/requestParameters/riskExceptionConfiguration");
    exceptions.put("blockedIPRangeList", "HIDDEN_DUE_TO_SECURITY_REASONS");

    CognitoEvent event = CognitoEvents.parse(json);

    SetRiskConfigurationRequest request =
        event.cloudTrailRecord().orElseThrow().request(SetRiskConfigurationRequest.class).get();
    assertThat(request.riskExceptionConfiguration().blockedIPRangeList()).isNull();
    assertThat(request.riskExceptionConfiguration().unknownFields())
        .containsOnlyKeys("blockedIPRangeList");
    assertThat(event.toJson()).isEqualTo(json);
    // anything else where a list is declared is still an error
    exceptions.put("blockedIPRangeList", "198.51.100.0/24");
    assertThatThrownBy(() -> CognitoEvents.parse(json))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("blockedIPRangeList")
        .hasMessageNotContaining("198.51");
  }

  @Test
  void keepsANullItemInsideAListAndWritesItBack() {
    ObjectNode json =
        (ObjectNode) Samples.tree("cloudtrail/operations/create-resource-server-success.json");
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.at("/detail/requestParameters/scopes"))
        .addNull();

    CognitoEvent event = CognitoEvents.parse(json);

    CreateResourceServerRequest request =
        event.cloudTrailRecord().orElseThrow().request(CreateResourceServerRequest.class).get();
    assertThat(request.scopes()).hasSize(3).last().isNull();
    assertThat(event.toJson()).isEqualTo(json);
  }

  @Test
  void rejectsDeeplyNestedInputWithAParseErrorNotAStackOverflow() {
    String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

    assertThatThrownBy(() -> CognitoEvents.parse(deep)).isInstanceOf(EventParseException.class);
  }

  @Test
  void rejectsANonFiniteNumberInATreeBuiltInCode() {
    ObjectNode json =
        (ObjectNode) Samples.tree("cloudtrail/operations/create-user-pool-success.json");
    ((ObjectNode) json.at("/detail/requestParameters/policies/passwordPolicy"))
        .put("minimumLength", Double.NaN);

    assertThatThrownBy(() -> CognitoEvents.parse(json))
        .isInstanceOf(EventParseException.class)
        .hasMessage(
            "field '/detail/requestParameters/policies/passwordPolicy/minimumLength' must be a"
                + " finite number but is not")
        .extracting(e -> ((EventParseException) e).pointer())
        .isEqualTo("/detail/requestParameters/policies/passwordPolicy/minimumLength");
  }
}
