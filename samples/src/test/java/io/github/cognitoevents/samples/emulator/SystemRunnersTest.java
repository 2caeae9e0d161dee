package io.github.cognitoevents.samples.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.samples.usersync.RunUserSync;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mains behind README's system 3 and 4 commands ({@code -Psystem3}, {@code -Psystem4}), each
 * starting and stopping its own emulator as the command does.
 */
@ExtendWith(CognitoLocalExtension.class)
class SystemRunnersTest {

  @Test
  void systemThreeRunsTheFlowAndEveryTriggerIsAnswered() {
    String out = run(o -> RunAdminFlow.run(Path.of(""), o));
    assertThat(out)
        .contains("AdminInitiateAuth (temporary)      -> challenge NEW_PASSWORD_REQUIRED")
        .contains("tenant=acme (PreTokenGeneration), custom:plan suppressed")
        .contains(
            "-- TokenGeneration_Authentication -> cognito-events-pre-token-generation: read as"
                + " PreTokenGenerationEvent")
        .contains("System 3 done: 3 triggers invoked by the emulator, all read and answered");
  }

  @Test
  void systemFourExchangesCloudEventsInBothModes() {
    String out =
        run(
            o -> {
              try {
                RunUserSync.run(Path.of(""), o);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(out)
        .contains("-- first poll (remembers amy, ben): 0 event(s)")
        .contains("-- after creating cat, dan, eve: 3 event(s), 3 ListUsers page(s)")
        .contains("-- nothing changed: 0 event(s)")
        .contains("-- after changing amy: 1 event(s)")
        .contains("-- structured mode, from the beginning: 5 event(s), 1 ListUsers page(s)")
        .contains("System 4 done: 9 CloudEvents sent and read");
    assertThat(out.lines().filter(l -> l.startsWith("   BINARY "))).hasSize(4);
    assertThat(out.lines().filter(l -> l.startsWith("   STRUCTURED "))).hasSize(5);
  }

  private static String run(java.util.function.Consumer<PrintStream> main) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      main.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
