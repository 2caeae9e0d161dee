package io.github.cognitoevents.lambda.sender;

import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CommitmentPolicy;
import com.amazonaws.encryptionsdk.CryptoResult;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomSenderRequest;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.CollectionOfErrors;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsKeyringInput;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsMultiKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/**
 * Decrypts the {@code code} of CustomEmailSender and CustomSMSSender events. Cognito encrypts it
 * with the AWS Encryption SDK under the user pool's {@code KMSKeyID}; this class decrypts it with
 * the same library and a KMS keyring (the function's role needs {@code kms:Decrypt} on that key).
 *
 * <pre>{@code
 * public final class Mailer extends CognitoTriggerHandler {
 *   private static final CustomSenderCodes CODES =
 *       CustomSenderCodes.forKmsKey(System.getenv("KEY_ARN"));
 *
 *   protected CustomEmailSenderEvent onCustomEmailSender(CustomEmailSenderEvent event, Context c) {
 *     SecretCode code = CODES.decrypt(event);
 *     send(event.request().userAttributes().get("email"), code.reveal());
 *     return event;
 *   }
 * }
 * }</pre>
 *
 * <p>Dependencies: {@code com.amazonaws:aws-encryption-sdk-java} (3.x; it brings the AWS
 * Cryptographic Material Providers Library and the AWS SDK's KMS client) is an optional dependency
 * of this library; a function that decrypts codes declares it. Build one instance per function
 * (static field or constructor) and reuse it: creating the keyring creates KMS clients.
 *
 * <p>Decryption allows the non-committing algorithm suites Cognito uses (commitment policy {@code
 * RequireEncryptAllowDecrypt}, the policy AWS's own custom sender examples use). The code never
 * leaves through {@code toString()}, exception messages or logs: it is returned as a {@link
 * SecretCode}. Thread-safe.
 */
public final class CustomSenderCodes {

  private final IKeyring keyring;
  private final String keyDescription;
  private final AwsCrypto crypto;

  private CustomSenderCodes(IKeyring keyring, String keyDescription) {
    this.keyring = keyring;
    this.keyDescription = keyDescription;
    this.crypto =
        AwsCrypto.builder()
            .withCommitmentPolicy(CommitmentPolicy.RequireEncryptAllowDecrypt)
            .build();
  }

  /**
   * Decrypts with the user pool's KMS key, through KMS clients the Material Providers Library
   * creates for the key's region with the default credentials (the function's role).
   *
   * @param kmsKeyArn the key ARN of the pool's {@code KMSKeyID}
   * @return the decrypter
   * @throws IllegalArgumentException if {@code kmsKeyArn} is not a KMS key ARN (an alias cannot
   *     decrypt)
   */
  public static CustomSenderCodes forKmsKey(String kmsKeyArn) {
    requireKeyArn(kmsKeyArn);
    try {
      IKeyring keyring =
          materialProviders()
              .CreateAwsKmsMultiKeyring(
                  CreateAwsKmsMultiKeyringInput.builder().generator(kmsKeyArn).build());
      return new CustomSenderCodes(keyring, "the KMS key " + kmsKeyArn);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a usable KMS key ARN: " + kmsKeyArn, e);
    }
  }

  /**
   * Decrypts with the user pool's KMS key through the given client (e.g. one with its own endpoint,
   * credentials or HTTP client).
   *
   * @param kmsKeyArn the key ARN of the pool's {@code KMSKeyID}
   * @param kms the KMS client, for the key's region
   * @return the decrypter
   * @throws IllegalArgumentException if {@code kmsKeyArn} is not a KMS key ARN
   */
  public static CustomSenderCodes forKmsKey(String kmsKeyArn, KmsClient kms) {
    requireKeyArn(kmsKeyArn);
    Objects.requireNonNull(kms, "kms");
    try {
      IKeyring keyring =
          materialProviders()
              .CreateAwsKmsKeyring(
                  CreateAwsKmsKeyringInput.builder().kmsKeyId(kmsKeyArn).kmsClient(kms).build());
      return new CustomSenderCodes(keyring, "the KMS key " + kmsKeyArn);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a usable KMS key ARN: " + kmsKeyArn, e);
    }
  }

