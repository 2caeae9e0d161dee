package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code toString()} never shows passwords, secrets, tokens, sessions or auth parameters. */
class SecretsInToStringTest {

  @Test
  void masksATemporaryPasswordThatWasNotRedacted() {
    AdminCreateUserRequest request =
        new AdminCreateUserRequest(
            "us-east-1_Ex4mpLe12",
            Redactable.of("alice"),
            Redactable.of(List.of(new UserAttribute("email", Redactable.of("a@x.io"), Map.of()))),
            null,
            Redactable.of("Tr0ub4dor&3"),
            null,
            "SUPPRESS",
            null,
            null,
            Map.of());

    assertThat(request.toString())
        .doesNotContain("Tr0ub4dor")
        .contains("temporaryPassword=***")
        .contains("messageAction=SUPPRESS");
    assertThat(request.toJson().get("temporaryPassword").asText()).isEqualTo("Tr0ub4dor&3");
  }

  @Test
  void masksAuthParametersAndShowsTheMarkerWhenRedacted() {
    AdminInitiateAuthRequest clear =
        new AdminInitiateAuthRequest(
            "p",
            "c",
            "ADMIN_USER_PASSWORD_AUTH",
            Redactable.of(Map.of("PASSWORD", "hunter2")),
            null,
            null,
            null,
            Redactable.of("session-token-value"),
            Map.of());
    AdminInitiateAuthRequest hidden =
        new AdminInitiateAuthRequest(
            "p", "c", "USER_AUTH", Redactable.redacted(), null, null, null, null, Map.of());

    assertThat(clear.toString()).doesNotContain("hunter2").doesNotContain("session-token-value");
    assertThat(hidden.toString()).contains("authParameters=HIDDEN_DUE_TO_SECURITY_REASONS");
  }

  @Test
  void masksTokensOfAnAuthenticationResult() {
    AuthenticationResult result =
        new AuthenticationResult(
            Redactable.of("eyJaccess"),
            3600,
            "Bearer",
            Redactable.of("eyJrefresh"),
            Redactable.of("eyJid"),
            null,
            Map.of());

    assertThat(result.toString()).doesNotContain("eyJ").contains("expiresIn=3600");
  }

  @Test
  void redactableMapsPresentValuesAndKeepsHiddenOnesHidden() {
    assertThat(Redactable.of("a").map(String::length)).isEqualTo(Redactable.of(1));
    assertThat(Redactable.<String>redacted().map(String::length).isRedacted()).isTrue();
    assertThat(Redactable.<String>redacted().orElse("fallback")).isEqualTo("fallback");
    assertThat(Redactable.isMarker("HIDDEN_FOR_SECURITY_REASONS")).isTrue();
    assertThat(Redactable.isMarker("hidden")).isFalse();
  }
}
