package io.github.cognitoevents.model.trigger;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cognitoevents.model.EventParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of the trigger parser: for any bytes, {@link TriggerEvents} either
 * returns an event that writes back and re-reads to an equal event, or throws {@link
 * EventParseException}; nothing else escapes. A normal build runs only the committed seeds in
 * {@code TriggerEventsFuzzTestInputs/parse}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TriggerEventsFuzzTest {
  private static final List<Class<? extends TriggerEvent>> TYPES =
      List.of(
          PreSignUpEvent.class,
          PostConfirmationEvent.class,
          PreAuthenticationEvent.class,
          PostAuthenticationEvent.class,
          DefineAuthChallengeEvent.class,
          CreateAuthChallengeEvent.class,
          VerifyAuthChallengeResponseEvent.class,
          PreTokenGenerationEvent.class,
          PreTokenGenerationV2Event.class,
          UserMigrationEvent.class,
          CustomMessageEvent.class,
          CustomSmsSenderEvent.class,
          CustomEmailSenderEvent.class,
          InboundFederationEvent.class,
          UnknownTriggerEvent.class);

  @FuzzTest(maxDuration = "60s")
  void parse(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    check(bytes);
  }

  /** The property, shared with {@link TriggerEventsMutationTest}. */
  static void check(byte[] bytes) {
    try {
      TriggerEvent event = TriggerEvents.parse(bytes);
      assertRoundTrips(event);
    } catch (EventParseException expected) {
      // the one documented failure
    }
    // the typed overload, with a type picked from the input
    Class<? extends TriggerEvent> type = TYPES.get(Math.floorMod(Arrays.hashCode(bytes), 15));
    try {
      TriggerEvent typed = TriggerEvents.parse(bytes, type);
      if (!type.isInstance(typed)) {
        throw new AssertionError("typed parse returned " + typed.getClass());
      }
      assertRoundTrips(typed);
    } catch (EventParseException expected) {
      // the one documented failure
    }
  }

  private static void assertRoundTrips(TriggerEvent event) {
    String written = TriggerEvents.write(event);
    TriggerEvent again = TriggerEvents.parse(written, event.getClass());
    if (!again.equals(event)) {
      throw new AssertionError("write then parse changed the event");
    }
    if (!TriggerEvents.write(again).equals(written)) {
      throw new AssertionError("second write differs from the first");
    }
    if (event.toString().isEmpty()) {
      throw new AssertionError("empty toString");
    }
  }
}
