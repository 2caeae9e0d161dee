package io.github.cognitoevents.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.InboundFederationEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.model.trigger.TriggerSource;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import io.github.cognitoevents.patterntest.PatternMatcher;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperationAndTriggerGeneratorsTest {

  private static final Map<TriggerSlot, Class<? extends TriggerEvent>> RECORD_BY_SLOT =
      Map.ofEntries(
          Map.entry(TriggerSlot.PRE_SIGN_UP, PreSignUpEvent.class),
          Map.entry(TriggerSlot.POST_CONFIRMATION, PostConfirmationEvent.class),
          Map.entry(TriggerSlot.PRE_AUTHENTICATION, PreAuthenticationEvent.class),
          Map.entry(TriggerSlot.POST_AUTHENTICATION, PostAuthenticationEvent.class),
          Map.entry(TriggerSlot.DEFINE_AUTH_CHALLENGE, DefineAuthChallengeEvent.class),
          Map.entry(TriggerSlot.CREATE_AUTH_CHALLENGE, CreateAuthChallengeEvent.class),
          Map.entry(
              TriggerSlot.VERIFY_AUTH_CHALLENGE_RESPONSE, VerifyAuthChallengeResponseEvent.class),
          Map.entry(TriggerSlot.USER_MIGRATION, UserMigrationEvent.class),
          Map.entry(TriggerSlot.CUSTOM_MESSAGE, CustomMessageEvent.class),
          Map.entry(TriggerSlot.CUSTOM_SMS_SENDER, CustomSmsSenderEvent.class),
          Map.entry(TriggerSlot.CUSTOM_EMAIL_SENDER, CustomEmailSenderEvent.class),
          Map.entry(TriggerSlot.INBOUND_FEDERATION, InboundFederationEvent.class));

  @ParameterizedTest
  @EnumSource(value = CognitoOperation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void generatesAParseableMatchableEventForEveryOperationSucceededAndFailed(CognitoOperation op) {
    PatternMatcher byName =
        PatternMatcher.compile("{\"detail\":{\"eventName\":[\"" + op.apiName() + "\"]}}");
    PatternMatcher other =
        PatternMatcher.compile("{\"detail\":{\"eventName\":[\"" + op.apiName() + "X\"]}}");
    EventGenerator generator = EventGenerator.seeded(op.ordinal());
    for (boolean failed : new boolean[] {false, true}) {
      String json = generator.nextJson(op, failed);
      CloudTrailRecord record = CognitoEvents.parse(json).cloudTrailRecord().orElseThrow();
      assertThat(record.operation()).as("%s failed=%s", op, failed).isEqualTo(op);
      assertThat(record.eventSource()).isEqualTo(op.service().eventSource());
      assertThat(record.readOnly()).isEqualTo(op.isReadOnly());
      assertThat(record.isFailed()).isEqualTo(failed);
      assertThat(record.errorCode() != null).isEqualTo(failed);
      assertThat(byName.matches(json)).as(json).isTrue();
      assertThat(other.matches(json)).isFalse();
    }
  }

  @Test
  void operationEventsAreReproducibleBySeedAndDifferAcrossSeeds() {
    EventGenerator a = EventGenerator.seeded(11);
    EventGenerator b = EventGenerator.seeded(11);
    EventGenerator c = EventGenerator.seeded(12);
    for (CognitoOperation op : CognitoOperation.values()) {
      if (op == CognitoOperation.UNKNOWN) {
        continue;
      }
      String fromA = a.nextJson(op);
      assertThat(b.nextJson(op)).isEqualTo(fromA);
      assertThat(c.nextJson(op)).isNotEqualTo(fromA);
    }
  }

  @Test
  void rejectsTheUnknownOperation() {
    assertThatThrownBy(() -> EventGenerator.seeded(1).nextJson(CognitoOperation.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN");
  }

  static Stream<TriggerSource> documentedSources() {
    return Stream.of(TriggerSource.values()).filter(s -> s != TriggerSource.UNKNOWN);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("documentedSources")
  void generatesEveryTriggerSourceAsItsSlotRecord(TriggerSource source) {
    TriggerEventGenerator generator = TriggerEventGenerator.seeded(source.ordinal());
    Set<Class<?>> seen = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      String json = generator.next(source);
      TriggerEvent event = TriggerEvents.parse(json);
      assertThat(event.source()).isEqualTo(source);
      assertThat(event.triggerSource()).isEqualTo(source.value());
      seen.add(event.getClass());
      if (source.slot() != TriggerSlot.PRE_TOKEN_GENERATION) {
        assertThat(event).isInstanceOf(RECORD_BY_SLOT.get(source.slot()));
      }
      assertThat(CognitoEvents.parse(json).recordType())
          .isEqualTo(event.getClass().getSimpleName());
    }
    if (source == TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS) {
      assertThat(seen).containsExactly(PreTokenGenerationV2Event.class);
    } else if (source.slot() == TriggerSlot.PRE_TOKEN_GENERATION) {
      assertThat(seen)
          .containsExactlyInAnyOrder(
              PreTokenGenerationEvent.class, PreTokenGenerationV2Event.class);
    }
  }

  @Test
  void tokenGenerationVersionsOneTwoAndThreeMapToTheirRecords() {
    TriggerEventGenerator generator = TriggerEventGenerator.seeded(5);
    for (int version = 1; version <= 3; version++) {
      TriggerEvent event =
          TriggerEvents.parse(
              TriggerEvents.write(
                  generator.nextEvent(TriggerSource.TOKEN_GENERATION_REFRESH_TOKENS, version)));
      assertThat(event.version()).isEqualTo(Integer.toString(version));
      assertThat(event)
          .isInstanceOf(
              version == 1 ? PreTokenGenerationEvent.class : PreTokenGenerationV2Event.class);
    }
  }

  @Test
  void randomTriggersCoverEverySourceAndAreReproducibleBySeed() {
    TriggerEventGenerator a = TriggerEventGenerator.seeded(3);
    TriggerEventGenerator b = TriggerEventGenerator.seeded(3);
    TriggerEventGenerator c = TriggerEventGenerator.seeded(4);
    Set<TriggerSource> covered = EnumSet.noneOf(TriggerSource.class);
    int differing = 0;
    for (int i = 0; i < 2000; i++) {
      String json = a.next();
      assertThat(b.next()).isEqualTo(json);
      if (!c.next().equals(json)) {
        differing++;
      }
      covered.add(TriggerEvents.parse(json).source());
    }
    assertThat(covered).hasSize(TriggerSource.values().length - 1);
    assertThat(covered).doesNotContain(TriggerSource.UNKNOWN);
    assertThat(differing).isEqualTo(2000);
  }

  @Test
  void rejectsTheUnknownTriggerSourceAndBadVersions() {
    TriggerEventGenerator generator = TriggerEventGenerator.seeded(1);
    assertThatThrownBy(() -> generator.next(TriggerSource.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN");
    assertThatThrownBy(() -> generator.nextEvent(TriggerSource.PRE_SIGN_UP_SIGN_UP, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4");
  }
}
