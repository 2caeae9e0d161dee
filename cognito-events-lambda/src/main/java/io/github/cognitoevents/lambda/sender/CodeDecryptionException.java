package io.github.cognitoevents.lambda.sender;

/**
 * A custom sender code could not be decrypted: the event carries no code, the code is not an AWS
 * Encryption SDK message, or the keyring cannot decrypt it (another key, no {@code kms:Decrypt}
 * permission, KMS unreachable). The message says which; it never contains the code, the ciphertext
 * or key material. The cause, when there is one, is the Encryption SDK's, Material Providers' or
 * KMS client's exception.
 */
public final class CodeDecryptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CodeDecryptionException(String message) {
    super(message);
  }

  CodeDecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
