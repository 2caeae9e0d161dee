package io.github.cognitoevents.samples.usersync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.core.message.Encoding;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import io.github.cognitoevents.samples.usersync.HttpCloudEventSender.Mode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** The source's data shape and the receiver's HTTP contract, without the emulator. */
class TriggerMeshWireTest {

  private static final String ARN =
      "arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-west-2_abcdefghi";

  /** A user as TriggerMesh's Go adapter writes it (shape from its code, values illustrative). */
  private static final String GO_USER =
      "{\"Attributes\":[{\"Name\":\"sub\",\"Value\":\"5f2c1e0a-9d8b-4c7a-b6e5-4d3c2b1a0f9e\"},"
          + "{\"Name\":\"email\",\"Value\":\"bob@example.com\"}],\"Enabled\":true,\"MFAOptions\":null,"
          + "\"UserCreateDate\":\"2024-05-14T07:30:18.517Z\",\"UserLastModifiedDate\":\"2024-05-14T07:30:18.517Z\","
          + "\"UserStatus\":\"FORCE_CHANGE_PASSWORD\",\"Username\":\"bob\"}";

  @Test
  void writesUsersInTheGoSdkShape() {
    UserType user =
        UserType.builder()
            .username("bob")
            .attributes(
                a -> a.name("sub").value("5f2c1e0a-9d8b-4c7a-b6e5-4d3c2b1a0f9e"),
                a -> a.name("email").value("bob@example.com"))
            .enabled(true)
            .userCreateDate(Instant.parse("2024-05-14T07:30:18.517Z"))
            .userLastModifiedDate(Instant.parse("2024-05-14T07:30:18.517Z"))
            .userStatus("FORCE_CHANGE_PASSWORD")
            .build();
    assertThat(new String(UserPoolSource.userJson(user), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(GO_USER);
  }

  @Test
  void writesTimesAsGoDoes() {
    assertThat(UserPoolSource.goTime(Instant.parse("2024-05-14T07:30:18Z")))
        .isEqualTo("2024-05-14T07:30:18Z");
    assertThat(UserPoolSource.goTime(Instant.parse("2024-05-14T07:30:18.510Z")))
        .isEqualTo("2024-05-14T07:30:18.51Z");
    assertThat(UserPoolSource.goTime(Instant.parse("2024-05-14T07:30:18.000000001Z")))
        .isEqualTo("2024-05-14T07:30:18.000000001Z");
    assertThat(UserPoolSource.goTime(null)).isNull();
  }

  @Test
  void buildsTheEventAsTheAdapterDoes() {
    var event =
        new UserPoolSource(
                software.amazon.awssdk.services.cognitoidentityprovider
                    .CognitoIdentityProviderClient.builder()
                    .region(software.amazon.awssdk.regions.Region.US_WEST_2)
                    .credentialsProvider(
                        software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider
                            .create())
                    .httpClient(
                        software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                    .build(),
                ARN,
                e -> {},
                UserPoolSource.StartAt.NOW,
                60)
            .event(UserType.builder().username("bob").build());
    assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
    assertThat(event.getType()).isEqualTo("com.amazon.cognito-idp.sync_trigger");
    assertThat(event.getSource()).hasToString(ARN);
    assertThat(event.getSubject()).isEqualTo("us-west-2_abcdefghi");
    assertThat(event.getDataContentType()).isEqualTo("application/json");
    assertThat(event.getTime()).isNull();
  }

  @Test
  void refusesWhatIsNotAUserPoolArnOrAPageSize() {
    assertThat(UserPoolSource.userPoolId(ARN)).isEqualTo("us-west-2_abcdefghi");
    assertThatThrownBy(
            () -> UserPoolSource.userPoolId("arn:aws:cognito-idp:us-west-2:123456789012:pool/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a user pool ARN");
    assertThatThrownBy(() -> new UserPoolSource(null, ARN, e -> {}, UserPoolSource.StartAt.NOW, 0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void pollsAsOftenAsTriggerMesh() {
    assertThat(UserPoolSource.nextDelay(null, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(UserPoolSource.nextDelay(Duration.ofSeconds(1), 0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(UserPoolSource.nextDelay(Duration.ofSeconds(32), 0))
        .isEqualTo(Duration.ofSeconds(32));
    assertThat(UserPoolSource.nextDelay(Duration.ofSeconds(16), 3))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void readsTheGoAdaptersBinaryRequest() throws Exception {
    List<TriggerMeshReceiver.Received> received = new CopyOnWriteArrayList<>();
    try (TriggerMeshReceiver receiver = TriggerMeshReceiver.start(received::add)) {
      HttpResponse<String> response =
          post(
              receiver.uri(),
              GO_USER,
              "Content-Type",
              "application/json",
              "Ce-Specversion",
              "1.0",
              "Ce-Id",
              "0b8f9d8e-2f61-4b5c-9c1d-3f7a2e6b5d40",
              "Ce-Type",
              "com.amazon.cognito-idp.sync_trigger",
              "Ce-Source",
              ARN,
              "Ce-Subject",
              "us-west-2_abcdefghi");
      assertThat(response.statusCode()).isEqualTo(202);
    }
    assertThat(received).hasSize(1);
    TriggerMeshEvent event = received.get(0).event();
    assertThat(received.get(0).encoding()).isEqualTo(Encoding.BINARY);
    assertThat(event.id()).isEqualTo("0b8f9d8e-2f61-4b5c-9c1d-3f7a2e6b5d40");
    assertThat(event.userPoolId()).isEqualTo("us-west-2_abcdefghi");
    assertThat(event.data().username()).isEqualTo("bob");
    assertThat(event.data().userLastModifiedDate())
        .isEqualTo(Instant.parse("2024-05-14T07:30:18.517Z"));
    assertThat(event.data().userLastModifiedDateText()).isEqualTo("2024-05-14T07:30:18.517Z");
    assertThat(event.data().attribute("email")).contains("bob@example.com");
  }

  @Test
  void readsTheDocumentedTypeAndStructuredMode() throws Exception {
    List<TriggerMeshReceiver.Received> received = new CopyOnWriteArrayList<>();
    try (TriggerMeshReceiver receiver = TriggerMeshReceiver.start(received::add)) {
      String structured =
          "{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"com.amazon.cognitouserpool.sync_trigger\","
              + "\"source\":\""
              + ARN
              + "\",\"subject\":\"us-west-2_abcdefghi\",\"datacontenttype\":\"application/json\","
              + "\"data\":"
              + GO_USER
              + "}";
      assertThat(
              post(receiver.uri(), structured, "Content-Type", "application/cloudevents+json")
                  .statusCode())
          .isEqualTo(202);
    }
    assertThat(received)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.encoding()).isEqualTo(Encoding.STRUCTURED);
              assertThat(r.event().type()).isEqualTo(TriggerMeshEvent.DOCUMENTED_TYPE);
              assertThat(r.event().data().username()).isEqualTo("bob");
            });
  }

  @Test
  void refusesWhatIsNotOneOfItsEventsWithAReason() throws Exception {
    List<TriggerMeshReceiver.Received> received = new CopyOnWriteArrayList<>();
    try (TriggerMeshReceiver receiver = TriggerMeshReceiver.start(received::add)) {
      HttpResponse<String> plain = post(receiver.uri(), "{}", "Content-Type", "application/json");
      assertThat(plain.statusCode()).isEqualTo(400);
      assertThat(plain.body()).startsWith("not a CloudEvent");

      HttpResponse<String> other =
          post(
              receiver.uri(),
              GO_USER,
              "Content-Type",
              "application/json",
              "Ce-Specversion",
              "1.0",
              "Ce-Id",
              "2",
              "Ce-Type",
              "com.example.other",
              "Ce-Source",
              "urn:x");
      assertThat(other.statusCode()).isEqualTo(400);
      assertThat(other.body()).contains("type is not com.amazon.cognito-idp.sync_trigger");

      HttpResponse<String> badData =
          post(
              receiver.uri(),
              "{\"Username\":[1]}",
              "Content-Type",
              "application/json",
              "Ce-Specversion",
              "1.0",
              "Ce-Id",
              "3",
              "Ce-Type",
              "com.amazon.cognito-idp.sync_trigger",
              "Ce-Source",
              ARN);
      assertThat(badData.statusCode()).isEqualTo(400);
      assertThat(badData.body())
          .isEqualTo(
              "not a TriggerMesh Cognito user event: /data/Username does not have the expected JSON"
                  + " kind");

      HttpResponse<String> badVersion =
          post(
              receiver.uri(),
              GO_USER,
              "Content-Type",
              "application/json",
              "Ce-Specversion",
              "9.9",
              "Ce-Id",
              "4",
              "Ce-Type",
              "com.amazon.cognito-idp.sync_trigger",
              "Ce-Source",
              ARN);
      assertThat(badVersion.statusCode()).isEqualTo(400);
    }
    assertThat(received).isEmpty();
  }

  @Test
  void aRefusedEventIsADeliveryError() {
    try (TriggerMeshReceiver receiver =
        TriggerMeshReceiver.start(
            r -> {
              throw new IllegalStateException("database down");
            })) {
      HttpCloudEventSender sender = new HttpCloudEventSender(receiver.uri(), Mode.BINARY);
      var event =
          io.cloudevents.core.builder.CloudEventBuilder.v1()
              .withId("e-1")
              .withType(TriggerMeshEvent.TYPE)
              .withSource(URI.create(ARN))
              .withDataContentType("application/json")
              .withData(GO_USER.getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .build();
      assertThatThrownBy(() -> sender.send(event))
          .isInstanceOf(CloudEventDeliveryException.class)
          .hasMessageContaining("event e-1 refused by " + receiver.uri() + " with status 500")
          .hasMessageContaining("the consumer failed: IllegalStateException")
          .hasMessageNotContaining("database down");
    }
  }

  private static HttpResponse<String> post(URI uri, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