  /**
   * Decrypts with any Material Providers keyring: the test seam (a raw AES keyring in tests), or a
   * keyring the function builds itself (a multi-Region key, a discovery keyring).
   *
   * @param keyring the keyring
   * @return the decrypter
   */
  public static CustomSenderCodes withKeyring(IKeyring keyring) {
    return new CustomSenderCodes(Objects.requireNonNull(keyring, "keyring"), "the given keyring");
  }

  /**
   * Cognito encrypts under the key the pool's {@code KMSKeyID} names, and the message records that
   * key's ARN: only a key ARN can decrypt (an alias or a bare key id cannot).
   */
  private static void requireKeyArn(String kmsKeyArn) {
    Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    String[] parts = kmsKeyArn.split(":", 6);
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("kms")
        || !parts[5].startsWith("key/")
        || parts[5].length() == "key/".length()) {
      throw new IllegalArgumentException(
          "not a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>): " + kmsKeyArn);
    }
  }

  private static MaterialProviders materialProviders() {
    return MaterialProviders.builder()
        .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
        .build();
  }

  /**
   * Decrypts the code of a CustomEmailSender event.
   *
   * @param event the event
   * @return the code
   * @throws CodeDecryptionException if the event has no code (an account-takeover notification) or
   *     the code cannot be decrypted
   */
  public SecretCode decrypt(CustomEmailSenderEvent event) {
    return decrypt(Objects.requireNonNull(event, "event").request(), event.triggerSource());
  }

  /**
   * Decrypts the code of a CustomSMSSender event.
   *
   * @param event the event
   * @return the code
   * @throws CodeDecryptionException if the event has no code or the code cannot be decrypted
   */
  public SecretCode decrypt(CustomSmsSenderEvent event) {
    return decrypt(Objects.requireNonNull(event, "event").request(), event.triggerSource());
  }

  private SecretCode decrypt(CustomSenderRequest request, String triggerSource) {
    if (request == null || request.code() == null) {
      throw new CodeDecryptionException(
          "the " + triggerSource + " event carries no code (request.code is absent or null)");
    }
    return decrypt(request.code());
  }

  /**
   * Decrypts a code as Cognito sends it: the base64 text of an AWS Encryption SDK message.
   *
   * @param code the encrypted code
   * @return the code
   * @throws CodeDecryptionException if the text is not base64, not an Encryption SDK message, or
   *     not decryptable with this keyring
   */
  public SecretCode decrypt(String code) {
    Objects.requireNonNull(code, "code");
    byte[] ciphertext;
    try {
      ciphertext = Base64.getDecoder().decode(code.strip());
    } catch (IllegalArgumentException e) {
      // Base64's message quotes the offending character: not passed on.
      throw new CodeDecryptionException(
          "the code is not base64 text, so not an AWS Encryption SDK message");
    }
    byte[] plaintext;
    try {
      CryptoResult<byte[], ?> result = crypto.decryptData(keyring, ciphertext);
      plaintext = result.getResult();
    } catch (RuntimeException e) {
      throw failure(e);
    }
    try {
      return new SecretCode(new String(plaintext, StandardCharsets.UTF_8));
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * The error for a failed decryption. The Material Providers Library reports the errors of its
   * keyrings (e.g. KMS's AccessDeniedException) as a list, not as causes: they are attached as
   * suppressed exceptions and named in the message.
   */
  private CodeDecryptionException failure(RuntimeException e) {
    List<RuntimeException> inner =
        e instanceof CollectionOfErrors errors && errors.list() != null ? errors.list() : List.of();
    StringJoiner names = new StringJoiner(", ", " (", ")");
    names.add(e.getClass().getSimpleName());
    for (RuntimeException error : inner) {
      names.add(kind(error));
    }
    CodeDecryptionException failure =
        new CodeDecryptionException(
            "the code could not be decrypted with "
                + keyDescription
                + names
                + ": another key, a malformed message, or no kms:Decrypt permission",
            e);
    inner.forEach(failure::addSuppressed);
    return failure;
  }

  /** The innermost exception type, e.g. {@code KmsException} under an MPL wrapper. */
  private static String kind(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }

  /** Names the key, never a code. */
  @Override
  public String toString() {
    return "CustomSenderCodes[" + keyDescription + "]";
  }
}
