package io.github.cognitoevents.lambda.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CommitmentPolicy;
import com.amazonaws.encryptionsdk.CryptoAlgorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.AesWrappingAlg;
import software.amazon.cryptography.materialproviders.model.CreateRawAesKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/**
 * The test seam of {@link CustomSenderCodes}: codes encrypted with the AWS Encryption SDK itself,
 * under a raw AES keyring, in the message format Cognito sends, then decrypted by the class.
 */
class CustomSenderCodesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CODE = "482913";
  private static final SecureRandom RANDOM = new SecureRandom();

  static final MaterialProviders MPL =
      MaterialProviders.builder()
          .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
          .build();

  /** Encrypts as Cognito does: message format 1, AES-256-GCM, HKDF-SHA384, ECDSA P-384 signed. */
  static final AwsCrypto COGNITO_LIKE =
      AwsCrypto.builder()
          .withCommitmentPolicy(CommitmentPolicy.ForbidEncryptAllowDecrypt)
          .withEncryptionAlgorithm(
              CryptoAlgorithm.ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384)
          .build();

  private static IKeyring aesKeyring(byte[] key) {
    return MPL.CreateRawAesKeyring(
        CreateRawAesKeyringInput.builder()
            .keyNamespace("cognito-events-test")
            .keyName("user-pool-key")
            .wrappingKey(ByteBuffer.wrap(key))
            .wrappingAlg(AesWrappingAlg.ALG_AES256_GCM_IV12_TAG16)
            .build());
  }

  private static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  private static String encrypt(AwsCrypto crypto, IKeyring keyring, String plaintext) {
    return Base64.getEncoder()
        .encodeToString(
            crypto.encryptData(keyring, plaintext.getBytes(StandardCharsets.UTF_8)).getResult());
  }

  /** A fixture event with its placeholder code replaced by {@code code}. */
  private static String withCode(String fixture, String code) throws IOException {
    ObjectNode event =
        (ObjectNode)
            MAPPER.readTree(Files.readAllBytes(SharedData.triggerFixtures().resolve(fixture)));
    ((ObjectNode) event.get("request")).put("code", code);
    return MAPPER.writeValueAsString(event);
  }

  @Test
  void theRightKeyDecryptsTheCodeOfAnEmailAndAnSmsEvent() throws IOException {
    byte[] key = newKey();
    String ciphertext = encrypt(COGNITO_LIKE, aesKeyring(key), CODE);
    assertThat(ciphertext).as("the header of real Cognito codes").startsWith("AYAD");
    CustomSenderCodes codes = CustomSenderCodes.withKeyring(aesKeyring(key));

    CustomEmailSenderEvent email =
        TriggerEvents.parse(
            withCode("custom-email-sender.powertools-python.json", ciphertext),
            CustomEmailSenderEvent.class);
    SecretCode decrypted = codes.decrypt(email);
    assertThat(decrypted.reveal()).isEqualTo(CODE);
    assertThat(decrypted.toString()).doesNotContain(CODE).isEqualTo("SecretCode[redacted]");

    CustomSmsSenderEvent sms =
        TriggerEvents.parse(
            withCode("custom-sms-sender.powertools-python.json", ciphertext),
            CustomSmsSenderEvent.class);
    assertThat(codes.decrypt(sms).reveal()).isEqualTo(CODE);
    assertThat(codes.toString()).isEqualTo("CustomSenderCodes[the given keyring]");
  }

  @Test
  void decryptsCommittingMessagesToo() {
    byte[] key = newKey();
    String temporaryPassword = "Tq8&lt;x!9pZ";
    String ciphertext = encrypt(AwsCrypto.standard(), aesKeyring(key), temporaryPassword);
    assertThat(CustomSenderCodes.withKeyring(aesKeyring(key)).decrypt(ciphertext).reveal())
        .isEqualTo(temporaryPassword);
  }

  @Test
  void aWrongKeyIsAClearErrorThatNeverShowsTheCodeOrTheCiphertext() {
    String ciphertext = encrypt(COGNITO_LIKE, aesKeyring(newKey()), CODE);
    CustomSenderCodes other = CustomSenderCodes.withKeyring(aesKeyring(newKey()));
    Throwable thrown = catchDecrypt(other, ciphertext);
    assertThat(thrown)
        .isInstanceOf(CodeDecryptionException.class)
        .hasMessageStartingWith("the code could not be decrypted with the given keyring (")
        .hasMessageEndingWith("another key, a malformed message, or no kms:Decrypt permission")
        .hasCauseInstanceOf(RuntimeException.class);
    assertLeaksNothing(thrown, ciphertext);
  }

  @Test
  void aCodeThatIsNoEncryptionSdkMessageIsAClearError() throws IOException {
    CustomSenderCodes codes = CustomSenderCodes.withKeyring(aesKeyring(newKey()));
    Throwable notBase64 = catchDecrypt(codes, "not base64 " + CODE);
    assertThat(notBase64)
        .isInstanceOf(CodeDecryptionException.class)
        .hasMessage("the code is not base64 text, so not an AWS Encryption SDK message")
        .hasNoCause();
    assertLeaksNothing(notBase64, "not base64 " + CODE);

    String placeholder = Base64.getEncoder().encodeToString(("someCode-" + CODE).getBytes());
    Throwable garbage = catchDecrypt(codes, placeholder);
    assertThat(garbage).isInstanceOf(CodeDecryptionException.class);
    assertLeaksNothing(garbage, placeholder);

    // The fixture's own placeholder code ("someCode") is valid base64 but no message.
    CustomSmsSenderEvent sms =
        TriggerEvents.parse(
            Files.readString(
                SharedData.triggerFixtures().resolve("custom-sms-sender.powertools-python.json")),
            CustomSmsSenderEvent.class);
    assertThatThrownBy(() -> codes.decrypt(sms)).isInstanceOf(CodeDecryptionException.class);
  }

  @Test
  void anAccountTakeOverNotificationHasNoCodeToDecrypt() throws IOException {
    String json =
        withCode("custom-email-sender.powertools-python.json", "x")
            .replace("\"code\":\"x\"", "\"code\":null")
            .replaceFirst(
                "\"triggerSource\":\"[^\"]*\"",
                "\"triggerSource\":\"CustomEmailSender_AccountTakeOverNotification\"");
    CustomEmailSenderEvent event = TriggerEvents.parse(json, CustomEmailSenderEvent.class);
    assertThatThrownBy(() -> CustomSenderCodes.withKeyring(aesKeyring(newKey())).decrypt(event))
        .isInstanceOf(CodeDecryptionException.class)
        .hasMessage(
            "the CustomEmailSender_AccountTakeOverNotification event carries no code"
                + " (request.code is absent or null)");
  }

  static Throwable catchDecrypt(CustomSenderCodes codes, String ciphertext) {
    try {
      codes.decrypt(ciphertext);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("decrypted");
  }

  /** Neither the code nor any 12-character piece of the ciphertext in any message or trace. */
  static void assertLeaksNothing(Throwable thrown, String ciphertext) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    String all = trace.toString();
    assertThat(all).doesNotContain(CODE);
    for (int i = 0; i + 12 <= ciphertext.length(); i += 6) {
      assertThat(all).doesNotContain(ciphertext.substring(i, i + 12));
    }
  }
}
