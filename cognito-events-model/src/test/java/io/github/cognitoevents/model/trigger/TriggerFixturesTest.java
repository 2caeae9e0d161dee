package io.github.cognitoevents.model.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published sample in {@code shared/fixtures/triggers} parses to the record its trigger
 * belongs to and round-trips: JSON, record, JSON gives the same tree, twice.
 *
 * <p>Imperfect samples (see SOURCES.md) and how they are handled:
 *
 * <ul>
 *   <li>{@code *.dotnet.json} (except the new-password-challenge one) use the placeholder {@code
 *       "triggerSource": "trigger_source"}: no slot, so they parse as {@link UnknownTriggerEvent};
 *       the typed overload reads them as the record their file name names.
 *   <li>{@code pre-token-generation-v1.aws-lambda-go.json} has {@code "PreTokenGen"}: same.
 *   <li>{@code custom-message.aws-lambda-go.json} has a slash-joined list of CustomMessage sources:
 *       its prefix is CustomMessage, so it parses as {@link CustomMessageEvent} with {@link
 *       TriggerSource#UNKNOWN}.
 *   <li>V2 bodies with {@code version "1"} (Rust, Powertools) are recognised by their {@code
 *       scopes} or {@code claimsAndScopeOverrideDetails} and parse as {@link
 *       PreTokenGenerationV2Event}.
 *   <li>{@code "awsSdk"} instead of {@code awsSdkVersion}, boolean attribute values, {@code
 *       "version": "string"}, a V1 {@code claimsOverrideDetails: null} in a V2 response, and the
 *       extra {@code userName}/{@code userAttributes} in UserMigration requests are kept as unknown
 *       fields or converted values and written back unchanged.
 * </ul>
 */
class TriggerFixturesTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final Map<String, Class<? extends TriggerEvent>> BY_FILE_PREFIX =
      Map.ofEntries(
          Map.entry("create-auth-challenge", CreateAuthChallengeEvent.class),
          Map.entry("custom-email-sender", CustomEmailSenderEvent.class),
          Map.entry("custom-message", CustomMessageEvent.class),
          Map.entry("custom-sms-sender", CustomSmsSenderEvent.class),
          Map.entry("define-auth-challenge", DefineAuthChallengeEvent.class),
          Map.entry("inbound-federation", InboundFederationEvent.class),
          Map.entry("post-authentication", PostAuthenticationEvent.class),
          Map.entry("post-confirmation", PostConfirmationEvent.class),
          Map.entry("pre-authentication", PreAuthenticationEvent.class),
          Map.entry("pre-signup", PreSignUpEvent.class),
          Map.entry("pre-token-generation-v1", PreTokenGenerationEvent.class),
          Map.entry("pre-token-generation-v2", PreTokenGenerationV2Event.class),
          Map.entry("user-migration", UserMigrationEvent.class),
          Map.entry("verify-auth-challenge-response", VerifyAuthChallengeResponseEvent.class));

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.triggerFixtures())) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static Class<? extends TriggerEvent> typeNamedBy(Path file) {
    String name = file.getFileName().toString();
    return BY_FILE_PREFIX.entrySet().stream()
        .filter(e -> name.startsWith(e.getKey()))
        .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
        .map(Map.Entry::getValue)
        .orElseThrow(() -> new AssertionError("no type for " + name));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode plainTree(byte[] bytes) throws IOException {
    return PLAIN.readTree(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesToTheRecordOfItsTriggerWhenTheSourceIsReal(Path file) throws IOException {
    TriggerEvent event = TriggerEvents.parse(bytes(file));
    String source = plainTree(bytes(file)).path("triggerSource").asText();
    if (TriggerSlot.of(source) == TriggerSlot.UNKNOWN) {
      assertThat(event).isInstanceOf(UnknownTriggerEvent.class);
      assertThat(source).isIn("trigger_source", "PreTokenGen");
    } else {
      assertThat(event).isInstanceOf(typeNamedBy(file));
    }
    assertThat(event.triggerSource()).isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void roundTripsToTheSameTreeTwice(Path file) throws IOException {
    JsonNode original = plainTree(bytes(file));
    TriggerEvent first = TriggerEvents.parse(bytes(file));
    String once = TriggerEvents.write(first);
    assertThat(PLAIN.readTree(once)).isEqualTo(original);
    TriggerEvent second = TriggerEvents.parse(once);
    assertThat(second).isEqualTo(first);
    assertThat(PLAIN.readTree(TriggerEvents.write(second))).isEqualTo(original);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void typedOverloadReadsEveryFixtureAsTheRecordItsFileNames(Path file) throws IOException {
    Class<? extends TriggerEvent> type = typeNamedBy(file);
    TriggerEvent event = TriggerEvents.parse(bytes(file), type);
    assertThat(event).isInstanceOf(type);
    // the modelled members were mapped, not parked as unknown fields
    assertThat(event.header().unknownFields())
        .doesNotContainKeys("version", "triggerSource", "region", "userPoolId", "request");
    assertThat(event.userPoolId()).isNotBlank();
    assertThat(event.callerContext()).isNotNull();
    if (!(event instanceof CustomSmsSenderEvent) && !(event instanceof CustomEmailSenderEvent)) {
      assertThat(event.header().unknownFields()).doesNotContainKey("response");
    }
    assertThat(PLAIN.readTree(TriggerEvents.write(event))).isEqualTo(plainTree(bytes(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void bytesStreamTextAndTreeInputsGiveTheSameEvent(Path file) throws IOException {
    TriggerEvent fromBytes = TriggerEvents.parse(bytes(file));
    assertThat(TriggerEvents.parse(new java.io.ByteArrayInputStream(bytes(file))))
        .isEqualTo(fromBytes);
    assertThat(TriggerEvents.parse(plainTree(bytes(file)))).isEqualTo(fromBytes);
    assertThat(TriggerEvents.parse(plainTree(bytes(file)).toString())).isEqualTo(fromBytes);
  }

  @Test
  void findsAllSixtySevenFixtures() throws IOException {
    assertThat(fixtures()).hasSize(67);
  }
}
