package io.github.cognitoevents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** With {@link CognitoEventsModule}, a plain {@code ObjectMapper} reads and writes as we do. */
class CognitoEventsModuleTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new CognitoEventsModule());

  static Stream<Path> triggerFixtures() throws IOException {
    return json(SharedData.triggerFixtures());
  }

  static Stream<Path> cloudTrailFixtures() throws IOException {
    return json(SharedData.cloudTrailFixtures());
  }

  @ParameterizedTest
  @MethodSource("triggerFixtures")
  void roundTripsEverySharedTriggerFixtureAsTriggerEventsDoes(Path fixture) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture);
    TriggerEvent ours = TriggerEvents.parse(bytes);

    TriggerEvent any = MAPPER.readValue(bytes, TriggerEvent.class);
    TriggerEvent exact = MAPPER.readValue(bytes, ours.getClass());

    assertThat(any).isEqualTo(ours);
    assertThat(exact).isEqualTo(ours);
    JsonNode written = PLAIN.readTree(MAPPER.writeValueAsBytes(any));
    assertThat(written).isEqualTo(PLAIN.readTree(TriggerEvents.writeBytes(ours)));
    assertThat(written).isEqualTo(PLAIN.readTree(bytes));
    assertThat(
            PLAIN.readTree(MAPPER.writeValueAsBytes(MAPPER.readValue(bytes, CognitoEvent.class))))
        .isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("cloudTrailFixtures")
  void roundTripsEverySharedCloudTrailFixture(Path fixture) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture);
    CognitoEvent ours = CognitoEvents.parse(bytes);
    CognitoEvent viaMapper = MAPPER.readValue(bytes, CognitoEvent.class);

    assertThat(viaMapper).isEqualTo(ours);
    assertThat(PLAIN.readTree(MAPPER.writeValueAsBytes(viaMapper)))
        .isEqualTo(PLAIN.readTree(bytes));
    if (ours instanceof CognitoEvent.CloudTrailViaEventBridge envelope) {
      EventBridgeEvent<CloudTrailRecord> typed =
          MAPPER.readValue(bytes, new TypeReference<EventBridgeEvent<CloudTrailRecord>>() {});
      assertThat(typed).isEqualTo(envelope.event());
      assertThat(PLAIN.readTree(MAPPER.writeValueAsBytes(typed))).isEqualTo(PLAIN.readTree(bytes));
    } else if (ours instanceof CognitoEvent.CloudTrail bare) {
      CloudTrailRecord record = MAPPER.readValue(bytes, CloudTrailRecord.class);
      assertThat(record).isEqualTo(bare.record());
      assertThat(PLAIN.readTree(MAPPER.writeValueAsBytes(record))).isEqualTo(PLAIN.readTree(bytes));
    }
  }

  @Test
  void recordsInsideUserTypesAndCollectionsUseTheModuleToo() throws IOException {
    String event =
        "{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"us-east-1\","
            + "\"userPoolId\":\"us-east-1_AbCdEf123\",\"userName\":\"u\",\"callerContext\":{},"
            + "\"request\":{\"userAttributes\":{}},\"response\":{}}";
    List<PreSignUpEvent> events =
        MAPPER.readValue(
            "[" + event + "," + event + "]", new TypeReference<List<PreSignUpEvent>>() {});

    assertThat(events).hasSize(2);
    assertThat(PLAIN.readTree(MAPPER.writeValueAsString(events)))
        .isEqualTo(PLAIN.readTree("[" + event + "," + event + "]"));
  }

  @Test
  void errorsAreTheEntryPointsErrorsAndQuoteNoValue() {
    String duplicate =
        "{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"us-east-1\","
            + "\"userPoolId\":\"us-east-1_AbCdEf123\",\"userName\":\"u\",\"userName\":\"SECRET\","
            + "\"callerContext\":{},\"request\":{\"userAttributes\":{}},\"response\":{}}";
    assertThatThrownBy(() -> MAPPER.readValue(duplicate, PreSignUpEvent.class))
        .isInstanceOfAny(EventParseException.class, JsonMappingException.class)
        .satisfies(e -> assertThat(chain(e)).contains("more than once").doesNotContain("SECRET"));
  }

  @Test
  void withoutTheModuleAMapperWritesBeansNotEvents() throws IOException {
    PreSignUpEvent event =
        TriggerEvents.parse(
            "{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"us-east-1\","
                + "\"userPoolId\":\"us-east-1_AbCdEf123\",\"userName\":\"u\",\"callerContext\":{},"
                + "\"request\":{\"userAttributes\":{}},\"response\":{}}",
            PreSignUpEvent.class);
    assertThat(PLAIN.readTree(PLAIN.writeValueAsString(event)).has("triggerSource")).isFalse();
    assertThat(PLAIN.readTree(MAPPER.writeValueAsString(event)).has("triggerSource")).isTrue();
  }

  private static String chain(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getMessage()).append('\n');
    }
    return out.toString();
  }

  private static Stream<Path> json(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }
}
