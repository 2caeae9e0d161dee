package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published CloudTrail fixture in {@code ../shared/fixtures/cloudtrail} (recursively). */
class SharedCloudTrailFixturesTest {

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(SharedData.cloudTrailFixtures())) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static CloudTrailRecord record(String name) throws IOException {
    Path file =
        fixtures().stream()
            .filter(p -> p.getFileName().toString().equals(name))
            .findFirst()
            .orElseThrow();
    return CloudTrailRecord.fromJson(Files.readString(file));
  }

  @Test
  void findsAllFifteenPublishedRecords() throws IOException {
    assertThat(fixtures()).hasSize(15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesAndRoundTripsToTheSameTree(Path file) throws IOException {
    String text = Files.readString(file);
    JsonNode expected = Samples.MAPPER.readTree(text);

    CognitoEvent event = CognitoEvents.parse(text);

    assertThat(event).isInstanceOf(CognitoEvent.CloudTrail.class);
    assertThat(Samples.MAPPER.readTree(event.toJson().toString())).isEqualTo(expected);
    assertThat(CloudTrailRecord.fromJson(expected).toJson()).isEqualTo(expected);
    CloudTrailRecord record = event.cloudTrailRecord().orElseThrow();
    assertThat(record.eventTime()).isNotNull();
    assertThat(record.isFailed()).isFalse();
    // the one value kept in its original form beside its typed reading: Login_GET's 200.0
    assertThat(UnknownFields.nonNull(record))
        .isSubsetOf("/additionalEventData/responseParameters/status=200.0");
  }

  @Test
  void readsTheLoginGetQuirksEmptyErrorCodeAndFractionalStatus() throws IOException {
    CloudTrailRecord login = record("awsdocs-hostedui-login-get.json");

    assertThat(login.errorCode()).isEmpty();
    assertThat(login.isFailed()).isFalse();
    assertThat(login.isManagedLoginEvent()).isTrue();
    assertThat(login.operation()).isEqualTo(CognitoOperation.UNKNOWN);
    assertThat(login.requestParameters()).isNull();
    assertThat(login.additionalEventData().responseParameters().status()).isEqualTo(200L);
    assertThat(login.additionalEventData().formParameter("client_id")).contains("1example23456789");
    assertThat(login.userIdentity().accountId()).isEqualTo("123456789012");
    assertThat(login.userIdentity().typeEnum()).isNull();
    assertThat(login.readOnly()).isTrue();
    assertThat(login.additionalEventData().responseParameters().unknownFields())
        .containsOnlyKeys("status");
    assertThat(login.toJson().path("additionalEventData").path("responseParameters").get("status"))
        .hasToString("200.0");
  }

  @Test
  void readsTokenPostRedactedCodeAndUserPool() throws IOException {
    CloudTrailRecord token = record("awsdocs-token-post-authorization-code.json");

    assertThat(token.eventTypeEnum()).isEqualTo(EventType.AWS_SERVICE_EVENT);
    assertThat(token.eventTypeEnum().detailType()).isEqualTo("AWS Service Event via CloudTrail");
    assertThat(token.managedLoginEvent()).isEqualTo(ManagedLoginEvent.TOKEN_POST);
    assertThat(token.userPoolId()).contains("us-west-2_aaaaaaaaa");
    assertThat(token.additionalEventData().formParameters().get("code"))
        .containsExactly(Redactable.redacted());
    assertThat(token.additionalEventData().formParameter("code")).isEmpty();
    assertThat(token.additionalEventData().formParameter("grant_type"))
        .contains("authorization_code");
    assertThat(token.unknownFields()).containsOnlyKeys("requestParameters", "responseElements");
  }

  @Test
  void readsIdentityPoolDataEventsWithResourcesAndTypedParameters() throws IOException {
    CloudTrailRecord credentials = record("awsdocs-getcredentialsforidentity.json");

    assertThat(credentials.isIdentityPoolsEvent()).isTrue();
    assertThat(credentials.managedLoginEvent()).isNull();
    assertThat(credentials.operation()).isEqualTo(CognitoOperation.GET_CREDENTIALS_FOR_IDENTITY);
    assertThat(credentials.eventCategoryEnum()).isEqualTo(EventCategory.DATA);
    assertThat(credentials.managementEvent()).isFalse();
    assertThat(credentials.userIdentity().typeEnum()).isEqualTo(IdentityType.UNKNOWN_PRINCIPAL);
    assertThat(credentials.resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("AWS::Cognito::IdentityPool");
              assertThat(r.arn()).startsWith("arn:aws:cognito-identity:us-east-1:");
            });
    assertThat(credentials.requestParameters())
        .isInstanceOf(GetCredentialsForIdentityRequest.class);
    assertThat(
            credentials
                .response(GetCredentialsForIdentityResponse.class)
                .orElseThrow()
                .identityId())
        .isEqualTo("us-east-1:1cf667a2-49a6-454b-9e45-23199EXAMPLE");
  }

  @Test
  void readsTheOldCreateIdentityPoolRecordWithoutCategory() throws IOException {
    CloudTrailRecord create = record("awsdocs-createidentitypool.json");

    assertThat(create.eventVersion()).isEqualTo("1.03");
    assertThat(create.eventCategory()).isNull();
    assertThat(create.eventCategoryEnum()).isNull();
    assertThat(create.userIdentity().typeEnum()).isEqualTo(IdentityType.IAM_USER);
    assertThat(create.userIdentity().userName()).isEqualTo("Alice");
  }
}
