package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveModeTest {

  @Test
  void isOnForThePropertyTrueOrTheEnvironmentVariableOne() {
    assertThat(LiveMode.switchedOn("true", null)).isTrue();
    assertThat(LiveMode.switchedOn("TRUE", null)).isTrue();
    assertThat(LiveMode.switchedOn(null, "1")).isTrue();
    assertThat(LiveMode.switchedOn(null, "true")).isTrue();
    assertThat(LiveMode.switchedOn(null, null)).isFalse();
    assertThat(LiveMode.switchedOn("false", "0")).isFalse();
    assertThat(LiveMode.switchedOn("yes", "")).isFalse();
  }

  @Test
  void explainsHowToTurnItOnWhenOff() {
    Optional<String> reason =
        LiveMode.reasonToSkip(
            null,
            null,
            () -> {
              throw new AssertionError("credentials must not be looked up when off");
            });

    assertThat(reason)
        .contains(
            "Live TestEventPattern checks are off: set -Dcognitoevents.live=true or"
                + " COGNITOEVENTS_LIVE=1 (with AWS credentials and a region) to run them against"
                + " AWS");
  }

  @Test
  void namesTheMissingCredentialsWhenOnWithoutThem() {
    Optional<String> reason =
        LiveMode.reasonToSkip(null, "1", () -> Optional.of("no AWS credentials found"));

    assertThat(reason)
        .contains(
            "Live TestEventPattern checks are switched on but cannot run: no AWS credentials"
                + " found (configure them as for the AWS CLI: environment, profile or role)");
  }

  @Test
  void runsWhenOnWithCredentials() {
    assertThat(LiveMode.reasonToSkip("true", null, Optional::empty)).isEmpty();
  }
}
