package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code toString()} never shows passwords, secrets, tokens, sessions or auth parameters. */
class SecretsInToStringTest {

  @Test
  void masksATemporaryPasswordThatWasNotRedacted() {
    AdminCreateUserRequest request =
        AdminCreateUserRequest.fromJson(
            Samples.MAPPER
                .createObjectNode()
                .put("userPoolId", "us-east-1_Ex4mpLe12")
                .put("username", "alice")
                .put("temporaryPassword", "Tr0ub4dor&3")
                .put("messageAction", "SUPPRESS"));

    assertThat(request.toString())
        .doesNotContain("Tr0ub4dor")
        .doesNotContain("alice")
        .contains("temporaryPassword=***")
        .contains("messageAction=SUPPRESS");
    assertThat(request.temporaryPassword()).isEqualTo(Redactable.of("Tr0ub4dor&3"));
    assertThat(request.toJson().get("temporaryPassword").asText()).isEqualTo("Tr0ub4dor&3");
  }

  @Test
  void masksAuthParametersAndShowsTheMarkerWhenRedacted() {
    AdminInitiateAuthRequest clear =
        AdminInitiateAuthRequest.fromJson(
            Samples.MAPPER
                .createObjectNode()
                .put("authFlow", "ADMIN_USER_PASSWORD_AUTH")
                .put("session", "session-token-value")
                .set(
                    "authParameters",
                    Samples.MAPPER.createObjectNode().put("PASSWORD", "hunter2")));
    AdminInitiateAuthRequest hidden =
        AdminInitiateAuthRequest.fromJson(
            Samples.MAPPER
                .createObjectNode()
                .put("authFlow", "USER_AUTH")
                .put("authParameters", "HIDDEN_DUE_TO_SECURITY_REASONS"));

    assertThat(clear.toString()).doesNotContain("hunter2").doesNotContain("session-token-value");
    assertThat(clear.authParameters().orElse(Map.of())).containsEntry("PASSWORD", "hunter2");
    assertThat(hidden.authParameters().isRedacted()).isTrue();
    assertThat(hidden.toString()).contains("authParameters=HIDDEN_DUE_TO_SECURITY_REASONS");
  }

  @Test
  void masksTokensOfAnAuthenticationResult() {
    AuthenticationResultType result =
        AuthenticationResultType.fromJson(
            Samples.MAPPER
                .createObjectNode()
                .put("accessToken", "eyJaccess")
                .put("expiresIn", 3600)
                .put("tokenType", "Bearer")
                .put("refreshToken", "eyJrefresh")
                .put("idToken", "eyJid"));

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
